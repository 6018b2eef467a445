import { describe, expect, it } from 'vitest';
import { applyEdit, textEdit } from './text-edit';

describe('textEdit', () => {
	it('is the smallest replacement between two texts', () => {
		expect(textEdit('need-0 met', 'need-0 metx')).toEqual({ from: 10, to: 10, insert: 'x' });
		expect(textEdit('need-0 metx', 'need-0 met')).toEqual({ from: 10, to: 11, insert: '' });
		expect(textEdit('abc', 'aXc')).toEqual({ from: 1, to: 2, insert: 'X' });
		expect(textEdit('same', 'same')).toEqual({ from: 4, to: 4, insert: '' });
		expect(textEdit('', 'new')).toEqual({ from: 0, to: 0, insert: 'new' });
	});

	it('turns the old text into the new one, repeated letters and surrogate pairs included', () => {
		const pairs: [string, string][] = [
			['aaaa', 'aaa'],
			['aaa', 'aaaa'],
			['abab', 'ab'],
			['x😀y', 'x😁y'],
			['line\r\nnext', 'line\nnext'],
			['whole', '']
		];
		for (const [before, after] of pairs) {
			expect(applyEdit(before, textEdit(before, after))).toBe(after);
		}
	});
});
