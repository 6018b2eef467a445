// Planning starts from an account (docs/accounts.md#timeline): its name and tier, the latest
// call's agreed next step as the default objective, and the needs that call left implied.

export interface PlanDefaultsInput {
	name: string;
	tier?: string;
	/** The latest call's agreed next step. */
	nextStep?: { text: string; date?: string };
	/** Needs of the latest call with their level. */
	needs?: readonly { id: string; level: 'implied' | 'explicit' }[];
}

export interface PlanDefaults {
	accountName: string;
	objective: string;
	/** Need ids still implied after the last call: develop them into explicit needs. */
	openNeeds: string[];
}

/** The planning form's starting values for a call with the account. */
export function planDefaults(input: PlanDefaultsInput): PlanDefaults {
	return {
		accountName: input.name,
		objective: input.nextStep?.text.trim() ?? '',
		openNeeds: (input.needs ?? []).filter((n) => n.level === 'implied').map((n) => n.id)
	};
}
