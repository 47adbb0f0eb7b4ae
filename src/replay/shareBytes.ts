// The byte layer of a share link: unsigned varints (LEB128, as protobuf writes them), length-prefixed UTF-8 text,
// fixed 64-bit hashes, and unpadded base64url for the URL. The reader never throws past its own ShareDataError,
// which says in words what was expected when the bytes ran out or made no sense.

/** A varint is at most 5 bytes here (35 bits): every count and index in a link is far below that. */
const MAX_VARINT_BYTES = 5;

export class ShareDataError extends Error {
  override readonly name = 'ShareDataError';
}

export class ByteWriter {
  private readonly bytes: number[] = [];

  varint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0 || value >= 2 ** (7 * MAX_VARINT_BYTES))
      throw new RangeError(`cannot write ${value} as a varint`);
    let rest = value;
    while (rest >= 0x80) {
      this.bytes.push((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.bytes.push(rest);
  }

  byte(value: number): void {
    this.bytes.push(value & 0xff);
  }

  raw(bytes: Uint8Array): void {
    for (const value of bytes) this.bytes.push(value);
  }

  text(value: string): void {
    const encoded = new TextEncoder().encode(value);
    this.varint(encoded.length);
    this.raw(encoded);
  }

  /** A state or content hash: 16 hex digits as 8 bytes. */
  hash(hex: string): void {
    if (!/^[0-9a-f]{16}$/.test(hex)) throw new RangeError(`"${hex}" is not a 16-digit hash`);
    for (let i = 0; i < 16; i += 2) this.bytes.push(parseInt(hex.slice(i, i + 2), 16));
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export class ByteReader {
  private offset = 0;
  constructor(private readonly bytes: Uint8Array) {}

  get remaining(): number {
    return this.bytes.length - this.offset;
  }

  /** `what` names the thing being read, for the message when the data ends too soon. */
  byte(what: string): number {
    const value = this.bytes[this.offset];
    if (value === undefined) throw new ShareDataError(`the link is cut short: it ends where ${what} should be`);
    this.offset++;
    return value;
  }

  varint(what: string): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < MAX_VARINT_BYTES; i++) {
      const next = this.byte(what);
      value += (next & 0x7f) * scale;
      if ((next & 0x80) === 0) {
        // Reject over-long forms (a trailing zero byte): each number has exactly one spelling.
        if (i > 0 && next === 0) throw new ShareDataError(`the link is damaged: ${what} is not a valid number`);
        return value;
      }
      scale *= 0x80;
    }
    throw new ShareDataError(`the link is damaged: ${what} is not a valid number`);
  }

  text(what: string, maxBytes: number): string {
    const length = this.varint(`the length of ${what}`);
    if (length > maxBytes) throw new ShareDataError(`the link is damaged: ${what} is ${length} bytes long`);
    if (length > this.remaining) throw new ShareDataError(`the link is cut short: it ends inside ${what}`);
    const slice = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(slice);
    } catch {
      throw new ShareDataError(`the link is damaged: ${what} is not valid text`);
    }
  }

  hash(what: string): string {
    let hex = '';
    for (let i = 0; i < 8; i++) hex += this.byte(what).toString(16).padStart(2, '0');
    return hex;
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT = new Map([...ALPHABET].map((char, index) => [char, index]));

/** Base64url without padding (RFC 4648 §5): safe in a URL fragment as it is. */
export function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const chunk = (a << 16) | (b << 8) | c;
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) text += ALPHABET[(chunk >> (18 - 6 * k)) & 0x3f];
  }
  return text;
}

/**
 * The bytes of a base64url text, strictly: no padding, no stray characters, and unused low bits zero, so that every
 * byte sequence has exactly one spelling and a changed character can never decode to the same link.
 */
export function fromBase64Url(text: string): Uint8Array {
  if (text.length % 4 === 1) throw new ShareDataError('the link is cut short: its data has a dangling character');
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let bitCount = 0;
  let out = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    const digit = DIGIT.get(char);
    if (digit === undefined)
      throw new ShareDataError(
        `the link is damaged: ${JSON.stringify(char)} at character ${i + 1} of its data is not a link character`,
      );
    bits = ((bits << 6) | digit) & 0xffff;
    bitCount += 6;
    if (bitCount >= 8) {
      bitCount -= 8;
      bytes[out++] = (bits >> bitCount) & 0xff;
    }
  }
  if ((bits & ((1 << bitCount) - 1)) !== 0)
    throw new ShareDataError('the link is damaged: its last character does not fit');
  return bytes;
}
