// Checks one untrusted event (from storage, an import, another tab) against the CallEvent
// contract. Strict on purpose: a field the contract does not know is an error, not something
// to drop quietly, so a log is either replayed exactly or refused with a reason.
import { ADVANCE_KINDS, SPIN_TYPES, TIERS } from '$lib/playbook/types';
import type { CallEvent, CallEventType, EventOf } from './events';
import { EventError } from './event-error';
import { EVENT_SCHEMA_VERSION, OUTCOMES, STAGES } from './events';
import { upgradeEvent } from './upgrade';

export { EventError } from './event-error';
export type { EventErrorCode } from './event-error';

type Check = (value: unknown, field: string) => void;
type Shape = Record<string, { check: Check; optional?: boolean }>;

const fail = (field: string, expected: string): never => {
	throw new EventError('event_malformed', `Event field "${field}" must be ${expected}.`, field);
};
const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

const str: Check = (v, f) => void (typeof v !== 'string' && fail(f, 'a string'));
const time: Check = (v, f) =>
	void ((typeof v !== 'number' || !Number.isFinite(v)) && fail(f, 'a finite number'));
const num: Check = (v, f) =>
	void ((typeof v !== 'number' || !Number.isFinite(v)) && fail(f, 'a finite number'));
const strings: Check = (v, f) => {
	if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) fail(f, 'an array of strings');
};
const oneOf =
	(values: readonly string[]): Check =>
	(v, f) =>
		void ((typeof v !== 'string' || !values.includes(v)) && fail(f, `one of ${values.join(', ')}`));
const object =
	(shape: Shape): Check =>
	(v, f) => {
		if (!isRecord(v)) fail(f, 'an object');
		checkShape(v as Record<string, unknown>, shape, `${f}.`);
	};

const req = (check: Check) => ({ check, optional: false as const });
const opt = (check: Check) => ({ check, optional: true as const });

// Typed against events.ts: a field added there (or made optional) and not here is a compile
// error, so the validator can never lag behind the contract the app sends.
type Fields<T extends CallEventType> = Omit<EventOf<T>, 'v' | 'at' | 'type'>;
type ShapeOf<T extends CallEventType> = {
	[K in keyof Fields<T>]-?: undefined extends Fields<T>[K]
		? ReturnType<typeof opt>
		: ReturnType<typeof req>;
};

const advance = object({ kind: req(oneOf(ADVANCE_KINDS)), advanceId: opt(str), text: opt(str) });

const SHAPES: { [T in CallEventType]: ShapeOf<T> } = {
	'call.plan': {
		mode: req(oneOf(['live', 'rehearsal'])),
		playbookId: req(str),
		objective: req(str),
		primaryAdvance: req(advance),
		fallbackAdvance: opt(advance),
		account: opt(
			object({
				name: req(str),
				tier: opt(oneOf(TIERS)),
				accountId: opt(str),
				attendeeIds: opt(strings)
			})
		),
		drill: opt(object({ skill: req(str), needId: req(str) })),
		inRoom: opt(strings)
	},
	'call.start': {},
	'call.pause': {},
	'call.resume': {},
	'stage.enter': { stage: req(oneOf(STAGES)) },
	'spin.select': { spinType: req(oneOf(SPIN_TYPES)) },
	'opening.do': { moveId: opt(str), text: opt(str) },
	'question.ask': {
		questionId: opt(str),
		text: opt(str),
		spinType: req(oneOf(SPIN_TYPES)),
		needId: opt(str)
	},
	'answer.note': { text: req(str) },
	'need.confirm': { needId: req(str), level: req(oneOf(['implied', 'explicit'])), text: opt(str) },
	'feature.present': { cardId: opt(str), text: opt(str) },
	'advantage.present': { cardId: opt(str), text: opt(str) },
	'benefit.state': { cardId: opt(str), text: opt(str), needIds: req(strings) },
	'objection.raise': { objectionId: opt(str), text: opt(str) },
	'objection.answer': { objectionId: opt(str), text: opt(str), answerId: opt(str) },
	'note.add': { text: req(str) },
	'summary.give': { text: opt(str) },
	'advance.propose': { advance: req(advance) },
	'buyer.say': {
		text: req(str),
		replyTo: opt(str),
		reveals: opt(strings),
		states: opt(strings),
		objectionId: opt(str),
		acceptsAdvanceId: opt(str),
		code: opt(str),
		develops: opt(strings),
		felt: opt(strings),
		deflects: opt(strings),
		supports: opt(strings),
		resolves: opt(str),
		declines: opt(str),
		blockedBy: opt(str),
		patience: opt(num),
		closes: opt(oneOf(OUTCOMES))
	},
	'call.end': {
		outcome: req(oneOf(OUTCOMES)),
		nextStep: opt(object({ text: req(str), date: opt(str) }))
	},
	'review.save': { wentWell: req(str), toChange: req(str) }
};

/** Every event type the contract knows. */
export const EVENT_TYPES = Object.keys(SHAPES) as CallEventType[];

// `v`, `at` and `type` are the envelope every event shares; checked before the shape.
const ENVELOPE = new Set(['v', 'at', 'type']);

function checkShape(value: Record<string, unknown>, shape: Shape, prefix: string) {
	for (const [key, spec] of Object.entries(shape)) {
		const field = value[key];
		if (field === undefined) {
			if (!spec.optional) fail(prefix + key, 'present');
			continue;
		}
		spec.check(field, prefix + key);
	}
	for (const key of Object.keys(value)) {
		if (!Object.hasOwn(shape, key) && !(prefix === '' && ENVELOPE.has(key)))
			throw new EventError(
				'event_field_unknown',
				`Event field "${prefix + key}" is not part of the event contract.`,
				prefix + key
			);
	}
}

/** Upgrade an event of any supported version and check it against the contract; throws EventError. */
export function parseEvent(input: unknown): CallEvent {
	const raw = upgradeEvent(input);
	if (raw.v !== EVENT_SCHEMA_VERSION)
		throw new EventError(
			'event_version_unsupported',
			`Event field "v" is ${JSON.stringify(raw.v)}; this build reads version ${EVENT_SCHEMA_VERSION}.`,
			'v'
		);
	if (typeof raw.type !== 'string') fail('type', 'a string');
	const type = raw.type as string;
	if (!Object.hasOwn(SHAPES, type))
		throw new EventError(
			'event_unknown_type',
			`Event field "type" is "${type}", which is not a known event type.`,
			'type'
		);
	time(raw.at, 'at');
	checkShape(raw, SHAPES[type as CallEventType] as Shape, '');
	return raw as unknown as CallEvent;
}
