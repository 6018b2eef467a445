// A short satisfaction survey the rep fills in with the customer: a few questions scored 1 to 5,
// kept as a history (docs/account-health.md#satisfaction-survey).
import { isIsoDay, type IsoDay } from './days';

/** The questions: the four guarantees, then whether they expect to keep working with us. */
export const SURVEY_QUESTIONS = ['product', 'service', 'people', 'value', 'continue'] as const;
export type SurveyQuestion = (typeof SURVEY_QUESTIONS)[number];

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

export type SurveyScores = Partial<Record<SurveyQuestion, number>>;

export interface Survey {
	id: string;
	takenOn: IsoDay;
	scores: SurveyScores;
}

export type SurveyProblem = 'dateInvalid' | 'noScores' | 'scoreOutOfRange';

/** What is wrong with a survey the user filled in, if anything. */
export function surveyProblem(s: Pick<Survey, 'takenOn' | 'scores'>): SurveyProblem | undefined {
	if (!isIsoDay(s.takenOn)) return 'dateInvalid';
	const values = Object.values(s.scores).filter((v) => v !== undefined);
	if (values.length === 0) return 'noScores';
	if (values.some((v) => !Number.isInteger(v) || v < SCORE_MIN || v > SCORE_MAX))
		return 'scoreOutOfRange';
	return undefined;
}

/** Mean of the answered questions, or `undefined` when none is answered. */
export function surveyAverage(scores: SurveyScores): number | undefined {
	const values = SURVEY_QUESTIONS.flatMap((q) => (scores[q] === undefined ? [] : [scores[q]]));
	return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Surveys oldest first, each with its average, for the chart. */
export function surveyHistory<T extends Survey>(
	surveys: readonly T[]
): (T & { average?: number })[] {
	return [...surveys]
		.sort((a, b) =>
			a.takenOn === b.takenOn ? a.id.localeCompare(b.id) : a.takenOn < b.takenOn ? -1 : 1
		)
		.map((s) => ({ ...s, average: surveyAverage(s.scores) }));
}
