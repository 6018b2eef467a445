// The scripted buyer's generic lines (rehearsal only), apart from labels.ts so a live call
// never loads them: the conversation pane and the session report read them.
import { m } from '$lib/paraglide/messages.js';
import type { BuyerLineCode } from '$lib/session/buyer';

/** A message in the given locale (the lines take no params). */
type LineMessage = (
	inputs?: Record<string, never>,
	options?: { locale?: 'en' | 'zh-CN' }
) => string;

/** The scripted buyer's generic lines, by the code the buyer sends (`buyer.<code>`). */
const BUYER_LINE_TEXT = {
	'buyer.neutral': m.buyer_neutral,
	'buyer.unclear': m.buyer_unclear,
	'buyer.deflect': m.buyer_deflect,
	'buyer.not_a_problem': m.buyer_not_a_problem,
	'buyer.noted': m.buyer_noted,
	'buyer.benefit_supported': m.buyer_benefit_supported,
	'buyer.objection_acknowledged': m.buyer_objection_acknowledged,
	'buyer.objection_resolved': m.buyer_objection_resolved,
	'buyer.objection_still_open': m.buyer_objection_still_open,
	'buyer.objection_unanswered': m.buyer_objection_unanswered,
	'buyer.declined': m.buyer_declined,
	'buyer.blocked': m.buyer_blocked,
	'buyer.needs_others': m.buyer_needs_others,
	'buyer.order_too_soon': m.buyer_order_too_soon,
	'buyer.closes': m.buyer_closes,
	'buyer.summary_agreed': m.buyer_summary_agreed,
	'buyer.summary_unconvinced': m.buyer_summary_unconvinced,
	'buyer.pressed': m.buyer_pressed
} satisfies Record<BuyerLineCode, LineMessage>;

/** Whether `code` is one of the buyer's generic lines. */
export const isBuyerLineCode = (code: string): code is BuyerLineCode =>
	Object.hasOwn(BUYER_LINE_TEXT, code);

/** A generic buyer line in `locale` (the playbook's, so the buyer keeps one language). */
export const buyerLineText = (code: BuyerLineCode, locale?: string): string =>
	BUYER_LINE_TEXT[code]({}, locale ? { locale: locale as 'en' | 'zh-CN' } : undefined);
