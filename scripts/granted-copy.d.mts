export function grantedCopy(dir: string, out: string): Promise<string>;
