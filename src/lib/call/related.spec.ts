import { describe, expect, it } from 'vitest';
import type { Objection } from '$lib/playbook/types';
import type { CallEvent } from '$lib/session/events';
import {
	competitorOf,
	lastOpenObjection,
	objectionTexts,
	personNamedIn,
	type PersonCandidate
} from './related';

const people: PersonCandidate[] = [
	{ id: 'wang', name: '王建国', role: 'decisionMaker', jobTitle: '总经理' },
	{ id: 'li', name: '李娜', role: 'user', jobTitle: '设备科长' },
	{ id: 'amy', name: 'Amy Chen', role: 'decisionMaker', jobTitle: 'General Manager' },
	{ id: 'tom', name: 'Tom Hale', role: 'gatekeeper', jobTitle: 'Purchasing lead' }
];

const objection = (over: Partial<Objection> = {}): Objection => ({
	id: 'approval',
	line: 1,
	title: 'I must ask my GM',
	answers: [],
	causes: [],
	...over
});

describe('personNamedIn', () => {
	it('finds the person a buyer names by job title, its initials, or name', () => {
		expect(personNamedIn(['我得问问总经理'], people)?.id).toBe('wang');
		expect(personNamedIn(['I must ask my GM'], people)?.id).toBe('amy');
		expect(personNamedIn(['Let me check with the general manager.'], people)?.id).toBe('amy');
		expect(personNamedIn(['Tom will want three quotes'], people)?.id).toBe('tom');
		expect(personNamedIn(['这事得李娜点头'], people)?.id).toBe('li');
	});

	it('falls back to the words of a role, and only when one person fits', () => {
		const one = people.filter((p) => p.id !== 'amy');
		expect(personNamedIn(['My boss decides that'], one)?.id).toBe('wang');
		// Two decision makers: "boss" names neither for sure.
		expect(personNamedIn(['My boss decides that'], people)).toBeNull();
		expect(personNamedIn(['采购那边要走流程'], people)?.id).toBe('tom');
	});

	it('names nobody when nothing in the words points to a person', () => {
		expect(personNamedIn(['Too expensive'], people)).toBeNull();
		// "gm" inside another word is not the initials.
		expect(personNamedIn(['A programme of work'], people)).toBeNull();
		expect(personNamedIn(['I must ask my GM'], [])).toBeNull();
	});

	it('reads the objection title and the buyer’s words that raised it', () => {
		const events = [
			{ type: 'buyer.say', text: 'Amy has to sign this off', objectionId: 'approval' },
			{ type: 'buyer.say', text: 'Unrelated', objectionId: 'price' }
		] as unknown as CallEvent[];
		const texts = objectionTexts(objection({ title: 'Needs approval' }), events);
		expect(texts).toEqual(['Needs approval', 'Amy has to sign this off']);
		expect(personNamedIn(texts, people)?.id).toBe('amy');
	});

	it('picks the open objection raised last', () => {
		const events = [
			{ type: 'objection.raise', objectionId: 'price' },
			{ type: 'buyer.say', text: 'GM', objectionId: 'approval' },
			{ type: 'objection.raise', objectionId: 'timing' }
		] as unknown as CallEvent[];
		expect(lastOpenObjection(events, new Set(['price', 'approval']))).toBe('approval');
		expect(lastOpenObjection(events, new Set())).toBeNull();
	});
});

describe('competitorOf', () => {
	const linked = [{ id: 'l1', name: 'Acme Tools' }];
	const all = [
		{ id: 'a1', name: 'acme tools' },
		{ id: 'a2', name: 'Bolt & Co' }
	];

	it('matches the playbook’s competitor name, trimmed and in any case, linked ones first', () => {
		expect(competitorOf(objection({ competitor: '  ACME tools ' }), linked, all)?.id).toBe('l1');
		expect(competitorOf(objection({ competitor: 'bolt & co' }), linked, all)?.id).toBe('a2');
	});

	it('finds nothing without a competitor or a row of that name', () => {
		expect(competitorOf(objection(), linked, all)).toBeNull();
		expect(competitorOf(objection({ competitor: 'Nobody' }), linked, all)).toBeNull();
		expect(competitorOf(objection({ competitor: '  ' }), linked, all)).toBeNull();
	});
});
