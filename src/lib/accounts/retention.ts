// Keeping the account: the domain text's one deep communication, two alignments and four
// guarantees, and the "at risk" judgement read from them (docs/account-health.md#retention).
import { addDays, daysBetween, isIsoDay, type IsoDay } from './days';

/** The four ways of deep communication. */
export const COMMUNICATION_ITEMS = ['team', 'meetings', 'surveys', 'visits'] as const;
export type CommunicationItem = (typeof COMMUNICATION_ITEMS)[number];

/** The two alignments: with their needs, with their strategy. */
export const ALIGNMENTS = ['needs', 'strategy'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];

/** The four guarantees. */
export const GUARANTEES = ['product', 'service', 'people', 'value'] as const;
export type Guarantee = (typeof GUARANTEES)[number];

export const LIGHTS = ['green', 'amber', 'red'] as const;
export type Light = (typeof LIGHTS)[number];

export interface CommunicationEntry {
	/** Last time it happened, `YYYY-MM-DD`. */
	last?: IsoDay;
	/** How often it should happen. */
	everyDays: number;
}

export interface AlignmentEntry {
	note: string;
	on: IsoDay;
}

export interface GuaranteeEntry {
	light: Light;
	reason: string;
	on?: IsoDay;
}

export interface RetentionCheck {
	communication: Partial<Record<CommunicationItem, CommunicationEntry>>;
	alignments: Partial<Record<Alignment, AlignmentEntry>>;
	guarantees: Partial<Record<Guarantee, GuaranteeEntry>>;
}

/**
 * How often each kind of contact is due unless the user changes it: the team reviews the account
 * each quarter, a meeting each month, a survey twice a year; visits follow the tier's cadence.
 */
export const DEFAULT_EVERY_DAYS: Record<CommunicationItem, number> = {
	team: 90,
	meetings: 30,
	surveys: 180,
	visits: 15
};

/** Days between visits for each tier's cadence (2 a week, 2 a month, 2 a quarter; lead: none). */
export const TIER_VISIT_DAYS = { platinum: 4, gold: 15, iron: 45, lead: undefined } as const;

/** A note on an alignment older than this many days is overdue for another look. */
export const ALIGNMENT_REVIEW_DAYS = 180;

/** Days before a due date from which it shows as "due soon". */
export const DUE_SOON_DAYS = 7;

export type DueState = 'never' | 'ok' | 'soon' | 'overdue';

export interface DueStatus {
	state: DueState;
	/** Next due day; absent when it never happened. */
	next?: IsoDay;
	/** Days past the due day (0 unless overdue). */
	overdueDays: number;
}

/** When a communication item is next due, and whether it is late on `today`. */
export function communicationDue(entry: CommunicationEntry | undefined, today: IsoDay): DueStatus {
	if (!entry?.last || !isIsoDay(entry.last)) return { state: 'never', overdueDays: 0 };
	const every = entry.everyDays > 0 ? entry.everyDays : 1;
	const next = addDays(entry.last, every);
	const left = daysBetween(today, next);
	if (left < 0) return { state: 'overdue', next, overdueDays: -left };
	return { state: left <= DUE_SOON_DAYS ? 'soon' : 'ok', next, overdueDays: 0 };
}

/** When an alignment note is due for review, and whether it is late on `today`. */
export function alignmentDue(entry: AlignmentEntry | undefined, today: IsoDay): DueStatus {
	if (!entry || !isIsoDay(entry.on)) return { state: 'never', overdueDays: 0 };
	return communicationDue({ last: entry.on, everyDays: ALIGNMENT_REVIEW_DAYS }, today);
}

export type RiskReason =
	| { code: 'guaranteeRed'; item: Guarantee; reason: string }
	| { code: 'communicationOverdue'; item: CommunicationItem; days: number }
	| { code: 'alignmentOverdue'; item: Alignment; days: number };

export interface Risk {
	atRisk: boolean;
	reasons: RiskReason[];
}

/**
 * An account is at risk when a guarantee is red or a communication or alignment is overdue.
 * Checks never done are not counted: they say nothing yet (the screen shows them as "not yet").
 */
export function retentionRisk(check: RetentionCheck | undefined, today: IsoDay): Risk {
	if (!check) return { atRisk: false, reasons: [] };
	const reasons: RiskReason[] = [];
	for (const item of GUARANTEES) {
		const g = check.guarantees[item];
		if (g?.light === 'red') reasons.push({ code: 'guaranteeRed', item, reason: g.reason });
	}
	for (const item of COMMUNICATION_ITEMS) {
		const due = communicationDue(check.communication[item], today);
		if (due.state === 'overdue')
			reasons.push({ code: 'communicationOverdue', item, days: due.overdueDays });
	}
	for (const item of ALIGNMENTS) {
		const due = alignmentDue(check.alignments[item], today);
		if (due.state === 'overdue')
			reasons.push({ code: 'alignmentOverdue', item, days: due.overdueDays });
	}
	return { atRisk: reasons.length > 0, reasons };
}

/** Sort order for visits due: at-risk accounts first, the most reasons (then longest late) first. */
export function compareRisk(a: Risk, b: Risk): number {
	if (a.atRisk !== b.atRisk) return a.atRisk ? -1 : 1;
	if (a.reasons.length !== b.reasons.length) return b.reasons.length - a.reasons.length;
	return lateness(b) - lateness(a);
}

const lateness = (r: Risk) =>
	r.reasons.reduce((sum, x) => sum + (x.code === 'guaranteeRed' ? 0 : x.days), 0);

/** The check with the survey item's last date moved up to the latest survey taken, if later. */
export function withLatestSurvey(
	check: RetentionCheck,
	latestSurvey: IsoDay | undefined
): RetentionCheck {
	const entry = check.communication.surveys;
	if (!latestSurvey || (entry?.last && entry.last >= latestSurvey)) return check;
	return {
		...check,
		communication: {
			...check.communication,
			surveys: { everyDays: entry?.everyDays ?? DEFAULT_EVERY_DAYS.surveys, last: latestSurvey }
		}
	};
}
