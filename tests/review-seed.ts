// Calls with known events for the review tests: a transcript file built the way the app exports
// one (summary rows folded by the store's own fold), imported through /data/.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { summaryOfLog } from '../src/lib/db/summary';
import { contentHash } from '../src/lib/db/hash';
import type { SessionRow } from '../src/lib/db/types';
import type { SpinType } from '../src/lib/playbook/types';
import type { CallEvent, CallMode, Outcome } from '../src/lib/session/events';

const FILE = 'playbooks/key-account-en.md';
const TEXT = readFileSync(FILE, 'utf8');
const PLAYBOOK_ID = 'key-account-hospital-supply-en';
const TITLE = 'Gold account - point-of-use supply for a hospital group';

// One event without its clock fields, kept per event type.
type Move = CallEvent extends infer E ? (E extends CallEvent ? Omit<E, 'v' | 'at'> : never) : never;

export interface SeedCall {
	id: string;
	mode: CallMode;
	account: string;
	/** Local date and time the call started, e.g. `2026-10-05T10:00`. */
	start: string;
	/** Rep moves after the opening, one every 30 s. */
	moves: Move[];
	outcome: Outcome;
	note?: string;
}

const ask = (questionId: string, spinType: SpinType, needId?: string): Move => ({
	type: 'question.ask',
	questionId,
	spinType,
	...(needId ? { needId } : {})
});

/**
 * Four calls. None asks an implication question, so "practise next" puts implication questions
 * first; the first has a typed note about a budget freeze to search for.
 */
export const SEED: SeedCall[] = [
	{
		id: '11111111-1111-4111-8111-111111111111',
		mode: 'rehearsal',
		account: 'Acme Health',
		start: '2026-10-05T10:00',
		note: 'They mentioned a budget freeze until spring',
		moves: [
			{ type: 'stage.enter', stage: 'investigating' },
			ask('or-volume', 'situation'),
			ask('late-cases', 'problem', 'stockouts'),
			{ type: 'answer.note', text: 'Nine late starts last month' },
			{ type: 'need.confirm', needId: 'stockouts', level: 'implied' },
			ask('on-time-value', 'needPayoff', 'stockouts'),
			{ type: 'need.confirm', needId: 'stockouts', level: 'explicit' },
			{ type: 'stage.enter', stage: 'demonstrating' },
			{ type: 'benefit.state', cardId: 'daily-replenishment', needIds: ['stockouts'] },
			{ type: 'stage.enter', stage: 'committing' },
			{ type: 'summary.give' },
			{ type: 'advance.propose', advance: { kind: 'demo', advanceId: 'demo' } },
			// A rehearsal's outcome is what the scripted buyer's lines amount to: this one agrees.
			{
				type: 'buyer.say',
				text: 'Yes, let us set up the demonstration.',
				replyTo: 'demo',
				acceptsAdvanceId: 'demo'
			}
		],
		outcome: 'advance'
	},
	{
		id: '22222222-2222-4222-8222-222222222222',
		mode: 'rehearsal',
		account: 'Globex Clinics',
		start: '2026-11-03T09:00',
		moves: [
			{ type: 'stage.enter', stage: 'investigating' },
			ask('or-volume', 'situation'),
			ask('stock-owner', 'situation'),
			ask('prime-vendor', 'situation'),
			{ type: 'stage.enter', stage: 'demonstrating' },
			{ type: 'feature.present', cardId: 'rfid-cabinets' },
			{ type: 'objection.raise', objectionId: 'price' }
		],
		outcome: 'continuation'
	},
	{
		id: '33333333-3333-4333-8333-333333333333',
		mode: 'live',
		account: 'Acme Health',
		start: '2026-11-20T14:00',
		moves: [
			{ type: 'stage.enter', stage: 'investigating' },
			ask('write-offs', 'problem', 'expiry-waste'),
			{ type: 'need.confirm', needId: 'expiry-waste', level: 'implied' },
			ask('waste-value', 'needPayoff', 'expiry-waste'),
			{ type: 'need.confirm', needId: 'expiry-waste', level: 'explicit' },
			{ type: 'stage.enter', stage: 'demonstrating' },
			{ type: 'benefit.state', cardId: 'lot-tracking', needIds: ['expiry-waste'] }
		],
		outcome: 'continuation'
	},
	{
		id: '44444444-4444-4444-8444-444444444444',
		mode: 'rehearsal',
		account: 'Globex Clinics',
		start: '2026-12-01T11:00',
		moves: [
			{ type: 'stage.enter', stage: 'investigating' },
			ask('nurse-hours', 'problem', 'nurse-time'),
			{ type: 'need.confirm', needId: 'nurse-time', level: 'implied' },
			{ type: 'stage.enter', stage: 'committing' },
			{ type: 'advance.propose', advance: { kind: 'training', advanceId: 'training' } }
		],
		outcome: 'continuation'
	}
];

function callEvents(call: SeedCall, t0: number): CallEvent[] {
	const events = [
		{
			type: 'call.plan',
			mode: call.mode,
			playbookId: PLAYBOOK_ID,
			objective: 'Agree a demonstration',
			primaryAdvance: { kind: 'demo', advanceId: 'demo' },
			fallbackAdvance: { kind: 'training', advanceId: 'training' },
			account: { name: call.account }
		},
		{ type: 'call.start' },
		...call.moves,
		...(call.note ? [{ type: 'note.add', text: call.note }] : []),
		{ type: 'call.end', outcome: call.outcome, nextStep: { text: 'Send the agenda' } }
	];
	return events.map((e, i) => ({ v: 1, at: t0 + i * 30_000, ...e }) as CallEvent);
}

/** The seed calls as a transcript file (the app's export format). */
export function seedFile(calls: SeedCall[] = SEED): string {
	const hash = contentHash(TEXT);
	const sessions = calls.map((call) => {
		const t0 = new Date(call.start).getTime();
		const events = callEvents(call, t0);
		const base: SessionRow = {
			id: call.id,
			playbookId: PLAYBOOK_ID,
			playbookVersion: '1',
			playbookHash: hash,
			mode: call.mode,
			title: TITLE,
			locale: 'en',
			startedAt: t0,
			updatedAt: t0,
			active: 1,
			stage: 'opening',
			eventCount: 0,
			counts: { situation: 0, problem: 0, implication: 0, needPayoff: 0 },
			needsExplicit: 0,
			needsImplied: 0,
			needs: []
		};
		const folded = summaryOfLog(base, events);
		// The file carries the summary as an export does: without the review fields.
		const { durationMs, text, drill, digest, ...session } = folded;
		void [durationMs, text, drill, digest];
		return {
			session,
			playbook: { hash, text: TEXT, playbookId: PLAYBOOK_ID, version: '1' },
			events: events.map((event, i) => ({ sessionId: call.id, seq: i + 1, event }))
		};
	});
	return JSON.stringify({
		format: 'spin-coach-transcript',
		version: 1,
		exportedAt: new Date().toISOString(),
		sessions
	});
}

/** Imports the seed calls through the backup page's file field. */
export async function importSeed(page: Page, label: string): Promise<void> {
	await page.goto('/data/');
	await page.getByLabel(label, { exact: true }).setInputFiles({
		name: 'seed.json',
		mimeType: 'application/json',
		buffer: Buffer.from(seedFile())
	});
	await expect(
		page.locator('[role="status"], .notice').filter({ hasText: 'seed.json' }).first()
	).toBeVisible();
}
