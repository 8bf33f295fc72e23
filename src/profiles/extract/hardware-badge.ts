// isHardwareSpec: a badge message that names a machine part, not a technology one works with
// ("intel-core i5 10th", "RAM-16GB", "nvidia-gtx 1650" under "My workspace"): a size or clock with its
// unit, a CPU or GPU model line, a processor generation.

const HARDWARE =
  /\b(?:\d{1,4}(?:\.\d{1,2})?\s?(?:gb|tb|mb|ghz|mhz)|(?:core\s)?i[3579](?:\s|-|$)|ryzen|threadripper|xeon|gtx|rtx|radeon|geforce|quadro|snapdragon|\d{1,2}(?:st|nd|rd|th)\s?gen(?:eration)?)\b/i;

export const isHardwareSpec = (message: string): boolean => HARDWARE.test(message.slice(0, 100));
