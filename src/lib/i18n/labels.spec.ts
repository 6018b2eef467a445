import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages.js';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime.js';
import { STORE_ERROR_CODES } from '$lib/db/errors';
import { BUYER_LINE_CODES } from '$lib/session/buyer';
import { nudgeText, reasonText } from './labels';
import { storeErrorLabel } from './store-error';
import { buyerLineText } from './buyer-lines';

describe('typed families', () => {
	it('have a non-empty message for every buyer line and store error, in both languages', () => {
		for (const locale of ['en', 'zh-CN']) {
			for (const code of Object.values(BUYER_LINE_CODES)) {
				expect(buyerLineText(code, locale).trim(), `${code} ${locale}`).not.toBe('');
			}
		}
		const original = getLocale;
		try {
			for (const locale of ['en', 'zh-CN'] as const) {
				overwriteGetLocale(() => locale);
				for (const code of STORE_ERROR_CODES) {
					expect(storeErrorLabel(code).trim(), `${code} ${locale}`).not.toBe('');
				}
			}
		} finally {
			overwriteGetLocale(original);
		}
		expect(buyerLineText('buyer.closes', 'zh-CN')).not.toBe(buyerLineText('buyer.closes', 'en'));
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
