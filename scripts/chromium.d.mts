export function systemChromium(): string | undefined;
export const quietChromiumFlags: string[];
