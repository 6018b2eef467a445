// Words of the review screens for the codes of review/: measures and drill skills, each one
// typed table, so a code without a message fails the type check.
import { m } from '$lib/paraglide/messages.js';
import type { DrillSkill } from '$lib/review/drill-skills';
import type { Measure } from '$lib/review/progress';

const MEASURE_TEXT = {
	score: m.progress_measure_score,
	deepQuestions: m.progress_measure_deepQuestions,
	benefitsOnExplicit: m.progress_measure_benefitsOnExplicit,
	advanced: m.progress_measure_advanced
} satisfies Record<Measure, () => string>;

const SKILL_TEXT = {
	developNeed: m.drill_skill_developNeed,
	makeExplicit: m.drill_skill_makeExplicit,
	linkBenefit: m.drill_skill_linkBenefit,
	preventObjection: m.drill_skill_preventObjection,
	askAdvance: m.drill_skill_askAdvance
} satisfies Record<DrillSkill, () => string>;

/** A progress measure's name in the UI language. */
export const measureText = (measure: Measure) => MEASURE_TEXT[measure]();

/** A drill skill's name in the UI language. */
export const skillText = (skill: DrillSkill) => SKILL_TEXT[skill]();

/** A `YYYY-MM` month as the UI language writes it short ("Nov 2026", "2026年11月"). */
export function monthText(key: string, locale: string): string {
	const [y, mo] = key.split('-').map(Number);
	return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short' }).format(
		new Date(y, mo - 1, 1)
	);
}
