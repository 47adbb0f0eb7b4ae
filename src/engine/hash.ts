// Hashes of plain JSON values, identical in Node and the browser (pure JavaScript, no crypto API): the state hash
// pins golden tests and replays, the scenario hash ties a replay to the exact scenario content it was played on.

/** JSON with object keys sorted, so equal values always give equal text whatever order keys were added in. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits: fast, stable, and plenty against accidental collisions. */
export function hashText(text: string): string {
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    low ^= text.charCodeAt(i);
    // Multiply the 64-bit (high, low) by the FNV prime 0x100000001b3 using 16-bit limbs to stay exact in doubles.
    const lowProductLow = (low & 0xffff) * 0x1b3;
    const lowProductHigh = (low >>> 16) * 0x1b3 + (lowProductLow >>> 16);
    const newLow = ((lowProductHigh & 0xffff) << 16) | (lowProductLow & 0xffff);
    const carry = lowProductHigh >>> 16;
    high = (Math.imul(high, 0x1b3) + (low << 8) + carry) >>> 0;
    low = newLow >>> 0;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}

export function hashJson(value: unknown): string {
  return hashText(canonicalJson(value));
}
