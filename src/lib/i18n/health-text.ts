// Words for the account-health codes (docs/account-health.md): signals, readings and what to ask,
// cannot-compute reasons, dossier sections, plan parts, retention items and risk reasons. Each
// family is one typed table, so a code without words fails the type check.
import { m } from '$lib/paraglide/messages.js';
import type { DossierSection, LinkRole } from '$lib/accounts/dossier';
import type { InputField, Signal, SignalResult } from '$lib/accounts/financials';
import type { Level, ReadingCode } from '$lib/accounts/readings';
import type {
	Alignment,
	CommunicationItem,
	Guarantee,
	Light,
	RiskReason
} from '$lib/accounts/retention';
import type { MilestoneStatus, PlanPart } from '$lib/accounts/service-plan';
import type { SurveyQuestion } from '$lib/accounts/survey';
import type { Trend } from '$lib/accounts/trend';

type Text = () => string;
type Params = { value: string; limit: string };

export const SIGNAL_TEXT = {
	currentRatio: m.health_signal_currentRatio,
	netMargin: m.health_signal_netMargin,
	returnOnAssets: m.health_signal_returnOnAssets,
	collectionDays: m.health_signal_collectionDays,
	inventoryTurnover: m.health_signal_inventoryTurnover
} satisfies Record<Signal, Text>;

export const INPUT_TEXT = {
	currentAssets: m.health_input_currentAssets,
	currentLiabilities: m.health_input_currentLiabilities,
	revenue: m.health_input_revenue,
	netIncome: m.health_input_netIncome,
	totalAssets: m.health_input_totalAssets,
	totalLiabilities: m.health_input_totalLiabilities,
	receivables: m.health_input_receivables,
	costOfSales: m.health_input_costOfSales,
	inventory: m.health_input_inventory
} satisfies Record<InputField, Text>;

/** A reading's sentence and the question it suggests for the next call. */
const READING_TEXT = {
	'currentRatio.warnWorsening': [m.health_reading_currentRatio_warnWorsening, m.health_ask_currentRatio_warnWorsening],
	'currentRatio.warn': [m.health_reading_currentRatio_warn, m.health_ask_currentRatio_warn],
	'currentRatio.worsening': [m.health_reading_currentRatio_worsening, m.health_ask_currentRatio_worsening],
	'currentRatio.ok': [m.health_reading_currentRatio_ok, m.health_ask_currentRatio_ok],
	'netMargin.warnWorsening': [m.health_reading_netMargin_warnWorsening, m.health_ask_netMargin_warnWorsening],
	'netMargin.warn': [m.health_reading_netMargin_warn, m.health_ask_netMargin_warn],
	'netMargin.worsening': [m.health_reading_netMargin_worsening, m.health_ask_netMargin_worsening],
	'netMargin.ok': [m.health_reading_netMargin_ok, m.health_ask_netMargin_ok],
	'returnOnAssets.warnWorsening': [m.health_reading_returnOnAssets_warnWorsening, m.health_ask_returnOnAssets_warnWorsening],
	'returnOnAssets.warn': [m.health_reading_returnOnAssets_warn, m.health_ask_returnOnAssets_warn],
	'returnOnAssets.worsening': [m.health_reading_returnOnAssets_worsening, m.health_ask_returnOnAssets_worsening],
	'returnOnAssets.ok': [m.health_reading_returnOnAssets_ok, m.health_ask_returnOnAssets_ok],
	'collectionDays.warnWorsening': [m.health_reading_collectionDays_warnWorsening, m.health_ask_collectionDays_warnWorsening],
	'collectionDays.warn': [m.health_reading_collectionDays_warn, m.health_ask_collectionDays_warn],
	'collectionDays.worsening': [m.health_reading_collectionDays_worsening, m.health_ask_collectionDays_worsening],
	'collectionDays.ok': [m.health_reading_collectionDays_ok, m.health_ask_collectionDays_ok],
	'inventoryTurnover.warnWorsening': [m.health_reading_inventoryTurnover_warnWorsening, m.health_ask_inventoryTurnover_warnWorsening],
	'inventoryTurnover.warn': [m.health_reading_inventoryTurnover_warn, m.health_ask_inventoryTurnover_warn],
	'inventoryTurnover.worsening': [m.health_reading_inventoryTurnover_worsening, m.health_ask_inventoryTurnover_worsening],
	'inventoryTurnover.ok': [m.health_reading_inventoryTurnover_ok, m.health_ask_inventoryTurnover_ok]
} satisfies Record<ReadingCode, [(p: Params) => string, Text]>; // prettier-ignore

/** The reading's sentence and its question for the next call. */
export function readingText(code: ReadingCode, params: Params): { text: string; ask: string } {
	const [text, ask] = READING_TEXT[code];
	return { text: text(params), ask: ask() };
}

// Building an Intl formatter costs far more than formatting; a chart table formats every period.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, digits: number, percent = false): Intl.NumberFormat {
	const key = `${locale}:${digits}:${percent}`;
	let f = numberFormats.get(key);
	if (!f) {
		f = new Intl.NumberFormat(locale, {
			maximumFractionDigits: digits,
			...(percent ? { style: 'percent' } : {})
		});
		numberFormats.set(key, f);
	}
	return f;
}

/** A signal's value in the UI language: ratio, percentage, days or turns a year. */
export function formatSignal(signal: Signal, value: number, locale: string): string {
	const n = (v: number, digits: number) => numberFormat(locale, digits).format(v);
	if (signal === 'netMargin' || signal === 'returnOnAssets')
		return numberFormat(locale, 1, true).format(value);
	if (signal === 'collectionDays') return m.health_value_days({ n: n(value, 0) });
	if (signal === 'inventoryTurnover') return m.health_value_times({ n: n(value, 1) });
	return n(value, 2);
}

/** Why a signal cannot be computed, in the UI language, and what to ask about it if anything. */
export function cannotText(
	result: Exclude<SignalResult, { kind: 'value' }>,
	locale: string
): { text: string; ask?: string } {
	switch (result.kind) {
		case 'missing': {
			const fields = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
				result.fields.map((f) => INPUT_TEXT[f]())
			);
			return { text: m.health_cannot_missing({ fields }) };
		}
		case 'zeroDivisor':
			return { text: m.health_cannot_zeroDivisor({ field: INPUT_TEXT[result.field]() }) };
		case 'negativeInput':
			return { text: m.health_cannot_negativeInput({ field: INPUT_TEXT[result.field]() }) };
		case 'negativeEquity':
			return { text: m.health_cannot_negativeEquity(), ask: m.health_ask_negativeEquity() };
	}
}

export const LEVEL_TEXT = {
	warn: m.health_level_warn,
	watch: m.health_level_watch,
	ok: m.health_level_ok
} satisfies Record<Level, Text>;

export const TREND_TEXT = {
	better: m.health_trend_better,
	worse: m.health_trend_worse,
	same: m.health_trend_same,
	unknown: m.health_trend_unknown
} satisfies Record<Trend['change'], Text>;

export const SECTION_TEXT = {
	basics: [m.competitor_section_basics, m.competitor_hint_basics],
	size: [m.competitor_section_size, m.competitor_hint_size],
	finances: [m.competitor_section_finances, m.competitor_hint_finances],
	pricing: [m.competitor_section_pricing, m.competitor_hint_pricing],
	positioning: [m.competitor_section_positioning, m.competitor_hint_positioning],
	service: [m.competitor_section_service, m.competitor_hint_service],
	image: [m.competitor_section_image, m.competitor_hint_image],
	news: [m.competitor_section_news, m.competitor_hint_news],
	headToHead: [m.competitor_section_headToHead, m.competitor_hint_headToHead],
	counterMeasures: [m.competitor_section_counterMeasures, m.competitor_hint_counterMeasures]
} satisfies Record<DossierSection, [Text, Text]>;

export const ROLE_TEXT = {
	incumbent: m.health_link_role_incumbent,
	challenger: m.health_link_role_challenger
} satisfies Record<LinkRole, Text>;

export const PART_TEXT = {
	situation: m.health_plan_part_situation,
	team: m.health_plan_part_team,
	goals: m.health_plan_part_goals,
	tasks: m.health_plan_part_tasks,
	timing: m.health_plan_part_timing,
	resources: m.health_plan_part_resources,
	feedback: m.health_plan_part_feedback,
	measures: m.health_plan_part_measures
} satisfies Record<PlanPart, Text>;

export const MILESTONE_TEXT = {
	done: m.health_plan_status_done,
	overdue: m.health_plan_status_overdue,
	soon: m.health_plan_status_soon,
	later: m.health_plan_status_later
} satisfies Record<MilestoneStatus, Text>;

export const COMMUNICATION_TEXT = {
	team: m.health_ret_comm_team,
	meetings: m.health_ret_comm_meetings,
	surveys: m.health_ret_comm_surveys,
	visits: m.health_ret_comm_visits
} satisfies Record<CommunicationItem, Text>;

export const ALIGNMENT_TEXT = {
	needs: m.health_ret_align_needs,
	strategy: m.health_ret_align_strategy
} satisfies Record<Alignment, Text>;

export const GUARANTEE_TEXT = {
	product: m.health_ret_guar_product,
	service: m.health_ret_guar_service,
	people: m.health_ret_guar_people,
	value: m.health_ret_guar_value
} satisfies Record<Guarantee, Text>;

export const LIGHT_TEXT = {
	green: m.health_ret_light_green,
	amber: m.health_ret_light_amber,
	red: m.health_ret_light_red
} satisfies Record<Light, Text>;

export const QUESTION_TEXT = {
	product: m.health_survey_q_product,
	service: m.health_survey_q_service,
	people: m.health_survey_q_people,
	value: m.health_survey_q_value,
	continue: m.health_survey_q_continue
} satisfies Record<SurveyQuestion, Text>;

/** Why an account is at risk, in the UI language. */
export function riskText(r: RiskReason): string {
	switch (r.code) {
		case 'guaranteeRed':
			return m.health_risk_guaranteeRed({ item: GUARANTEE_TEXT[r.item](), reason: r.reason });
		case 'communicationOverdue':
			return m.health_risk_communicationOverdue({
				item: COMMUNICATION_TEXT[r.item](),
				days: r.days
			});
		case 'alignmentOverdue':
			return m.health_risk_alignmentOverdue({ item: ALIGNMENT_TEXT[r.item](), days: r.days });
	}
}
