// One session as a readable Markdown transcript, for pasting into a CRM note or an email. Words
// come from `describe`, `labels` and `values` so the UI can pass localised ones; the English
// defaults serve tests and a file read outside the app.
import { formatElapsed } from '$lib/i18n/format';
import type { Tier } from '$lib/playbook/types';
import type { AdvanceChoice, CallEvent, CallMode, Outcome } from '$lib/session/events';
import type { SessionRow } from './types';

export interface MarkdownLabels {
	title: string;
	playbook: string;
	mode: string;
	started: string;
	outcome: string;
	nextStep: string;
	objective: string;
	primaryAdvance: string;
	fallbackAdvance: string;
	account: string;
	transcript: string;
}

export const ENGLISH_LABELS: MarkdownLabels = {
	title: 'Call transcript',
	playbook: 'Playbook',
	mode: 'Mode',
	started: 'Started',
	outcome: 'Outcome',
	nextStep: 'Next step',
	objective: 'Objective',
	primaryAdvance: 'Primary advance',
	fallbackAdvance: 'Fallback advance',
	account: 'Account',
	transcript: 'Transcript'
};

/** How coded values (mode, outcome, advance, tier) and the start time read. */
export interface MarkdownValues {
	mode: (mode: CallMode) => string;
	outcome: (outcome: Outcome | undefined) => string | undefined;
	advance: (choice: AdvanceChoice) => string;
	tier: (tier: Tier) => string;
	dateTime: (ms: number) => string;
}

const advance = (a: AdvanceChoice) => (a.text ? `${a.kind}: ${a.text}` : (a.advanceId ?? a.kind));

const ENGLISH_VALUES: MarkdownValues = {
	mode: (mode) => mode,
	outcome: (outcome) => outcome,
	advance,
	tier: (tier) => tier,
	dateTime: (ms) => new Date(ms).toISOString()
};

const quoted = (text?: string) => (text ? `: ${text}` : '');

/** A plain English line for one event. */
export function describeEventEnglish(event: CallEvent): string {
	switch (event.type) {
		case 'call.plan':
			return `Planned the call (${event.mode})`;
		case 'call.start':
			return 'Call started';
		case 'call.pause':
			return 'Paused';
		case 'call.resume':
			return 'Resumed';
		case 'stage.enter':
			return `Stage: ${event.stage}`;
		case 'spin.select':
			return `Switched to ${event.spinType} questions`;
		case 'opening.do':
			return `Opening${quoted(event.text ?? event.moveId)}`;
		case 'question.ask':
			return `Asked a ${event.spinType} question${quoted(event.text ?? event.questionId)}`;
		case 'answer.note':
			return `Customer: ${event.text}`;
		case 'need.confirm':
			return `Need ${event.needId} confirmed as ${event.level}${quoted(event.text)}`;
		case 'feature.present':
			return `Presented a feature${quoted(event.text ?? event.cardId)}`;
		case 'advantage.present':
			return `Presented an advantage${quoted(event.text ?? event.cardId)}`;
		case 'benefit.state':
			return `Stated a benefit for ${event.needIds.join(', ')}${quoted(event.text ?? event.cardId)}`;
		case 'objection.raise':
			return `Objection${quoted(event.text ?? event.objectionId)}`;
		case 'objection.answer':
			return `Answered the objection${quoted(event.text ?? event.objectionId)}`;
		case 'note.add':
			return `Note: ${event.text}`;
		case 'summary.give':
			return `Summarised the benefits${quoted(event.text)}`;
		case 'advance.propose':
			return `Proposed an advance: ${advance(event.advance)}`;
		case 'buyer.say':
			return `Buyer: ${event.text}`;
		case 'call.end':
			return `Call ended: ${event.outcome}${event.nextStep ? ` (next step: ${event.nextStep.text}${event.nextStep.date ? `, ${event.nextStep.date}` : ''})` : ''}`;
		case 'review.save':
			return `Review: went well: ${event.wentWell}; to change: ${event.toChange}`;
	}
}

/**
 * Escapes Markdown syntax so notes (any text, markup included) render as typed. A line break
 * becomes a hard break inside the same list item; block syntax after it is escaped too.
 */
export function escapeMarkdown(text: string): string {
	return text.replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1').replace(/\r?\n/g, '  \n');
}

export interface MarkdownOptions {
	describe?: (event: CallEvent) => string;
	labels?: Partial<MarkdownLabels>;
	values?: Partial<MarkdownValues>;
}

/** The transcript of one session as Markdown: a summary list, then one timed line per event. */
export function sessionToMarkdown(
	session: SessionRow,
	events: readonly { event: CallEvent }[],
	{ describe = describeEventEnglish, labels = {}, values = {} }: MarkdownOptions = {}
): string {
	const l = { ...ENGLISH_LABELS, ...labels };
	const v = { ...ENGLISH_VALUES, ...values };
	const e = escapeMarkdown;
	const plan = events.find((r) => r.event.type === 'call.plan')?.event;
	const end = events.findLast((r) => r.event.type === 'call.end')?.event;
	const planned = plan?.type === 'call.plan' ? plan : undefined;
	const next = end?.type === 'call.end' ? end.nextStep : undefined;
	const { account } = session;
	const facts: [string, string | undefined][] = [
		[l.playbook, session.title],
		[l.mode, v.mode(session.mode)],
		[l.started, v.dateTime(session.startedAt)],
		[l.outcome, v.outcome(session.outcome)],
		[l.nextStep, next && [next.text, next.date].filter(Boolean).join(' · ')],
		[l.objective, planned?.objective],
		[l.primaryAdvance, planned && v.advance(planned.primaryAdvance)],
		[l.fallbackAdvance, planned?.fallbackAdvance && v.advance(planned.fallbackAdvance)],
		[
			l.account,
			account && [account.name, account.tier && v.tier(account.tier)].filter(Boolean).join(' · ')
		]
	];
	const lines = [`# ${e(l.title)}: ${e(session.title)}`, ''];
	for (const [label, value] of facts) {
		if (value) lines.push(`- **${e(label)}**: ${e(value)}`);
	}
	lines.push('', `## ${e(l.transcript)}`, '');
	const start = session.startedAt;
	for (const { event } of events) {
		lines.push(`- \`${formatElapsed(event.at - start)}\` ${e(describe(event))}`);
	}
	return lines.join('\n') + '\n';
}
