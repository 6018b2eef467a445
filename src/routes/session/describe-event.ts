// One transcript line per event: a label in the UI language and the words that were said or
// written, tagged with their language (playbook text keeps the playbook's `lang`; what the rep
// typed has no known language). Text is returned as data, never as markup.
import { m } from '$lib/paraglide/messages.js';
import type { Playbook } from '$lib/playbook/types';
import type { CallEvent } from '$lib/session/events';
import { advanceChoiceLabel, needLevelName, spinTypeLabel, stageName } from '$lib/i18n/labels';
import { buyerLineText, isBuyerLineCode } from '$lib/i18n/buyer-lines';
import { outcomeLabel } from '$lib/i18n/record-labels';

export interface EventLine {
	/** What happened, in the UI language. */
	label: string;
	/** The words involved, if any. */
	detail?: string;
	/** `lang` of `detail` when it is known (playbook text). */
	detailLang?: string;
	/** Who acted: the rep, the (scripted) buyer, or the app itself. */
	who: 'rep' | 'buyer' | 'app';
}

function find<T extends { id: string }>(items: readonly T[] | undefined, id: string | undefined) {
	return id ? items?.find((item) => item.id === id) : undefined;
}

/** Describes `event` for the transcript, looking ids up in `playbook` when it is available. */
export function describeEvent(event: CallEvent, playbook: Playbook | null): EventLine {
	const pbLang = playbook?.meta.locale;
	// Rep-typed text wins; otherwise the playbook's wording (in the playbook's language).
	const said = (typed: string | undefined, fromPlaybook: string | undefined) =>
		typed?.trim()
			? { detail: typed }
			: fromPlaybook
				? { detail: fromPlaybook, detailLang: pbLang }
				: {};
	const card = 'cardId' in event ? find(playbook?.capabilities, event.cardId) : undefined;

	switch (event.type) {
		case 'call.plan':
			return { who: 'rep', label: m.session_ev_call_plan(), detail: event.objective };
		case 'call.start':
			return { who: 'app', label: m.session_ev_call_start() };
		case 'call.pause':
			return { who: 'app', label: m.session_ev_call_pause() };
		case 'call.resume':
			return { who: 'app', label: m.session_ev_call_resume() };
		case 'stage.enter':
			return { who: 'app', label: m.session_ev_stage_enter({ stage: stageName(event.stage) }) };
		case 'spin.select':
			return {
				who: 'rep',
				label: m.session_ev_spin_select({ type: spinTypeLabel(event.spinType) })
			};
		case 'opening.do':
			return {
				who: 'rep',
				label: m.session_ev_opening_do(),
				...said(event.text, find(playbook?.opening, event.moveId)?.text)
			};
		case 'question.ask':
			return {
				who: 'rep',
				label: m.session_ev_question_ask({ type: spinTypeLabel(event.spinType) }),
				...said(event.text, find(playbook?.questions, event.questionId)?.text)
			};
		case 'answer.note':
			return { who: 'rep', label: m.session_ev_answer_note(), detail: event.text };
		case 'need.confirm':
			return {
				who: 'rep',
				label: m.session_ev_need_confirm({ level: needLevelName(event.level) }),
				...said(event.text, find(playbook?.needs, event.needId)?.text ?? event.needId)
			};
		case 'feature.present':
			return {
				who: 'rep',
				label: m.session_ev_feature_present(),
				...said(event.text, card?.feature)
			};
		case 'advantage.present':
			return {
				who: 'rep',
				label: m.session_ev_advantage_present(),
				...said(event.text, card?.advantage)
			};
		case 'benefit.state':
			return {
				who: 'rep',
				label: m.session_ev_benefit_state(),
				...said(event.text, card?.benefit)
			};
		case 'objection.raise':
			return {
				who: 'buyer',
				label: m.session_ev_objection_raise(),
				...said(event.text, find(playbook?.objections, event.objectionId)?.title)
			};
		case 'objection.answer':
			return {
				who: 'rep',
				label: m.session_ev_objection_answer(),
				...said(event.text, find(playbook?.objections, event.objectionId)?.answers[0])
			};
		case 'note.add':
			return { who: 'rep', label: m.session_ev_note_add(), detail: event.text };
		case 'summary.give':
			return {
				who: 'rep',
				label: m.session_ev_summary_give(),
				...said(event.text, playbook?.commitment.summary[0]?.text)
			};
		case 'advance.propose': {
			const fromPlaybook = find(playbook?.commitment.advances, event.advance.advanceId);
			return fromPlaybook && !event.advance.text
				? {
						who: 'rep',
						label: m.session_ev_advance_propose(),
						detail: fromPlaybook.text,
						detailLang: pbLang
					}
				: {
						who: 'rep',
						label: m.session_ev_advance_propose(),
						detail: advanceChoiceLabel(event.advance),
						...(event.advance.advanceId ? { detailLang: pbLang } : {})
					};
		}
		case 'buyer.say': {
			if (event.text)
				return {
					who: 'buyer',
					label: m.session_ev_buyer_say(),
					detail: event.text,
					detailLang: pbLang
				};
			// Generic lines in the playbook's language, as the buyer spoke them during the call.
			const code = event.code;
			const generic =
				code === undefined ? undefined : isBuyerLineCode(code) ? buyerLineText(code, pbLang) : code;
			return {
				who: 'buyer',
				label: m.session_ev_buyer_say(),
				...(generic ? { detail: generic, detailLang: pbLang } : {})
			};
		}
		case 'call.end': {
			const next = event.nextStep;
			const detail = next ? [next.text, next.date].filter(Boolean).join(' · ') : undefined;
			return {
				who: 'rep',
				label: m.session_ev_call_end({ outcome: outcomeLabel(event.outcome) }),
				...(detail ? { detail } : {})
			};
		}
		case 'review.save':
			return {
				who: 'rep',
				label: m.session_ev_review_save(),
				detail: [event.wentWell, event.toChange].filter((t) => t.trim()).join('\n')
			};
		default: {
			const type = (event as { type: string }).type;
			return { who: 'app', label: m.session_ev_unknown({ type }) };
		}
	}
}
