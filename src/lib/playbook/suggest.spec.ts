import { describe, expect, it } from 'vitest';
import { parsePlaybook } from './parse';
import { closest, editDistance } from './suggest';

describe('did you mean', () => {
	it('measures edits over code points, swaps included', () => {
		expect(editDistance('downtime', 'downtmie')).toBe(1);
		expect(editDistance('停机时间', '停机时')).toBe(1);
		expect(editDistance('abc', 'xyz')).toBe(3);
	});

	it('picks the closest id within a third of its length, or none', () => {
		expect(closest('downtme', ['quality', 'downtime', 'down'])).toBe('downtime');
		expect(closest('停机时问', ['停机时间', '质量'])).toBe('停机时间');
		expect(closest('pricing', ['downtime', 'quality'])).toBeUndefined();
	});

	it('suggests a buyer key and an advance id, with a fix for the range', () => {
		const source = [
			'---\nid: t\ntitle: T\nlocale: en\nversion: 1\noffer: o\n---',
			'## Needs\n\n- Downtime {#downtime}',
			'## Problem\n\n- Lines stop? {#stops}\n  - Need: downtime',
			'## Commitment\n\n### Advances\n\n- Demo: a line demo {#demo}',
			'## Buyer\n\n### Replies\n\n- stosp: often\n\n### Accepts\n\n- dem: fine'
		].join('\n\n');
		const { diagnostics } = parsePlaybook(source);
		const byCode = (code: string) => diagnostics.find((d) => d.code === code);
		expect(byCode('buyer_reply_unknown_question')?.fix).toEqual({ replacement: 'stops' });
		expect(byCode('buyer_advance_unknown')?.params?.suggestion).toBe('demo');
	});
});
