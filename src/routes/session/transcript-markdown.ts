// The transcript as a Markdown document in the UI language, for pasting into a CRM note or an
// email. Rep-typed text is escaped so it reads as typed, not as Markdown.
import { m } from '$lib/paraglide/messages.js';
import type { SessionRow } from '$lib/db';
import type { Playbook } from '$lib/playbook/types';
import type { CallEvent } from '$lib/session/events';
import { formatDateTime, formatElapsed } from '$lib/i18n/format';
import { advanceChoiceLabel, modeLabel, outcomeLabel, tierLabel } from '$lib/i18n/labels';
import { describeEvent } from './describe-event';

/** Escapes Markdown syntax characters so text shows literally. */
export function escapeMarkdown(text: string): string {
	return text.replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1').replace(/\r?\n/g, '  \n');
}

/** The whole call as Markdown: a summary list, then one bullet per event. */
export function transcriptMarkdown(
	row: SessionRow,
	events: readonly CallEvent[],
	playbook: Playbook | null,
	locale: string
): string {
	const plan = events.find((e) => e.type === 'call.plan');
	const end = [...events].reverse().find((e) => e.type === 'call.end');
	const facts: [string, string | undefined][] = [
		[m.session_playbook(), row.title],
		[m.session_mode(), modeLabel(row.mode)],
		[m.session_started(), formatDateTime(row.startedAt, locale)],
		[m.session_outcome(), outcomeLabel(row.outcome)],
		[
			m.session_next_step(),
			end?.type === 'call.end' && end.nextStep
				? [end.nextStep.text, end.nextStep.date].filter(Boolean).join(' · ')
				: undefined
		],
		[m.session_objective(), plan?.type === 'call.plan' ? plan.objective : undefined],
		[
			m.session_primary(),
			plan?.type === 'call.plan' ? advanceChoiceLabel(plan.primaryAdvance) : undefined
		],
		[
			m.session_fallback(),
			plan?.type === 'call.plan' && plan.fallbackAdvance
				? advanceChoiceLabel(plan.fallbackAdvance)
				: undefined
		],
		[
			m.session_account(),
			row.account
				? [row.account.name, row.account.tier && tierLabel(row.account.tier)]
						.filter(Boolean)
						.join(' · ')
				: undefined
		]
	];
	const lines = [`# ${escapeMarkdown(m.session_title())}: ${escapeMarkdown(row.title)}`, ''];
	for (const [label, value] of facts) {
		if (value) lines.push(`- **${escapeMarkdown(label)}**: ${escapeMarkdown(value)}`);
	}
	lines.push('', `## ${escapeMarkdown(m.session_events())}`, '');
	const start = events[0]?.at ?? row.startedAt;
	for (const event of events) {
		const line = describeEvent(event, playbook);
		const detail = line.detail ? ` — ${escapeMarkdown(line.detail)}` : '';
		lines.push(`- \`${formatElapsed(event.at - start)}\` ${escapeMarkdown(line.label)}${detail}`);
	}
	return lines.join('\n') + '\n';
}
