import { describe, expect, it } from 'vitest';
import { contentHash } from './hash';

describe('contentHash', () => {
	it('matches the published FNV-1a 64-bit vectors', () => {
		expect(contentHash('')).toBe('cbf29ce484222325');
		expect(contentHash('a')).toBe('af63dc4c8601ec8c');
		expect(contentHash('foobar')).toBe('85944171f73967e8');
	});

	it('hashes UTF-8 bytes, so Chinese text and one changed character differ', () => {
		const a = contentHash('需求：缩短上手时间');
		expect(a).toMatch(/^[0-9a-f]{16}$/);
		expect(contentHash('需求：缩短上手时问')).not.toBe(a);
		expect(contentHash('需求：缩短上手时间')).toBe(a);
	});
});
