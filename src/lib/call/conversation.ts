// The rehearsal's conversation pane, read from the log: what the rep said (a question, a card,
// a proposal) and what the scripted buyer answered. Generic buyer lines arrive as codes and are
// spoken in the playbook's language, so the buyer never switches language mid-call.
import type { Playbook } from '$lib/playbook/types';
import type { CallEvent } from '$lib/session/events';
import { buyerLineText, isBuyerLineCode } from '$lib/i18n/buyer-lines';

export interface ConversationLine {
	who: 'rep' | 'buyer';
	text: string;
}

/** The lines of a rehearsal so far, oldest first. */
export function conversationLines(
	events: readonly CallEvent[],
	playbook: Playbook
): ConversationLine[] {
	const locale = playbook.meta.locale;
	const card = (id: string | undefined) => playbook.capabilities.find((c) => c.id === id);
	const lines: ConversationLine[] = [];
	const rep = (text: string | undefined) => {
		if (text) lines.push({ who: 'rep', text });
	};
	for (const e of events) {
		switch (e.type) {
			case 'question.ask':
				rep(e.text ?? playbook.questions.find((q) => q.id === e.questionId)?.text);
				break;
			case 'feature.present':
				rep(e.text ?? card(e.cardId)?.feature);
				break;
			case 'advantage.present':
				rep(e.text ?? card(e.cardId)?.advantage);
				break;
			case 'benefit.state':
				rep(e.text ?? card(e.cardId)?.benefit);
				break;
			case 'objection.answer':
				rep(e.text ?? playbook.objections.find((o) => o.id === e.objectionId)?.answers[0]);
				break;
			case 'summary.give':
				rep(e.text ?? playbook.commitment.summary[0]?.text);
				break;
			case 'advance.propose':
				rep(
					e.advance.text ??
						playbook.commitment.advances.find((a) => a.id === e.advance.advanceId)?.text ??
						playbook.commitment.questions[0]?.text
				);
				break;
			case 'buyer.say': {
				// A code this build does not know (a log from a newer one) says nothing rather than a key.
				const code = e.code !== undefined && isBuyerLineCode(e.code) ? e.code : undefined;
				const text = e.text || (code ? buyerLineText(code, locale) : '');
				if (text) lines.push({ who: 'buyer', text });
				break;
			}
		}
	}
	return lines;
}
