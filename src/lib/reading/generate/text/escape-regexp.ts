/** Text to match literally inside a `RegExp`: "(LPG)" → "\(LPG\)". */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
