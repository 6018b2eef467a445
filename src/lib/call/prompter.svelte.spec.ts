import { afterEach, describe, expect, it } from 'vitest';
import { createSession, openSpinDb, type SpinDb } from '$lib/db';
import { createAccount } from '$lib/db/accounts';
import { addPerson } from '$lib/db/people';
import { createCompetitor, linkCompetitor, saveSection } from '$lib/db/competitor-repo';
import { CallSession } from './call-session.svelte';
import { DISCREET_KEY, Prompter } from './prompter.svelte';
import { TEST_PLAYBOOK_SOURCE, testPlaybook } from './test-playbook';

const pb = testPlaybook();
let db: SpinDb;
let session: CallSession;

async function prompter(): Promise<{ p: Prompter; ended: string[] }> {
	db = openSpinDb(`prompter-test-${crypto.randomUUID()}`);
	const row = await createSession(db, {
		playbook: { id: pb.meta.id, version: pb.meta.version, text: TEST_PLAYBOOK_SOURCE },
		mode: 'live',
		title: pb.meta.title,
		locale: 'en',
		startedAt: 1
	});
	session = new CallSession({ db });
	await session.load(row.id);
	const ended: string[] = [];
	const p = new Prompter(session, (outcome) => void ended.push(outcome));
	session.record({
		type: 'call.plan',
		mode: 'live',
		playbookId: pb.meta.id,
		objective: 'Demo',
		primaryAdvance: { kind: 'demo', advanceId: 'demo' }
	});
	session.record({ type: 'call.start' });
	return { p, ended };
}

const press = (p: Prompter, key: string, target: EventTarget | null = document.body) => {
	const event = new KeyboardEvent('keydown', { key, cancelable: true });
	Object.defineProperty(event, 'target', { value: target });
	return p.handleKey(event);
};

afterEach(async () => {
	await session?.close();
	db?.close();
});

describe('Prompter', () => {
	it('turns keys into the call’s events, one key per step', async () => {
		const { p, ended } = await prompter();
		press(p, 'Enter');
		expect(session.context?.openingMoves.map((m) => m.moveId)).toEqual(['intro']);
		press(p, 'ArrowRight');
		expect(session.stage).toBe('investigating');
		press(p, 'p');
		expect(p.selection.current?.question.id).toBe('stops');
		press(p, 'a');
		press(p, 'c');
		expect(p.chord).toBe('need');
		press(p, '1');
		expect(p.view.needs[0]).toMatchObject({ id: 'downtime', level: 'implied' });
		press(p, 'c');
		press(p, '1');
		expect(p.view.needs[0].level).toBe('explicit');
		press(p, '2');
		expect(p.selection.current).toMatchObject({
			suggested: false,
			question: { id: 'changeovers' }
		});
		press(p, 'e');
		expect(p.endOpen).toBe(true);
		await p.end('advance');
		expect(ended).toEqual(['advance']);
		expect(session.events.at(-1)).toMatchObject({ type: 'call.end', outcome: 'advance' });
	});

	it('offers the benefit key only once a need the card meets is explicit', async () => {
		const { p } = await prompter();
		session.record({ type: 'stage.enter', stage: 'demonstrating' });
		press(p, 'b');
		expect(session.context?.presentations).toHaveLength(0);
		press(p, 'f');
		expect(session.context?.presentations.map((x) => x.kind)).toEqual(['feature']);
		expect(session.context?.nudges.map((n) => n.code)).toContain('capability_before_explicit_need');
		session.record({ type: 'need.confirm', needId: 'downtime', level: 'explicit' });
		press(p, 'b');
		expect(session.context?.presentations.at(-1)).toMatchObject({
			kind: 'benefit',
			cardId: 'wear-alerts',
			needIds: ['downtime']
		});
	});

	it('leaves keys typed in a field alone, pauses with H and remembers discreet mode', async () => {
		const { p } = await prompter();
		const input = document.createElement('input');
		document.body.append(input);
		expect(press(p, 'e', input)).toBe(false);
		expect(p.endOpen).toBe(false);
		input.remove();
		press(p, 'h');
		expect(session.context?.phase).toBe('paused');
		press(p, 'ArrowRight');
		expect(session.stage).toBe('opening');
		press(p, 'Enter');
		expect(session.context?.phase).toBe('running');
		const before = p.discreet.value;
		press(p, 'd');
		expect(p.discreet.value).toBe(!before);
		expect(localStorage.getItem(DISCREET_KEY)).toBe(before ? '0' : '1');
		press(p, 'd');
	});

	it('answers an open objection with a listed answer by keys: O, its number, the answer’s number', async () => {
		const { p } = await prompter();
		const price = pb.objections[0];
		const option = price.answerOptions![0];
		press(p, 'o');
		press(p, '1');
		expect(p.view.objections.open.has('price')).toBe(true);
		press(p, 'o');
		press(p, '1');
		expect(p.chord).toBe('answer');
		expect(p.answering).toBe('price');
		// A number with no answer keeps the choice open; Esc cancels it.
		press(p, '9');
		expect(p.answering).toBe('price');
		press(p, 'Escape');
		expect(p.answering).toBeNull();
		expect(p.view.objections.open.has('price')).toBe(true);
		press(p, 'o');
		press(p, '1');
		press(p, '1');
		expect(session.events.at(-1)).toMatchObject({
			type: 'objection.answer',
			objectionId: 'price',
			answerId: option.id
		});
		expect(p.view.objections.open.has('price')).toBe(false);
		expect(p.chord).toBeNull();
	});

	it('shows the person an open objection names (W) and its competitor’s counter-measures (R)', async () => {
		const { p } = await prompter();
		const account = await createAccount(db, { name: 'Plant' });
		await addPerson(db, {
			accountId: account.id,
			name: 'Amy Chen',
			role: 'decisionMaker',
			file: { jobTitle: 'General Manager', homeAddress: '1 Secret Lane' }
		});
		const acme = await createCompetitor(db, 'Acme Tools');
		await linkCompetitor(db, {
			competitorId: acme,
			accountId: account.id,
			role: 'incumbent',
			insideContact: false
		});
		await saveSection(db, acme, 'counterMeasures', 'Show the uptime log.');
		await p.relations.load(db, account.id);
		// A hand-built objection: it names the GM and comes from a competitor.
		Object.assign(session.playbook!.objections[0], {
			title: 'I must ask my GM',
			competitor: ' acme tools'
		});
		press(p, 'w');
		expect(p.related).toBeNull();
		press(p, 'o');
		press(p, '1');
		expect(p.links.price?.person?.name).toBe('Amy Chen');
		press(p, 'w');
		expect(p.related).toMatchObject({ kind: 'person', person: { name: 'Amy Chen' } });
		// The profile never carries the account file's sensitive fields.
		expect(JSON.stringify(p.related)).not.toContain('Secret');
		p.related = null;
		press(p, 'r');
		expect(p.related).toMatchObject({ kind: 'competitor', competitor: { id: acme } });
		expect(await p.relations.counterMeasures(db, acme)).toBe('Show the uptime log.');
		p.related = null;
		// Discreet mode: nothing about people or competitors reaches the screen.
		p.discreet.toggle();
		press(p, 'w');
		expect(p.related).toBeNull();
		p.discreet.toggle();
	});
});
