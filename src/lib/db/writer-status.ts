// The writer's state as the UI sees it, derived from its internal mode.
import type { StoreErrorCode } from './errors';

export type WriterState = 'saved' | 'saving' | 'memory' | 'readOnly' | 'stale';

export interface WriterStatus {
	state: WriterState;
	/** Appends queued or in flight. */
	pending: number;
	/** Highest seq committed to storage; an event is saved when its seq is at most this. */
	lastSavedSeq: number;
	error?: { code: StoreErrorCode };
}

/** Internal modes: `failed` is a non-quota write failure, shown as memory with its code. */
export type WriterMode = 'loading' | 'ok' | 'memory' | 'readOnly' | 'stale' | 'failed';

/** The public state for an internal mode. */
export function stateOf(mode: WriterMode, pending: number): WriterState {
	if (mode === 'loading') return 'saving';
	if (mode === 'ok') return pending > 0 ? 'saving' : 'saved';
	if (mode === 'failed') return 'memory';
	return mode;
}
