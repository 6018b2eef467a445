import { describe, expect, it } from 'vitest';
import { surveyAverage, surveyHistory, surveyProblem } from './survey';

describe('survey', () => {
	it('checks the day and scores', () => {
		expect(surveyProblem({ takenOn: '2026-13-01', scores: { product: 3 } })).toBe('dateInvalid');
		expect(surveyProblem({ takenOn: '2026-01-01', scores: {} })).toBe('noScores');
		expect(surveyProblem({ takenOn: '2026-01-01', scores: { product: 6 } })).toBe(
			'scoreOutOfRange'
		);
		expect(surveyProblem({ takenOn: '2026-01-01', scores: { value: 2.5 } })).toBe(
			'scoreOutOfRange'
		);
		expect(surveyProblem({ takenOn: '2026-01-01', scores: { value: 2 } })).toBeUndefined();
	});

	it('averages the answered questions and orders the history', () => {
		expect(surveyAverage({ product: 4, service: 2 })).toBe(3);
		expect(surveyAverage({})).toBeUndefined();
		const h = surveyHistory([
			{ id: 'b', takenOn: '2026-02-01', scores: { people: 5 } },
			{ id: 'a', takenOn: '2025-08-01', scores: { people: 1, value: 2 } }
		]);
		expect(h.map((s) => [s.id, s.average])).toEqual([
			['a', 1.5],
			['b', 5]
		]);
	});
});
