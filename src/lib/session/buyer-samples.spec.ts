// The scripted buyer against the two sample playbooks as parsed from playbooks/*.md.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '$lib/playbook/parse';
import type { Playbook } from '$lib/playbook/types';
import { buyerRespond } from './buyer';
import type { CallEvent } from './events';
import { at } from './testing/fixtures';

function load(name: string): Playbook {
	const source = readFileSync(new URL(`../../../playbooks/${name}.md`, import.meta.url), 'utf8');
	const { playbook } = parsePlaybook(source, { file: name });
	if (!playbook?.buyer) throw new Error(`${name} has no buyer script`);
	return playbook;
}

type Body = Parameters<typeof at>[1];

function rehearse(playbook: Playbook, bodies: Body[]): CallEvent[] {
	const events: CallEvent[] = [];
	bodies.forEach((body, i) => {
		const event = at(1_000 * (i + 1), body);
		events.push(event, ...buyerRespond(playbook, events, event));
	});
	return events;
}

// The objection order each sample's Raises section scripts, worked out from the markdown:
// features raise the feature/any objections in script order, then advantages the remaining
// advantage ones, and a benefit for an explicit need only the `After: benefit` one.
const SAMPLES = [
	{
		name: 'key-account-en',
		features: ['price', 'incumbent', 'integration', 'timing'],
		advantage: 'change-risk',
		benefit: 'ask-boss'
	},
	{
		name: 'key-account-zh',
		features: ['price', 'incumbent', 'data-security', 'timing'],
		advantage: 'change-risk',
		benefit: 'ask-boss'
	}
];

describe.each(SAMPLES)('scripted buyer of $name', ({ name, features, advantage, benefit }) => {
	const playbook = load(name);
	const script = playbook.buyer!;

	it('answers every playbook question with its own reply or its type default', () => {
		for (const q of playbook.questions) {
			const [line] = buyerRespond(
				playbook,
				[],
				at(1, { type: 'question.ask', questionId: q.id, spinType: q.type })
			);
			const own = script.replies.find((r) => r.questionId === q.id);
			const fallback = script.replies.find((r) => r.spinType === q.type && !r.questionId);
			expect(line).toMatchObject({
				type: 'buyer.say',
				replyTo: q.id,
				text: (own ?? fallback)!.text
			});
			expect(line.type === 'buyer.say' && line.text.length).toBeGreaterThan(0);
		}
	});

	it('raises objections in script order, fewer after benefits for explicit needs', () => {
		const card = playbook.capabilities[0];
		const dump = rehearse(playbook, [
			...features.map((): Body => ({ type: 'feature.present', cardId: card.id })),
			{ type: 'feature.present', cardId: card.id },
			{ type: 'advantage.present', cardId: card.id }
		]);
		const raised = dump.flatMap((e) =>
			e.type === 'buyer.say' && e.objectionId ? [e.objectionId] : []
		);
		expect(raised).toEqual([...features, advantage]);

		const needId = card.needIds[0];
		const stater = script.replies.find((r) => r.states.includes(needId))!;
		const asked = playbook.questions.find((q) => q.id === stater.questionId)!;
		const explicitFirst = rehearse(playbook, [
			{ type: 'question.ask', questionId: asked.id, spinType: asked.type },
			{ type: 'benefit.state', cardId: card.id, needIds: [needId] },
			{ type: 'benefit.state', cardId: card.id, needIds: [needId] }
		]);
		const afterBenefits = explicitFirst.filter((e) => e.type === 'buyer.say' && e.objectionId);
		expect(afterBenefits.map((e) => e.type === 'buyer.say' && e.objectionId)).toEqual([benefit]);
	});

	it.each(script.accepts.map((a) => [a.advanceId, a] as const))(
		'declines %s until its conditions hold, then accepts it',
		(advanceId, acceptance) => {
			const propose: Body = { type: 'advance.propose', advance: { kind: 'other', advanceId } };
			const early = rehearse(playbook, [propose]).at(-1);
			expect(early).toMatchObject({ text: acceptance.otherwise, replyTo: advanceId });
			expect(early).not.toHaveProperty('acceptsAdvanceId');

			const steps: Body[] = [];
			for (const { needId, state } of acceptance.when) {
				const stater = script.replies.find((r) => r.questionId && r.states.includes(needId))!;
				const q = playbook.questions.find((q) => q.id === stater.questionId)!;
				steps.push({ type: 'question.ask', questionId: q.id, spinType: q.type });
				if (state === 'met') {
					const card = playbook.capabilities.find((c) => c.needIds.includes(needId))!;
					steps.push({ type: 'benefit.state', cardId: card.id, needIds: [needId] });
				}
			}
			const late = rehearse(playbook, [...steps, propose]).at(-1);
			expect(late).toMatchObject({ text: acceptance.text, acceptsAdvanceId: advanceId });
		}
	);
});
