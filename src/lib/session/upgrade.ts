// Old logs must keep replaying: each upgrader lifts an event from version n to n + 1, and
// `upgradeEvent` chains them up to EVENT_SCHEMA_VERSION. Only v1 exists today, so the chain is
// empty, but the path is exercised by the frozen fixture in tests/fixtures/session/.
import { EventError } from './event-error';
import { EVENT_SCHEMA_VERSION } from './events';

/** The oldest event version this build can still read. */
export const OLDEST_EVENT_VERSION = 1;

type Upgrader = (event: Record<string, unknown>) => Record<string, unknown>;

// UPGRADERS[n] turns a version-n event into a version-(n + 1) event. Append only.
const UPGRADERS: Record<number, Upgrader> = {};

/** Lift a raw event of any supported version to the current one (never mutates the input). */
export function upgradeEvent(raw: unknown): Record<string, unknown> & { v: number } {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
		throw new EventError('event_malformed', 'An event must be an object.');
	const event = raw as Record<string, unknown>;
	const v = event.v;
	if (
		typeof v !== 'number' ||
		!Number.isInteger(v) ||
		v < OLDEST_EVENT_VERSION ||
		v > EVENT_SCHEMA_VERSION
	)
		throw new EventError(
			'event_version_unsupported',
			`Event field "v" is ${JSON.stringify(v)}; this build reads versions ${OLDEST_EVENT_VERSION} to ${EVENT_SCHEMA_VERSION}.`,
			'v'
		);
	let current = event;
	for (let from = v; from < EVENT_SCHEMA_VERSION; from++) {
		const upgrader = UPGRADERS[from];
		if (!upgrader)
			throw new EventError(
				'event_version_unsupported',
				`No upgrade from event version ${from}.`,
				'v'
			);
		current = { ...upgrader(current), v: from + 1 };
	}
	return current as Record<string, unknown> & { v: number };
}
