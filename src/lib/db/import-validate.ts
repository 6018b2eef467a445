// Checks the structure of a transcript file and rebuilds it from validated fields only, so
// nothing unknown reaches the store. Collects every problem instead of stopping at the first.
import { SPIN_TYPES, TIERS } from '$lib/playbook/types';
import { OUTCOMES, STAGES } from '$lib/session/events';
import { EventError, parseEvent } from '$lib/session/validate';
import { contentHash } from './hash';
import type { ProblemList } from './import-problems';
import { LIMITS } from './import-scan';
import {
	TRANSCRIPT_FORMAT,
	TRANSCRIPT_VERSION,
	type TranscriptEvent,
	type TranscriptSession
} from './transcript-format';
import type { SessionRow } from './types';

export type Rec = Record<string, unknown>;
type Kind = 'string' | 'number' | 'int' | 'object' | 'array';

/** True for a plain JSON object. */
export const isRec = (v: unknown): v is Rec =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

function is(kind: Kind, v: unknown): boolean {
	if (kind === 'object') return isRec(v);
	if (kind === 'array') return Array.isArray(v);
	if (kind === 'int') return Number.isSafeInteger(v) && (v as number) >= 0;
	if (kind === 'number') return typeof v === 'number' && Number.isFinite(v);
	return typeof v === 'string';
}

/** Field checker bound to one object (also used by the backup sections, backup-sections.ts). */
export function fields(obj: Rec, base: string, problems: ProblemList, allowed: string[]) {
	const join = (key: string) => (base ? `${base}.${key}` : key);
	for (const key of Object.keys(obj)) {
		if (!allowed.includes(key))
			problems.add('field_unknown', join(key), `Unknown field ${join(key)}.`);
	}
	return function get(key: string, kind: Kind, optional = false, values?: readonly unknown[]) {
		const v = obj[key];
		const path = join(key);
		if (v === undefined) {
			if (!optional) problems.add('field_missing', path, `Missing field ${path}.`);
			return undefined;
		}
		if (!is(kind, v)) {
			problems.add('type_invalid', path, `${path} must be of type ${kind}.`, { expected: kind });
			return undefined;
		}
		if (values && !values.includes(v)) {
			problems.add('value_invalid', path, `${path} must be one of ${values.join(', ')}.`);
			return undefined;
		}
		return v;
	};
}

const SESSION_FIELDS = [
	'id', 'playbookId', 'playbookVersion', 'playbookHash', 'mode', 'title', 'locale', 'account',
	'startedAt', 'updatedAt', 'endedAt', 'active', 'stage', 'outcome', 'eventCount', 'counts',
	'needsExplicit', 'needsImplied', 'needs'
]; // prettier-ignore

function session(raw: Rec, base: string, problems: ProblemList): SessionRow | undefined {
	const before = problems.items.length;
	const get = fields(raw, base, problems, SESSION_FIELDS);
	const row = {
		id: get('id', 'string'),
		playbookId: get('playbookId', 'string'),
		playbookVersion: get('playbookVersion', 'string'),
		playbookHash: get('playbookHash', 'string'),
		mode: get('mode', 'string', false, ['live', 'rehearsal']),
		title: get('title', 'string'),
		locale: get('locale', 'string'),
		startedAt: get('startedAt', 'number'),
		updatedAt: get('updatedAt', 'number'),
		active: get('active', 'int', false, [0, 1]),
		stage: get('stage', 'string', false, STAGES),
		eventCount: get('eventCount', 'int'),
		needsExplicit: get('needsExplicit', 'int'),
		needsImplied: get('needsImplied', 'int')
	} as Rec;
	const endedAt = get('endedAt', 'number', true);
	if (endedAt !== undefined) row.endedAt = endedAt;
	const outcome = get('outcome', 'string', true, OUTCOMES);
	if (outcome !== undefined) row.outcome = outcome;
	const account = get('account', 'object', true) as Rec | undefined;
	if (account) {
		const a = fields(account, `${base}.account`, problems, [
			'name',
			'tier',
			'accountId',
			'attendeeIds'
		]);
		row.account = { name: a('name', 'string') };
		const tier = a('tier', 'string', true, TIERS);
		const accountId = a('accountId', 'string', true);
		if (tier !== undefined) (row.account as Rec).tier = tier;
		if (accountId !== undefined) (row.account as Rec).accountId = accountId;
		const attendees = a('attendeeIds', 'array', true) as unknown[] | undefined;
		if (attendees?.every((x) => typeof x === 'string'))
			(row.account as Rec).attendeeIds = attendees;
		else if (attendees) {
			problems.add('type_invalid', `${base}.account.attendeeIds`, 'attendeeIds must be strings.');
		}
	}
	const counts = get('counts', 'object') as Rec | undefined;
	if (counts) {
		const c = fields(counts, `${base}.counts`, problems, [...SPIN_TYPES]);
		row.counts = Object.fromEntries(SPIN_TYPES.map((t) => [t, c(t, 'int')]));
	}
	const needs = get('needs', 'array') as unknown[] | undefined;
	row.needs = (needs ?? []).map((n, i) => {
		const path = `${base}.needs[${i}]`;
		if (!isRec(n)) return problems.add('type_invalid', path, `${path} must be an object.`);
		const f = fields(n, path, problems, ['id', 'level']);
		return { id: f('id', 'string'), level: f('level', 'string', false, ['implied', 'explicit']) };
	});
	return problems.items.length === before ? (row as unknown as SessionRow) : undefined;
}

function events(raw: unknown[], sessionId: string, base: string, problems: ProblemList) {
	const out: TranscriptEvent[] = [];
	raw.forEach((entry, i) => {
		const path = `${base}[${i}]`;
		if (!isRec(entry)) return problems.add('type_invalid', path, `${path} must be an object.`);
		const get = fields(entry, path, problems, ['sessionId', 'seq', 'event']);
		const sid = get('sessionId', 'string');
		const seq = get('seq', 'int');
		if (sid !== undefined && sid !== sessionId) {
			problems.add('event_unknown_session', `${path}.sessionId`, `Event of unknown session.`, {
				sessionId: sid as string
			});
		}
		if (seq !== undefined && seq !== i + 1) {
			problems.add('seq_gap', `${path}.seq`, `Expected seq ${i + 1}, found ${seq}.`, {
				expected: i + 1,
				found: seq as number
			});
		}
		try {
			if (entry.event === undefined) throw new EventError('event_malformed', 'missing', '');
			out.push({ sessionId, seq: i + 1, event: parseEvent(entry.event) });
		} catch (error) {
			if (!(error instanceof EventError)) throw error;
			const at = error.field ? `${path}.event.${error.field}` : `${path}.event`;
			problems.add('event_invalid', at, error.message, { reason: error.code });
		}
	});
	return out;
}

/** Validated sessions of a parsed transcript file, or undefined when problems were found. */
export function validateTranscript(
	file: unknown,
	problems: ProblemList,
	/** Top-level keys of the backup sections (checked by their own modules). */
	sectionKeys: readonly string[] = []
): TranscriptSession[] | undefined {
	if (!isRec(file)) return void problems.add('format_unknown', '', 'Not a transcript file.');
	if (file.format !== TRANSCRIPT_FORMAT) {
		return void problems.add('format_unknown', 'format', 'Not a spin-coach transcript file.');
	}
	if (file.version !== TRANSCRIPT_VERSION) {
		return void problems.add('version_unsupported', 'version', 'Unsupported transcript version.', {
			version: String(file.version),
			supported: TRANSCRIPT_VERSION
		});
	}
	const get = fields(file, '', problems, [
		'format',
		'version',
		'exportedAt',
		'sessions',
		...sectionKeys
	]);
	get('exportedAt', 'string');
	const list = get('sessions', 'array') as unknown[] | undefined;
	if (!list) return undefined;
	if (list.length > LIMITS.sessions) {
		return void problems.add('too_many_items', 'sessions', 'Too many sessions.', {
			limit: LIMITS.sessions
		});
	}
	const ids = new Set<string>();
	const out: TranscriptSession[] = [];
	list.forEach((entry, i) => {
		const base = `sessions[${i}]`;
		if (!isRec(entry)) return problems.add('type_invalid', base, `${base} must be an object.`);
		const f = fields(entry, base, problems, ['session', 'playbook', 'events']);
		const rawSession = f('session', 'object') as Rec | undefined;
		const rawPlaybook = f('playbook', 'object') as Rec | undefined;
		const rawEvents = f('events', 'array') as unknown[] | undefined;
		const row = rawSession && session(rawSession, `${base}.session`, problems);
		const playbook = rawPlaybook && playbookText(rawPlaybook, `${base}.playbook`, problems);
		if (rawEvents && rawEvents.length > LIMITS.eventsPerSession) {
			return problems.add('too_many_items', `${base}.events`, 'Too many events.', {
				limit: LIMITS.eventsPerSession
			});
		}
		// Events are checked even when the summary is broken, so one pass reports both.
		const sessionId = typeof rawSession?.id === 'string' ? rawSession.id : '';
		const checked = rawEvents && events(rawEvents, sessionId, `${base}.events`, problems);
		if (!row || !playbook || !checked || !rawEvents) return;
		if (ids.has(row.id)) {
			problems.add('session_duplicate', `${base}.session.id`, 'Session appears twice.', {
				id: row.id
			});
		}
		ids.add(row.id);
		if (row.playbookHash !== playbook.hash) {
			problems.add(
				'playbook_hash_mismatch',
				`${base}.session.playbookHash`,
				'Session names another playbook text.'
			);
		}
		if (rawEvents.length !== row.eventCount) {
			problems.add(
				'event_count_mismatch',
				`${base}.events`,
				'Event count differs from the summary.',
				{
					expected: row.eventCount,
					found: rawEvents.length
				}
			);
		}
		out.push({ session: row, playbook, events: checked });
	});
	return problems.items.length === 0 ? out : undefined;
}

function playbookText(raw: Rec, base: string, problems: ProblemList) {
	const get = fields(raw, base, problems, ['hash', 'text', 'playbookId', 'version']);
	const [hash, text, playbookId, version] = (
		['hash', 'text', 'playbookId', 'version'] as const
	).map((k) => get(k, 'string') as string | undefined);
	if (
		hash === undefined ||
		text === undefined ||
		playbookId === undefined ||
		version === undefined
	) {
		return undefined;
	}
	if (contentHash(text) !== hash) {
		problems.add(
			'playbook_hash_mismatch',
			`${base}.hash`,
			'Playbook text does not match its hash.'
		);
		return undefined;
	}
	return { hash, text, playbookId, version };
}
