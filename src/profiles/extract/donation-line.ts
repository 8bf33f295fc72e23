// isDonationLine: a line asking for donations or tips ("Donate **Ethereum**, **ADA**, **BNB** …",
// "Tips welcome in BTC or ETH"): the coins and services it names are where to send money, not skills.

const DONATION =
  /\b(?:donat(?:e|es|ions?|ing)|tips? (?:welcome|jar|me)|send (?:me )?(?:a )?tips?|wallet address|buy me a)\b/i;

export const isDonationLine = (text: string): boolean => DONATION.test(text.slice(0, 400));
