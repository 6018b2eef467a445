// Draws the app's icons as PNGs (no image library): a blue tile with four white arcs, one per
// call stage, the current one (investigating) thicker. Run `npx tsx scripts/icons.ts` after
// changing the drawing; the PNGs are committed under static/icons/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [0x0b, 0x53, 0x94];
const WHITE = [0xff, 0xff, 0xff];

/** CRC-32 as PNG chunks need it. */
function crc32(bytes: Uint8Array): number {
	let c = ~0;
	for (const b of bytes) {
		c ^= b;
		for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
	}
	return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'ascii');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
	return Buffer.concat([head, data, crc]);
}

/** An RGB PNG of `size`² pixels coloured by `pixel(x, y)` (coordinates in 0..1). */
function png(size: number, pixel: (x: number, y: number) => number[]): Buffer {
	const raw = Buffer.alloc((size * 3 + 1) * size);
	for (let y = 0; y < size; y++) {
		const row = y * (size * 3 + 1);
		for (let x = 0; x < size; x++) {
			const [r, g, b] = pixel((x + 0.5) / size, (y + 0.5) / size);
			raw.set([r, g, b], row + 1 + x * 3);
		}
	}
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(size, 0);
	ihdr.writeUInt32BE(size, 4);
	ihdr.set([8, 2, 0, 0, 0], 8);
	const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	return Buffer.concat([
		signature,
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(raw, { level: 9 })),
		chunk('IEND', new Uint8Array())
	]);
}

/** Four arcs around the centre; `scale` shrinks the drawing into a maskable icon's safe zone. */
function stages(scale: number) {
	return (x: number, y: number) => {
		const dx = (x - 0.5) / scale;
		const dy = (y - 0.5) / scale;
		const r = Math.hypot(dx, dy);
		// Clockwise from the top, with a gap between the quarters.
		const turn = (Math.atan2(dx, -dy) / (2 * Math.PI) + 1) % 1;
		const quarter = Math.floor(turn * 4);
		const inGap = Math.abs((turn * 4) % 1) < 0.06 || Math.abs((turn * 4) % 1) > 0.94;
		const width = quarter === 1 ? 0.075 : 0.045;
		const onArc = Math.abs(r - 0.3) < width && !inGap;
		const dot = r < 0.09;
		return onArc || dot ? WHITE : BLUE;
	};
}

mkdirSync('static/icons', { recursive: true });
writeFileSync('static/icons/icon-192.png', png(192, stages(1)));
writeFileSync('static/icons/icon-512.png', png(512, stages(1)));
// Maskable: the launcher may crop to a circle of 80% of the tile; the drawing stays inside it.
writeFileSync('static/icons/maskable-512.png', png(512, stages(0.8)));
