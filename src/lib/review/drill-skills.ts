// The drill skills by name, apart from drills.ts (which needs the rubric): the call screen only
// asks whether a call is a drill, and should not load the rubric for that.
export const DRILL_SKILLS = [
	'developNeed',
	'makeExplicit',
	'linkBenefit',
	'preventObjection',
	'askAdvance'
] as const;
export type DrillSkill = (typeof DRILL_SKILLS)[number];

/** True when `value` names a drill skill. */
export function isDrillSkill(value: unknown): value is DrillSkill {
	return (DRILL_SKILLS as readonly unknown[]).includes(value);
}
