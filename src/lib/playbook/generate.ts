// Builds large, valid playbooks for the benchmark and the property tests. Deterministic: the
// same options always give the same text.

export interface GenerateOptions {
	/** Number of SPIN questions (spread over the four types). */
	questions?: number;
	/** Questions per need; needs are shared by questions, cards and buyer replies. */
	questionsPerNeed?: number;
}

const TYPES = ['Situation', 'Problem', 'Implication', 'Need-payoff'] as const;
const WORDS = [
	'line',
	'shift',
	'order',
	'stop',
	'margin',
	'plant',
	'crew',
	'spare',
	'rush',
	'audit'
];

function phrase(n: number, length: number): string {
	const out: string[] = [];
	for (let i = 0; i < length; i++) out.push(WORDS[(n * 7 + i * 3) % WORDS.length]);
	return out.join(' ');
}

/** A valid playbook with `questions` questions (about 150 characters of markdown each). */
export function generatePlaybook(options: GenerateOptions = {}): string {
	const total = options.questions ?? 1000;
	const needCount = Math.max(1, Math.ceil(total / (options.questionsPerNeed ?? 20)));
	const out: string[] = [
		'---',
		'id: generated',
		`title: Generated playbook with ${total} questions`,
		'locale: en',
		'version: 1',
		'offer: Predictive maintenance',
		'tier: gold',
		'---',
		'',
		'# Opening',
		'- Say who you are in one sentence. {#intro}',
		'  - Hint: No solution yet.',
		'',
		'# Needs'
	];
	for (let n = 0; n < needCount; n++) out.push(`- Fewer ${phrase(n, 3)} problems {#need-${n}}`);
	out.push('', '# Investigating');
	for (let t = 0; t < TYPES.length; t++) {
		out.push('', `## ${TYPES[t]}`);
		for (let q = t; q < total; q += TYPES.length) {
			out.push(`- How does the ${phrase(q, 4)} affect question ${q}? {#q-${q}}`);
			if (q % 2 === 0) out.push(`  - Hint: Listen for ${phrase(q + 1, 3)} before moving on.`);
			if (q % 3 === 0) out.push(`  - Follow-up: And what about the ${phrase(q + 2, 2)}?`);
			if (t > 0) out.push(`  - Need: need-${q % needCount}`);
		}
	}
	out.push('', '# Capability');
	for (let n = 0; n < needCount; n++) {
		out.push(
			`## Card ${n} {#card-${n}}`,
			`- Feature: Sensors watch the ${phrase(n, 2)}.`,
			'- Advantage: Parts are changed before they fail.',
			`- Benefit: You said ${phrase(n, 3)} costs margin; this removes it.`,
			`- Meets: need-${n}`
		);
	}
	out.push('', '# Objections', '## Too expensive {#price}', '- Answer: Compare with one stop.');
	out.push('', '# Commitment', '## Summary', '- Recap each confirmed need.', '## Advances');
	out.push('- Demo: A demonstration on your data {#demo}', '## Question', '- Shall we book it?');
	out.push('', '# Buyer', 'A plant director, short on time.', '', '## Replies');
	out.push('- situation: That is in the report.');
	for (let q = 1; q < total; q += 3) {
		out.push(`- q-${q}: About ${q % 7} times a month, mostly on ${phrase(q, 2)}.`);
		if (q % TYPES.length === 1) out.push(`  - Reveals: need-${q % needCount}`);
	}
	out.push('## Raises', '- price: Too expensive.', '  - After: feature');
	out.push('## Accepts', '- demo: Fine, Tuesday.', `  - When: need-0 met`, '');
	return out.join('\n');
}
