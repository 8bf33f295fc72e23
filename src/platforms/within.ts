// within: what a promise gives if it settles in time, else LATE; for the platforms' 3-second rules
// (Discord interactions, Slack acks), where a slow answer must be deferred and sent afterwards.

export const LATE = Symbol('late');

/** The promise's value if it resolves within `ms`, else LATE (the promise keeps running). */
export async function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof LATE> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(() => resolve(LATE), Math.max(0, ms));
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
