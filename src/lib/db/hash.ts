// FNV-1a 64-bit over the UTF-8 bytes, computed in two 32-bit halves so it stays synchronous and
// needs no BigInt. Identifies a playbook text, not a security boundary.

const PRIME_LO = 0x1b3; // the FNV-64 prime is 2^40 + 0x1b3
const TWO_32 = 0x100000000;
const encoder = new TextEncoder();

/** 16-hex-digit FNV-1a 64-bit hash of a string's UTF-8 bytes. */
export function contentHash(text: string): string {
	let hi = 0xcbf29ce4;
	let lo = 0x84222325;
	for (const byte of encoder.encode(text)) {
		lo = (lo ^ byte) >>> 0;
		const loProduct = lo * PRIME_LO;
		const carry = Math.floor(loProduct / TWO_32);
		// h * prime = h * 0x1b3 + (h << 40); only lo's low 24 bits survive the shift into hi.
		hi = ((hi * PRIME_LO + carry + (lo & 0xffffff) * 256) % TWO_32) >>> 0;
		lo = (loProduct % TWO_32) >>> 0;
	}
	return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}
