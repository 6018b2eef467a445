// Kept apart from validate.ts so upgrade.ts and validate.ts can both throw it without a cycle.

export type EventErrorCode =
	'event_malformed' | 'event_unknown_type' | 'event_version_unsupported' | 'event_field_unknown';

/** A rejected event; `index` is its position in the log when it came from a replay. */
export class EventError extends Error {
	readonly code: EventErrorCode;
	readonly field?: string;
	index?: number;

	constructor(code: EventErrorCode, message: string, field?: string) {
		super(message);
		this.name = 'EventError';
		this.code = code;
		this.field = field;
	}

	/** Params for the UI's translated message. */
	get params(): Record<string, string | number> {
		const params: Record<string, string | number> = {};
		if (this.field !== undefined) params.field = this.field;
		if (this.index !== undefined) params.index = this.index;
		return params;
	}
}
