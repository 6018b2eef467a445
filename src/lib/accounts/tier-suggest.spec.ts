import { describe, expect, it } from 'vitest';
import { KEY_MARKS, suggestTier } from './tier-suggest';

describe('tier suggestion', () => {
	it('suggests lead for an account that brings no profit, whatever its marks', () => {
		expect(suggestTier([...KEY_MARKS], 0, 'none')).toMatchObject({
			tier: 'lead',
			reasons: ['no_profit']
		});
		expect(suggestTier([...KEY_MARKS], -10, 'none').tier).toBe('lead');
	});

	it('suggests platinum only with five marks and a top-group profit', () => {
		const five = KEY_MARKS.slice(0, 5);
		expect(suggestTier(five, 900, 'top')).toMatchObject({ tier: 'platinum', marks: 5 });
		expect(suggestTier(five, 100, 'rest')).toMatchObject({
			tier: 'gold',
			reasons: ['marks_platinum', 'profit_not_top']
		});
		expect(suggestTier(five, undefined, undefined)).toMatchObject({
			tier: 'gold',
			reasons: ['marks_platinum', 'profit_unknown']
		});
	});

	it('suggests gold from three marks and iron below, counting each mark once', () => {
		expect(suggestTier(['decisive', 'growth', 'longStable'], 50, 'rest').tier).toBe('gold');
		expect(suggestTier(['decisive', 'decisive', 'growth'], 50, 'top')).toMatchObject({
			tier: 'iron',
			marks: 2,
			reasons: ['marks_few', 'profit_top']
		});
	});
});
