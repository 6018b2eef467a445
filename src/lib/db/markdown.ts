// One session as a readable Markdown transcript. Words come from `describe` and `labels` so the
// UI can pass localised ones; the English defaults serve tests and a file read outside the app.
import type { AdvanceChoice, CallEvent } from '$lib/session/events';
import type { SessionRow } from './types';

export interface MarkdownLabels {
	playbook: string;
	mode: string;
	account: string;
	started: string;
	ended: string;
	outcome: string;
	plan: string;
	objective: string;
	primaryAdvance: string;
	fallbackAdvance: string;
	transcript: string;
}

export const ENGLISH_LABELS: MarkdownLabels = {
	playbook: 'Playbook',
	mode: 'Mode',
	account: 'Account',
	started: 'Started',
	ended: 'Ended',
	outcome: 'Outcome',
	plan: 'Plan',
	objective: 'Objective',
	primaryAdvance: 'Primary advance',
	fallbackAdvance: 'Fallback advance',
	transcript: 'Transcript'
};

const advance = (a: AdvanceChoice) => (a.text ? `${a.kind}: ${a.text}` : (a.advanceId ?? a.kind));
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
 * Escapes inline Markdown so notes (any text, markup included) render as typed. Every value
 * sits after a fixed prefix on one line, so block syntax (`#`, `-`) cannot start there.
 */
export function escapeMarkdown(text: string): string {
	return text.replace(/\r?\n/g, ' ').replace(/[\\`*_[\]<>~|]/g, '\\$&');
}

function clock(ms: number): string {
	const total = Math.max(0, Math.round(ms / 1000));
	const [h, m, s] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
	const pad = (n: number) => String(n).padStart(2, '0');
	return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}

export interface MarkdownOptions {
	describe?: (event: CallEvent) => string;
	labels?: Partial<MarkdownLabels>;
}

/** The transcript of one session as Markdown; times are relative to the session start. */
export function sessionToMarkdown(
	session: SessionRow,
	events: readonly { event: CallEvent }[],
	{ describe = describeEventEnglish, labels = {} }: MarkdownOptions = {}
): string {
	const l = { ...ENGLISH_LABELS, ...labels };
	const e = escapeMarkdown;
	const lines = [`# ${e(session.title)}`, ''];
	lines.push(
		`- ${l.playbook}: ${e(session.playbookId)} ${e(session.playbookVersion)} (\`${session.playbookHash}\`)`
	);
	lines.push(`- ${l.mode}: ${session.mode}`);
	if (session.account) {
		lines.push(
			`- ${l.account}: ${e(session.account.name)}${session.account.tier ? ` (${session.account.tier})` : ''}`
		);
	}
	lines.push(`- ${l.started}: ${new Date(session.startedAt).toISOString()}`);
	if (session.endedAt !== undefined)
		lines.push(`- ${l.ended}: ${new Date(session.endedAt).toISOString()}`);
	if (session.outcome) lines.push(`- ${l.outcome}: ${session.outcome}`);
	const plan = events.find((r) => r.event.type === 'call.plan')?.event;
	if (plan?.type === 'call.plan') {
		lines.push('', `## ${l.plan}`, '', `- ${l.objective}: ${e(plan.objective)}`);
		lines.push(`- ${l.primaryAdvance}: ${e(advance(plan.primaryAdvance))}`);
		if (plan.fallbackAdvance)
			lines.push(`- ${l.fallbackAdvance}: ${e(advance(plan.fallbackAdvance))}`);
	}
	lines.push('', `## ${l.transcript}`, '');
	for (const { event } of events) {
		lines.push(`- \`${clock(event.at - session.startedAt)}\` ${e(describe(event))}`);
	}
	return lines.join('\n') + '\n';
}
