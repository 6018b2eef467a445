import { describe, expect, it } from 'vitest';
import { effortSplit } from './effort';

describe('effort split', () => {
	it("adds stage times over an account's calls and shares them out by area", () => {
		const split = effortSplit([
			{ opening: 30_000, investigating: 30_000, demonstrating: 20_000, committing: 0 },
			{ opening: 10_000, investigating: 0, demonstrating: 0, committing: 10_000 }
		]);
		expect(split.calls).toBe(2);
		expect(split.totalMs).toBe(100_000);
		expect(split.shares).toEqual({ relationship: 0.4, needs: 0.3, benefits: 0.2, closing: 0.1 });
		expect(split.nearer).toBe('keyAccount');
	});

	it('says when calls look like a traditional rep pushing to close', () => {
		const split = effortSplit([
			{ opening: 5, investigating: 10, demonstrating: 40, committing: 45 }
		]);
		expect(split.nearer).toBe('traditional');
	});

	it('has no verdict without any time, and ignores broken numbers', () => {
		const split = effortSplit([{ opening: Number.NaN, committing: -5 }]);
		expect(split.totalMs).toBe(0);
		expect(split.nearer).toBeUndefined();
	});
});
