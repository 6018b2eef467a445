// Builds the JSON transcript file from the store: lossless (rows as stored) and re-importable.
import { BACKUP_SECTIONS, type BackupChoices } from './backup-sections';
import type { SpinDb } from './db';
import { loadEvents } from './events';
import { withoutDerived } from './history';
import { summaryOfLog } from './summary';
import {
	TRANSCRIPT_FORMAT,
	TRANSCRIPT_VERSION,
	type TranscriptFile,
	type TranscriptSession
} from './transcript-format';
import type { EventRow } from './types';

export interface ExportOptions {
	/** Sessions to export; all when omitted. */
	sessionIds?: string[];
	/** Events accepted but not stored (a writer in memory mode: `writer.unsaved`). */
	unsaved?: EventRow[];
	/** Export time in epoch ms (tests pass a fixed one). */
	now?: number;
	/** What a full backup (no `sessionIds`) includes beyond calls; people are left out by default. */
	choices?: BackupChoices;
}

/** One session, or all of them, as a transcript file object (JSON.stringify it to save). */
export async function exportTranscript(
	db: SpinDb,
	{ sessionIds, unsaved = [], now = Date.now(), choices = {} }: ExportOptions = {}
): Promise<TranscriptFile> {
	const sessions = await db.transaction('r', db.sessions, db.events, db.playbookTexts, async () => {
		const rows = sessionIds
			? (await db.sessions.bulkGet(sessionIds)).filter((r) => r !== undefined)
			: await db.sessions.orderBy('[startedAt+id]').toArray();
		const out: TranscriptSession[] = [];
		for (const row of rows) {
			const stored = await db.playbookTexts.get(row.playbookHash);
			if (!stored) throw new Error(`playbook text ${row.playbookHash} missing for ${row.id}`);
			// The parse cache is derived and local: the file carries only the text.
			const { hash, text, playbookId, version } = stored;
			const playbook = { hash, text, playbookId, version };
			const logged = await loadEvents(db, row.id);
			// Unsaved events follow the stored ones; the summary is read from the fold of them all.
			const extra = unsaved
				.filter((e) => e.sessionId === row.id && e.seq > row.eventCount)
				.sort((a, b) => a.seq - b.seq);
			const events = [...logged, ...extra].map(({ sessionId, seq, event }) => ({
				sessionId,
				seq,
				event
			}));
			// Derived review fields (duration, search text, scores) are rebuilt on import.
			const session = withoutDerived(
				summaryOfLog(
					row,
					events.map((e) => e.event)
				)
			);
			out.push({ session, playbook, events });
		}
		return out;
	});
	const file: TranscriptFile = {
		format: TRANSCRIPT_FORMAT,
		version: TRANSCRIPT_VERSION,
		exportedAt: new Date(now).toISOString(),
		sessions
	};
	// A full backup carries the other records too; a single call's transcript does not.
	if (!sessionIds) {
		for (const section of BACKUP_SECTIONS) {
			const value = await section.exportSection(db, choices);
			if (value !== undefined) Object.assign(file, { [section.key]: value });
		}
	}
	return file;
}

/** The transcript file as pretty-printed JSON text. */
export async function exportTranscriptJson(db: SpinDb, options?: ExportOptions): Promise<string> {
	return JSON.stringify(await exportTranscript(db, options), null, '\t');
}
