// Account codes as text in the UI language, each through one typed table so a code without a
// message fails the type check.
import { m } from '$lib/paraglide/messages.js';
import type { FileField, FileGroup } from '$lib/accounts/account-file';
import type { Cadence, CadencePeriod } from '$lib/accounts/cadence';
import type { CutReason } from '$lib/accounts/cut-list';
import type { EffortArea } from '$lib/accounts/effort';
import type { Attitude, CompetitorInside, InsideHelp, PersonRole } from '$lib/accounts/people';
import type { KeyMark, TierReason } from '$lib/accounts/tier-suggest';
import type { FieldError } from '$lib/accounts/validate';

const FILE_FIELD_TEXT = {
	jobTitle: m.file_field_jobTitle,
	companyAddress: m.file_field_companyAddress,
	homeAddress: m.file_field_homeAddress,
	phones: m.file_field_phones,
	email: m.file_field_email,
	birth: m.file_field_birth,
	physical: m.file_field_physical,
	schooling: m.file_field_schooling,
	languages: m.file_field_languages,
	marriage: m.file_field_marriage,
	spouse: m.file_field_spouse,
	anniversary: m.file_field_anniversary,
	children: m.file_field_children,
	childrenInterests: m.file_field_childrenInterests,
	previousJob: m.file_field_previousJob,
	currentRole: m.file_field_currentRole,
	viewOfEmployer: m.file_field_viewOfEmployer,
	relationsAtWork: m.file_field_relationsAtWork,
	personalGoals: m.file_field_personalGoals,
	clubs: m.file_field_clubs,
	community: m.file_field_community,
	religion: m.file_field_religion,
	topicsToAvoid: m.file_field_topicsToAvoid,
	favouriteTopics: m.file_field_favouriteTopics,
	health: m.file_field_health,
	drinking: m.file_field_drinking,
	smoking: m.file_field_smoking,
	phoneModel: m.file_field_phoneModel,
	food: m.file_field_food,
	reading: m.file_field_reading,
	car: m.file_field_car,
	viewOfUs: m.file_field_viewOfUs
} satisfies Record<FileField, () => string>;

const FILE_GROUP_TEXT = {
	person: m.file_group_person,
	education: m.file_group_education,
	family: m.file_group_family,
	career: m.file_group_career,
	interests: m.file_group_interests,
	lifestyle: m.file_group_lifestyle,
	relationship: m.file_group_relationship
} satisfies Record<FileGroup, () => string>;

const ROLE_TEXT = {
	decisionMaker: m.person_role_decisionMaker,
	influencer: m.person_role_influencer,
	user: m.person_role_user,
	gatekeeper: m.person_role_gatekeeper
} satisfies Record<PersonRole, () => string>;

const ATTITUDE_TEXT = {
	supporter: m.person_attitude_supporter,
	neutral: m.person_attitude_neutral,
	sceptic: m.person_attitude_sceptic,
	opponent: m.person_attitude_opponent
} satisfies Record<Attitude, () => string>;

const HELP_TEXT = {
	background: m.person_help_background,
	progress: m.person_help_progress,
	advice: m.person_help_advice,
	doors: m.person_help_doors
} satisfies Record<InsideHelp, () => string>;

const COMPETITOR_TEXT = {
	unknown: m.account_competitor_unknown,
	yes: m.account_competitor_yes,
	no: m.account_competitor_no
} satisfies Record<CompetitorInside, () => string>;

const MARK_TEXT = {
	profitShare: m.account_mark_profitShare,
	decisive: m.account_mark_decisive,
	lossHurts: m.account_mark_lossHurts,
	longStable: m.account_mark_longStable,
	growth: m.account_mark_growth,
	timeSpent: m.account_mark_timeSpent
} satisfies Record<KeyMark, () => string>;

const CUT_TEXT = {
	brokeWord: m.account_cut_brokeWord,
	noProfit: m.account_cut_noProfit,
	abusive: m.account_cut_abusive,
	other: m.account_cut_other
} satisfies Record<CutReason, () => string>;

const PERIOD_TEXT = {
	week: m.cadence_per_week,
	month: m.cadence_per_month,
	quarter: m.cadence_per_quarter
} satisfies Record<CadencePeriod, (p: { visits: number }) => string>;

const FIELD_ERROR_TEXT = {
	name_required: m.form_error_name_required,
	name_too_long: m.form_error_name_too_long,
	number_invalid: m.form_error_number_invalid,
	cadence_invalid: m.form_error_cadence_invalid,
	date_invalid: m.form_error_date_invalid,
	text_too_long: m.form_error_text_too_long
} satisfies Record<FieldError, () => string>;

const TIER_REASON_TEXT = {
	no_profit: m.tier_reason_no_profit,
	marks_platinum: m.tier_reason_marks_platinum,
	marks_gold: m.tier_reason_marks_gold,
	marks_few: m.tier_reason_marks_few,
	profit_top: m.tier_reason_profit_top,
	profit_not_top: m.tier_reason_profit_not_top,
	profit_unknown: m.tier_reason_profit_unknown
} satisfies Record<TierReason, (p: { marks: number }) => string>;

const EFFORT_TEXT = {
	relationship: m.effort_relationship,
	needs: m.effort_needs,
	benefits: m.effort_benefits,
	closing: m.effort_closing
} satisfies Record<EffortArea, () => string>;

/** A field of the account file. */
export const fileFieldText = (f: FileField) => FILE_FIELD_TEXT[f]();
/** A group of the account file. */
export const fileGroupText = (g: FileGroup) => FILE_GROUP_TEXT[g]();
/** A person's role in this sale. */
export const roleText = (r: PersonRole) => ROLE_TEXT[r]();
/** A person's attitude to us. */
export const attitudeText = (a: Attitude) => ATTITUDE_TEXT[a]();
/** What an inside contact helps with. */
export const helpText = (h: InsideHelp) => HELP_TEXT[h]();
/** Whether a competitor has an inside contact. */
export const competitorText = (c: CompetitorInside) => COMPETITOR_TEXT[c]();
/** One of the six marks of a key account. */
export const markText = (k: KeyMark) => MARK_TEXT[k]();
/** Why an account was cut. */
export const cutText = (c: CutReason) => CUT_TEXT[c]();
/** A form check's message. */
export const fieldErrorText = (e: FieldError | undefined) =>
	e ? FIELD_ERROR_TEXT[e]() : undefined;
/** A reason behind a tier suggestion. */
export const tierReasonText = (r: TierReason, marks: number) => TIER_REASON_TEXT[r]({ marks });
/** An effort area. */
export const effortText = (a: EffortArea) => EFFORT_TEXT[a]();

/** A cadence such as "2 a month" / "每月 2 次"; no cadence is "no scheduled visits". */
export function cadenceText(c: Cadence | null): string {
	return c ? PERIOD_TEXT[c.per]({ visits: c.visits }) : m.cadence_none();
}

const DAY_MS = 86_400_000;

/** A local day number as a date in the UI language ("Thu, 10 Dec 2026"). */
export function formatDay(day: number, locale: string, style: 'long' | 'short' = 'long'): string {
	return new Intl.DateTimeFormat(locale, {
		timeZone: 'UTC',
		...(style === 'long'
			? { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }
			: { weekday: 'short', month: 'numeric', day: 'numeric' })
	}).format(day * DAY_MS);
}

/** A money figure in the UI language's grouping. */
export function formatAmount(value: number, locale: string): string {
	return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** A share 0..1 as a whole percentage. */
export function formatShare(share: number, locale: string): string {
	return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
		share
	);
}

/** The rep's time zone (the browser's). */
export function localTimeZone(): string {
	return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
