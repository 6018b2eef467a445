// The JSON transcript file: one or more sessions with their exact playbook text and their
// full event log. Versioned; `version` changes only when an older reader would misread a file.
import type { CallEvent } from '$lib/session/events';
import type { BackupSectionsPayload } from './backup-sections';
import type { PlaybookText, SessionRow } from './types';

export const TRANSCRIPT_FORMAT = 'spin-coach-transcript';
export const TRANSCRIPT_VERSION = 1;

export interface TranscriptEvent {
	sessionId: string;
	seq: number;
	event: CallEvent;
}

export interface TranscriptSession {
	/** The summary row as stored. */
	session: SessionRow;
	/** The playbook text the call ran on; `hash` is its FNV-1a 64 hash (`contentHash`). */
	playbook: PlaybookText;
	/** Every event, seq 1..n without gaps. */
	events: TranscriptEvent[];
}

/** The file; a full backup also carries the optional record sections (backup-sections.ts). */
export interface TranscriptFile extends BackupSectionsPayload {
	format: typeof TRANSCRIPT_FORMAT;
	version: typeof TRANSCRIPT_VERSION;
	/** ISO 8601 time of the export. */
	exportedAt: string;
	sessions: TranscriptSession[];
}
