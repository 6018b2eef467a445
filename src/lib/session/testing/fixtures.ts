// Test-only: a small hand-written playbook and an event-log builder, so buyer and analysis tests
// do not depend on the parser or the sample playbooks.
import type { Playbook } from '$lib/playbook/types';
import { EVENT_SCHEMA_VERSION, type CallEvent } from '../events';

type Body = CallEvent extends infer E ? (E extends CallEvent ? Omit<E, 'v' | 'at'> : never) : never;

/** A playbook modelled on the example in playbooks/README.md (plant uptime). */
export function plantPlaybook(): Playbook {
	return {
		meta: { id: 'plant', title: 'Plant', locale: 'en', version: '1', offer: 'Maintenance' },
		opening: [{ id: 'intro', line: 1, text: 'Who we are', hints: [] }],
		needs: [
			{ id: 'downtime', line: 2, text: 'Fewer stops' },
			{ id: 'changeover', line: 3, text: 'Shorter changeovers' }
		],
		questions: [
			q('shifts', 'situation', []),
			q('lines', 'situation', []),
			q('stops', 'problem', ['downtime']),
			q('changes', 'problem', ['changeover']),
			q('stop-orders', 'implication', ['downtime']),
			q('stop-value', 'needPayoff', ['downtime']),
			q('change-value', 'needPayoff', ['changeover'])
		],
		capabilities: [
			{
				id: 'wear-alerts',
				line: 20,
				title: 'Wear alerts',
				feature: 'Sensors',
				advantage: 'Change parts early',
				benefit: 'Plan repairs between shifts',
				needIds: ['downtime']
			},
			{
				id: 'quick-change',
				line: 25,
				title: 'Quick change',
				feature: 'Kits',
				advantage: 'Faster swaps',
				benefit: 'Shorter changeovers',
				needIds: ['changeover']
			}
		],
		objections: [
			{ id: 'price', line: 30, title: 'Too expensive', answers: ['Compare'], causes: [] },
			{ id: 'risk', line: 32, title: 'Too risky', answers: ['Pilot'], causes: [] },
			{ id: 'timing', line: 34, title: 'Not now', answers: ['Small start'], causes: [] }
		],
		commitment: {
			summary: [{ id: 'recap', line: 40, text: 'Recap' }],
			advances: [
				{ id: 'demo', line: 42, kind: 'demo', text: 'Demo' },
				{ id: 'vp', line: 43, kind: 'seniorMeeting', text: 'VP' }
			],
			questions: [{ id: 'ask', line: 45, text: 'Next week?' }]
		},
		buyer: {
			persona: 'Li Ming',
			replies: [
				reply('shifts', undefined, 'Four of six.'),
				reply(undefined, 'situation', 'In the report.'),
				reply('stops', undefined, 'Twice a week.', ['downtime']),
				reply('stop-value', undefined, 'Saves overtime.', [], ['downtime']),
				reply('change-value', undefined, 'An hour a day.', ['changeover'], ['changeover'])
			],
			objections: [
				{
					id: 'bo-price',
					line: 60,
					objectionId: 'price',
					text: 'Expensive.',
					after: ['feature', 'advantage']
				},
				{ id: 'bo-risk', line: 62, objectionId: 'risk', text: 'Risky.', after: ['any'] },
				{ id: 'bo-timing', line: 64, objectionId: 'timing', text: 'Not now.', after: ['benefit'] }
			],
			accepts: [
				{
					id: 'acc-demo',
					line: 70,
					advanceId: 'demo',
					text: 'Tuesday then.',
					when: [{ needId: 'downtime', state: 'met' }],
					otherwise: 'Why a demo?'
				},
				{
					id: 'acc-order',
					line: 72,
					advanceId: 'order',
					text: 'Send the contract.',
					when: [
						{ needId: 'downtime', state: 'met' },
						{ needId: 'changeover', state: 'explicit' }
					]
				}
			]
		}
	};
}

function q(id: string, type: Playbook['questions'][number]['type'], needIds: string[]) {
	return { id, line: 10, type, text: id, hints: [], followUps: [], needIds };
}

function reply(
	questionId: string | undefined,
	spinType: 'situation' | undefined,
	text: string,
	reveals: string[] = [],
	states: string[] = []
) {
	return {
		id: `r-${questionId ?? spinType}`,
		line: 50,
		questionId,
		spinType,
		text,
		reveals,
		states
	};
}

/** Builds a log from event bodies, stamping `v` and `at` (`start` + `step` ms per event). */
export function log(bodies: Body[], start = 1_000, step = 1_000): CallEvent[] {
	return bodies.map(
		(body, i) => ({ v: EVENT_SCHEMA_VERSION, at: start + i * step, ...body }) as CallEvent
	);
}

/** One event stamped at `at`. */
export function at(at: number, body: Body): CallEvent {
	return { v: EVENT_SCHEMA_VERSION, at, ...body } as CallEvent;
}
