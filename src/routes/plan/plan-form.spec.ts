import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '$lib/playbook/parse';
import type { Playbook } from '$lib/playbook/types';
import {
	advanceFromOption,
	initialPlanForm,
	modeFromQuery,
	participantsAmong,
	planEvent,
	validatePlan,
	type PlanForm
} from './plan-form';

const SOURCE = `---
id: plan-test
title: Plan test
locale: en
version: 3
offer: Wear alerts
---

# Needs
- Fewer stops {#stops}

# Problem
- How often does a line stop? {#how-often}
  - Need: stops

# Commitment
## Advances
- Demo: A demonstration on your own line data {#demo}
- Senior meeting: Half an hour with your operations VP {#vp}
`;

function playbook(): Playbook {
	const { playbook } = parsePlaybook(SOURCE);
	if (!playbook) throw new Error('fixture did not parse');
	return playbook;
}

function form(patch: Partial<PlanForm> = {}): PlanForm {
	return { ...initialPlanForm(playbook(), 'live'), objective: 'Agree on a pilot', ...patch };
}

describe('initialPlanForm', () => {
	it('starts with the playbook’s first advance as the one to ask for', () => {
		const initial = initialPlanForm(playbook(), 'rehearsal');
		expect(initial).toMatchObject({ mode: 'rehearsal', primary: 'pb:demo', fallback: '' });
	});
});

describe('advanceFromOption', () => {
	it('maps playbook, generic and own options to advance choices', () => {
		const pb = playbook();
		expect(advanceFromOption(pb, 'pb:vp', '')).toEqual({
			kind: 'seniorMeeting',
			advanceId: 'vp',
			text: 'Half an hour with your operations VP'
		});
		expect(advanceFromOption(pb, 'kind:training', '')).toEqual({ kind: 'training' });
		expect(advanceFromOption(pb, 'own', '  Visit the plant  ')).toEqual({
			kind: 'other',
			text: 'Visit the plant'
		});
	});

	it('gives nothing for empty, unknown or blank choices', () => {
		const pb = playbook();
		expect(advanceFromOption(pb, '', '')).toBeUndefined();
		expect(advanceFromOption(pb, 'pb:missing', '')).toBeUndefined();
		expect(advanceFromOption(pb, 'kind:order', '')).toBeUndefined();
		expect(advanceFromOption(pb, 'own', '   ')).toBeUndefined();
	});
});

describe('validatePlan', () => {
	it('accepts a complete form', () => {
		expect(validatePlan(playbook(), form())).toEqual({});
	});

	it('asks for the objective and an advance', () => {
		expect(validatePlan(playbook(), form({ objective: '  ', primary: '' }))).toEqual({
			objective: 'objective_required',
			primary: 'primary_required'
		});
	});

	it('asks for the words of an own advance, primary or fallback', () => {
		expect(
			validatePlan(playbook(), form({ primary: 'own', primaryOwn: '', fallback: 'own' }))
		).toEqual({ primaryOwn: 'own_required', fallbackOwn: 'own_required' });
	});

	it('refuses a fallback equal to the primary advance', () => {
		expect(validatePlan(playbook(), form({ fallback: 'pb:demo' }))).toEqual({
			fallback: 'fallback_same'
		});
		expect(
			validatePlan(
				playbook(),
				form({
					primary: 'own',
					primaryOwn: 'Plant tour',
					fallback: 'own',
					fallbackOwn: 'plant TOUR'
				})
			)
		).toEqual({ fallback: 'fallback_same' });
		expect(validatePlan(playbook(), form({ fallback: 'kind:demo' }))).toEqual({});
	});
});

describe('planEvent', () => {
	it('builds the call.plan body with trimmed text, advances and account (the event path stamps it)', () => {
		const event = planEvent(
			playbook(),
			form({
				mode: 'rehearsal',
				objective: ' Agree on a pilot ',
				fallback: 'kind:training',
				accountName: ' Acme Plant ',
				tier: 'gold'
			})
		);
		expect(event).toEqual({
			type: 'call.plan',
			mode: 'rehearsal',
			playbookId: 'plan-test',
			objective: 'Agree on a pilot',
			primaryAdvance: {
				kind: 'demo',
				advanceId: 'demo',
				text: 'A demonstration on your own line data'
			},
			fallbackAdvance: { kind: 'training' },
			account: { name: 'Acme Plant', tier: 'gold' }
		});
	});

	it('leaves out an empty account and fallback', () => {
		const event = planEvent(playbook(), form());
		expect(event).not.toHaveProperty('account');
		expect(event).not.toHaveProperty('fallbackAdvance');
	});

	it('names the stored account and who will be in the room when planned from an account', () => {
		const f = form({ objective: 'x', accountName: 'Acme', tier: 'platinum', accountId: 'acc-1' });
		expect(planEvent(playbook(), { ...f, attendeeIds: ['p1', 'p2'] }).account).toEqual({
			name: 'Acme',
			tier: 'platinum',
			accountId: 'acc-1',
			attendeeIds: ['p1', 'p2']
		});
		expect(planEvent(playbook(), f).account).toEqual({
			name: 'Acme',
			tier: 'platinum',
			accountId: 'acc-1'
		});
	});

	it('throws on a form without a valid primary advance', () => {
		expect(() => planEvent(playbook(), form({ primary: '' }))).toThrow(/primary advance/);
	});
});

describe('modeFromQuery', () => {
	it('is live only when asked for live', () => {
		expect(modeFromQuery('live')).toBe('live');
		expect(modeFromQuery('rehearsal')).toBe('rehearsal');
		expect(modeFromQuery(null)).toBe('rehearsal');
		expect(modeFromQuery('LIVE')).toBe('rehearsal');
	});
});

describe('who the buyer script needs in the room', () => {
	const withBuyer = (): Playbook => {
		const { playbook } = parsePlaybook(
			SOURCE +
				`
# Buyer
A plant director.

## Accepts
- demo: Fine, bring it next week.
  - When: stops explicit
  - Involves: the CFO, the works council
`
		);
		if (!playbook) throw new Error('fixture did not parse');
		return playbook;
	};

	it("puts only the script's people on the plan, in the script's words", () => {
		const pb = withBuyer();
		const event = planEvent(pb, form({ objective: 'x', inRoom: ['cfo', 'my boss'] }));
		expect(event.inRoom).toEqual(['the CFO']);
		expect(planEvent(pb, form({ objective: 'x', inRoom: [] })).inRoom).toBeUndefined();
	});

	it('counts a picked attendee whose title names a participant', () => {
		const people = [
			{ id: 'a', name: 'Wang Li', jobTitle: 'Group CFO' },
			{ id: 'b', name: 'Zhao Min', jobTitle: 'Head nurse' }
		];
		const found = participantsAmong(['the CFO', 'the works council'], people, ['a', 'b']);
		expect([...found]).toEqual([['the CFO', 'Wang Li']]);
		expect(participantsAmong(['the CFO'], people, ['b']).size).toBe(0);
	});
});
