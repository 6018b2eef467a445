// Drills: one skill each, scored on that skill's rubric rules alone. Which rules belong to which
// skill is the one table here; the points come from the call's one report (analyze), never
// judged again.
import type { CallDigest } from '$lib/db/types';
import { RUBRIC, type ScoreReport } from '$lib/session/rubric';
import { DRILL_SKILLS, type DrillSkill } from './drill-skills';

export { DRILL_SKILLS, isDrillSkill, type DrillSkill } from './drill-skills';

/**
 * The rubric rules each skill is scored on (rule ids of session/rubric.ts). Ids of the rubric
 * before and after its rebuild are both listed, so a skill keeps its rules across the change;
 * only the ones the rubric has count (`skillRules`).
 */
const SKILL_RULE_IDS: Record<DrillSkill, readonly string[]> = {
	developNeed: ['implication_asked', 'implication_depth', 'situation_few'],
	makeExplicit: ['need_payoff_asked', 'explicit_needs', 'question_order'],
	linkBenefit: [
		'benefits_meet_explicit',
		'benefits_on_explicit',
		'no_early_capability',
		'advantage_share'
	],
	preventObjection: ['objections_prevented', 'objections_answered'],
	askAdvance: ['summary_before_ask', 'advance_obtained', 'outcome', 'closing_pressure']
};

const RUBRIC_IDS = new Set<string>(RUBRIC.map((r) => r.id));

const present = (skill: DrillSkill) => SKILL_RULE_IDS[skill].filter((id) => RUBRIC_IDS.has(id));

/** The rubric rules each skill is scored on, as the rubric names them. */
export const SKILL_RULES: Record<DrillSkill, readonly string[]> = {
	developNeed: present('developNeed'),
	makeExplicit: present('makeExplicit'),
	linkBenefit: present('linkBenefit'),
	preventObjection: present('preventObjection'),
	askAdvance: present('askAdvance')
};

/** The skill that practises a rubric rule, or null when no drill trains it. */
export function skillForRule(ruleId: string): DrillSkill | null {
	return DRILL_SKILLS.find((s) => SKILL_RULES[s].includes(ruleId)) ?? null;
}

/** A drill's score: the report's lines for the skill's rules only. */
export function drillScore(score: ScoreReport, skill: DrillSkill): ScoreReport {
	const lines = score.lines.filter((l) => SKILL_RULES[skill].includes(l.id));
	return {
		total: lines.reduce((sum, l) => sum + l.points, 0),
		max: lines.reduce((sum, l) => sum + l.max, 0),
		lines
	};
}

/** A drill's score from a call's cached digest: its skill's rules only. */
export function digestDrillScore(
	digest: CallDigest,
	skill: DrillSkill
): { total: number; max: number } {
	let total = 0;
	let max = 0;
	for (const id of SKILL_RULES[skill]) {
		const line = digest.rules[id];
		if (!line) continue;
		total += line[0];
		max += line[1];
	}
	return { total, max };
}

/** One skill's drills so far: how many, the last and the best score. */
export interface DrillRecord {
	skill: DrillSkill;
	attempts: number;
	last: { total: number; max: number; startedAt: number; id: string };
	best: { total: number; max: number };
}

/** Drill calls with a digest, per skill in DRILL_SKILLS order; skills never drilled are left out. */
export function drillRecords(
	rows: readonly { id: string; startedAt: number; drill?: string; digest?: CallDigest }[]
): DrillRecord[] {
	const out: DrillRecord[] = [];
	for (const skill of DRILL_SKILLS) {
		const tries = rows
			.filter((r) => r.drill === skill && r.digest)
			.sort((a, b) => a.startedAt - b.startedAt);
		if (tries.length === 0) continue;
		const scores = tries.map((r) => ({
			...digestDrillScore(r.digest!, skill),
			startedAt: r.startedAt,
			id: r.id
		}));
		const best = scores.reduce((a, b) => (b.total / (b.max || 1) > a.total / (a.max || 1) ? b : a));
		out.push({
			skill,
			attempts: tries.length,
			last: scores.at(-1)!,
			best: { total: best.total, max: best.max }
		});
	}
	return out;
}
