// Width and height from a PNG's header (IHDR), to check that a screenshot has a store's size.
import { readFile } from 'node:fs/promises';

export async function pngSize(file: string): Promise<{ width: number; height: number }> {
  const png = await readFile(file);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
