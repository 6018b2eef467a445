// The words of the Markdown export in the UI language: the store renders the document
// (`sessionToMarkdown`), this page supplies the translated labels, values and event lines.
import { m } from '$lib/paraglide/messages.js';
import type { MarkdownOptions } from '$lib/db';
import type { Playbook } from '$lib/playbook/types';
import { formatDateTime } from '$lib/i18n/format';
import { advanceChoiceLabel, tierLabel } from '$lib/i18n/labels';
import { modeLabel, outcomeLabel } from '$lib/i18n/record-labels';
import { describeEvent } from './describe-event';

/** Options for `sessionToMarkdown` that translate the export and look ids up in `playbook`. */
export function transcriptMarkdownOptions(
	playbook: Playbook | null,
	locale: string
): MarkdownOptions {
	return {
		describe(event) {
			const line = describeEvent(event, playbook);
			return line.detail ? `${line.label} — ${line.detail}` : line.label;
		},
		labels: {
			title: m.session_title(),
			playbook: m.session_playbook(),
			mode: m.session_mode(),
			started: m.session_started(),
			outcome: m.session_outcome(),
			nextStep: m.session_next_step(),
			objective: m.session_objective(),
			primaryAdvance: m.session_primary(),
			fallbackAdvance: m.session_fallback(),
			account: m.session_account(),
			transcript: m.session_events()
		},
		values: {
			mode: modeLabel,
			outcome: outcomeLabel,
			advance: advanceChoiceLabel,
			tier: tierLabel,
			dateTime: (ms) => formatDateTime(ms, locale)
		}
	};
}
