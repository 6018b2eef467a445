// The planning form's values, checks and the `call.plan` event they become. Pure, so the rules
// are tested without a browser. Errors are codes; the page maps them to messages.
import type { Playbook, Tier } from '$lib/playbook/types';
import { TIERS } from '$lib/playbook/types';
import type { AdvanceChoice, CallMode, EventOf } from '$lib/session/events';
import { participantKey, scriptParticipants } from '$lib/session/buyer-advance';

/** The `call.plan` event before the one event path stamps it (session/record.ts). */
export type PlanBody = Omit<EventOf<'call.plan'>, 'v' | 'at'>;

/** Advance kinds offered when the playbook's own advances do not fit. */
export const GENERIC_ADVANCE_KINDS = ['demo', 'training', 'seniorMeeting'] as const;

/** A `<select>` value: `pb:<advance id>`, `kind:<kind>`, `own`, or '' (nothing chosen). */
export type AdvanceOption = string;

export interface PlanForm {
	mode: CallMode;
	objective: string;
	primary: AdvanceOption;
	primaryOwn: string;
	fallback: AdvanceOption;
	fallbackOwn: string;
	accountName: string;
	tier: Tier | '';
	/** The stored account the call is planned from, if any. */
	accountId?: string;
	/** Its people who will be in the meeting. */
	attendeeIds?: string[];
	/** Who of the people the buyer script involves the rep will have there (rehearsal). */
	inRoom?: string[];
}

export type PlanField = 'objective' | 'primary' | 'primaryOwn' | 'fallback' | 'fallbackOwn';
export type PlanErrorCode =
	'objective_required' | 'primary_required' | 'own_required' | 'fallback_same';
export type PlanErrors = Partial<Record<PlanField, PlanErrorCode>>;

/** Starting values: the mode asked for and the playbook's first advance as the primary. */
export function initialPlanForm(playbook: Playbook, mode: CallMode): PlanForm {
	const first = playbook.commitment.advances[0];
	return {
		mode,
		objective: '',
		primary: first ? `pb:${first.id}` : '',
		primaryOwn: '',
		fallback: '',
		fallbackOwn: '',
		accountName: '',
		tier: '',
		inRoom: []
	};
}

/** The advance an option stands for, or undefined when none (or an unknown one) is chosen. */
export function advanceFromOption(
	playbook: Playbook,
	option: AdvanceOption,
	ownText: string
): AdvanceChoice | undefined {
	if (option === 'own') {
		const text = ownText.trim();
		return text ? { kind: 'other', text } : undefined;
	}
	if (option.startsWith('pb:')) {
		const advance = playbook.commitment.advances.find((a) => a.id === option.slice(3));
		return advance ? { kind: advance.kind, advanceId: advance.id, text: advance.text } : undefined;
	}
	const kind = option.slice('kind:'.length);
	if (option.startsWith('kind:') && (GENERIC_ADVANCE_KINDS as readonly string[]).includes(kind)) {
		return { kind: kind as AdvanceChoice['kind'] };
	}
	return undefined;
}

function sameAdvance(a: AdvanceChoice, b: AdvanceChoice): boolean {
	if (a.advanceId || b.advanceId) return a.advanceId === b.advanceId;
	return a.kind === b.kind && (a.text ?? '').toLowerCase() === (b.text ?? '').toLowerCase();
}

/** Every problem with the form, keyed by field; empty when it can start a call. */
export function validatePlan(playbook: Playbook, form: PlanForm): PlanErrors {
	const errors: PlanErrors = {};
	if (!form.objective.trim()) errors.objective = 'objective_required';
	const primary = advanceFromOption(playbook, form.primary, form.primaryOwn);
	if (form.primary === 'own' && !form.primaryOwn.trim()) errors.primaryOwn = 'own_required';
	else if (!primary) errors.primary = 'primary_required';
	if (form.fallback) {
		const fallback = advanceFromOption(playbook, form.fallback, form.fallbackOwn);
		if (form.fallback === 'own' && !form.fallbackOwn.trim()) errors.fallbackOwn = 'own_required';
		else if (primary && fallback && sameAdvance(primary, fallback))
			errors.fallback = 'fallback_same';
	}
	return errors;
}

/** The body of the `call.plan` event for a valid form (call `validatePlan` first). */
export function planEvent(playbook: Playbook, form: PlanForm): PlanBody {
	const primary = advanceFromOption(playbook, form.primary, form.primaryOwn);
	if (!primary) throw new Error('planEvent: the form has no valid primary advance');
	const event: PlanBody = {
		type: 'call.plan',
		mode: form.mode,
		playbookId: playbook.meta.id,
		objective: form.objective.trim(),
		primaryAdvance: primary
	};
	const fallback = form.fallback
		? advanceFromOption(playbook, form.fallback, form.fallbackOwn)
		: undefined;
	if (fallback) event.fallbackAdvance = fallback;
	const name = form.accountName.trim();
	const tier = (TIERS as readonly string[]).includes(form.tier) ? (form.tier as Tier) : undefined;
	if (name || tier || form.accountId) {
		event.account = { name, ...(tier ? { tier } : {}) };
		if (form.accountId) event.account.accountId = form.accountId;
		if (form.accountId && form.attendeeIds?.length)
			event.account.attendeeIds = [...form.attendeeIds];
	}
	const inRoom = scriptParticipants(playbook).filter((name) =>
		(form.inRoom ?? []).some((picked) => participantKey(picked) === participantKey(name))
	);
	if (inRoom.length) event.inRoom = inRoom;
	return event;
}

/** The part of a person that can say they are someone the script involves. */
export interface AttendeeLike {
	id: string;
	name: string;
	jobTitle?: string;
}

/**
 * The script's participants that a picked attendee stands for: their job title or name holds the
 * participant's words or the other way round ("Chief Financial Officer (CFO)" is "the CFO").
 */
export function participantsAmong(
	participants: readonly string[],
	people: readonly AttendeeLike[],
	attendeeIds: readonly string[]
): Map<string, string> {
	const found = new Map<string, string>();
	const picked = people.filter((p) => attendeeIds.includes(p.id));
	for (const name of participants) {
		const key = participantKey(name);
		const who = picked.find((p) =>
			[p.jobTitle, p.name].some((words) => {
				const k = participantKey(words ?? '');
				return k.length > 1 && key.length > 1 && (k.includes(key) || key.includes(k));
			})
		);
		if (who) found.set(name, who.name);
	}
	return found;
}

/** The call mode a query parameter asks for; rehearsal unless it says `live`. */
export function modeFromQuery(value: string | null): CallMode {
	return value === 'live' ? 'live' : 'rehearsal';
}
