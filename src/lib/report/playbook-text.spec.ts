import { describe, expect, it } from 'vitest';
import type { CallEvent } from '$lib/session/events';
import type { Playbook } from '$lib/playbook/types';
import { needText, ownNeedTexts } from './playbook-text';

const playbook = {
	meta: { locale: 'zh-CN' },
	needs: [{ id: 'downtime', text: '减少停机' }]
} as unknown as Playbook;

describe('need text in the report', () => {
	it('names a need the rep captured by the rep’s own words, a listed one by the playbook', () => {
		const events = [
			{ v: 1, at: 1, type: 'need.confirm', needId: 'downtime', level: 'implied' },
			{ v: 1, at: 2, type: 'need.confirm', needId: 'n-1', level: 'implied', text: 'Fewer calls' },
			{ v: 1, at: 3, type: 'need.confirm', needId: 'n-1', level: 'explicit', text: 'No calls' }
		] as CallEvent[];
		const own = ownNeedTexts(events);
		expect([...own]).toEqual([['n-1', 'No calls']]);
		expect(needText(playbook, 'n-1', own)).toEqual({ text: 'No calls' });
		expect(needText(playbook, 'downtime', own)).toEqual({ text: '减少停机', lang: 'zh-CN' });
		expect(needText(playbook, 'gone', own)).toEqual({ text: 'gone' });
	});
});
