import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages.js';
import { lookup, lookupIn, messageTable, nudgeText, reasonText, tierLabel } from './labels';

// The families `lookup` serves; keys are built from codes at run time, so each needs its table.
const FAMILIES = /^(buyer|store_error)_/;
const all = m as unknown as Record<string, (p?: object, o?: { locale?: string }) => string>;

describe('lookup', () => {
	it('finds every message of its families, in the UI language and in a given one', () => {
		const keys = Object.keys(all).filter((key) => FAMILIES.test(key));
		expect(keys.length).toBeGreaterThan(10);
		for (const key of keys) {
			expect(lookup(key), key).toBe(all[key]({}));
			expect(lookup(key, {}, 'zh-CN'), key).toBe(all[key]({}, { locale: 'zh-CN' }));
		}
	});

	it('answers undefined outside its families, so callers fall back to the code', () => {
		expect(m.home_title()).toBeTruthy();
		expect(lookup('home_title')).toBeUndefined();
		expect(lookup('toString')).toBeUndefined();
		expect(tierLabel('gold')).toBe(m.common_tier_gold());
	});
});

describe('code tables', () => {
	it('fill a coded message with its params', () => {
		expect(nudgeText('objection_unanswered', { count: 2 })).toBe(
			m.nudge_objection_unanswered({ count: 2 })
		);
		expect(reasonText('uncover_problem', { need: 'x' })).toBe(
			m.reason_uncover_problem({ need: 'x' })
		);
	});
});

describe('messageTable', () => {
	it('merges glob modules into one table by message key', () => {
		const table = messageTable({
			'./a.js': { common_live: m.common_live },
			'./b.js': { common_rehearsal: m.common_rehearsal }
		});
		expect(lookupIn(table, 'common_live')).toBe(m.common_live());
		expect(lookupIn(table, 'common_rehearsal', {}, 'zh-CN')).toBe(
			m.common_rehearsal({}, { locale: 'zh-CN' })
		);
		expect(lookupIn(table, 'common_back')).toBeUndefined();
	});
});
