// Imports a transcript file. All-or-nothing: the file is checked whole first, then written in
// ONE transaction, so a bad file (or a conflict found while writing) leaves the store as it was.
// A session already present with identical content is skipped, never duplicated.
import {
	BACKUP_SECTION_KEYS,
	BACKUP_SECTIONS,
	type BackupSection,
	type SectionImport
} from './backup-sections';
import type { SpinDb } from './db';
import { loadEvents } from './events';
import { withoutDerived } from './history';
import { dropLastCalls } from './last-calls';
import { redactionId } from './people';
import { erasedIds } from './tombstones';
import { ProblemList, type ImportProblem } from './import-problems';
import { LIMITS, scanHostile } from './import-scan';
import { validateTranscript } from './import-validate';
import { summaryOfLog } from './summary';
import type { TranscriptSession } from './transcript-format';

export type ImportResult =
	| {
			ok: true;
			imported: number;
			skipped: number;
			sessionIds: string[];
			/** Sessions skipped because they were erased here (a tombstone stands for each). */
			erased?: number;
			/** Per backup section present in the file: rows written and rows skipped. */
			sections: Record<string, SectionImport>;
	  }
	| { ok: false; problems: ImportProblem[] };

class Rejected extends Error {
	constructor(readonly problems: ImportProblem[]) {
		super('import rejected');
	}
}

/** JSON with object keys sorted, so equal content compares equal whatever the key order. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: v
	);
}

/** Parses, checks and stores a transcript file (text or already-parsed JSON). */
export async function importTranscript(db: SpinDb, input: unknown): Promise<ImportResult> {
	const problems = new ProblemList();
	let file = input;
	if (typeof input === 'string') {
		if (input.length > LIMITS.fileChars) {
			problems.add('file_too_large', '', 'File is too large.', { limit: LIMITS.fileChars });
			return { ok: false, problems: problems.items };
		}
		try {
			file = JSON.parse(input);
		} catch (error) {
			// A truncated download ends here.
			problems.add('json_invalid', '', `Not valid JSON: ${(error as Error).message}`);
			return { ok: false, problems: problems.items };
		}
	}
	if (!scanHostile(file, problems)) return { ok: false, problems: problems.items };
	const sessions = validateTranscript(file, problems, BACKUP_SECTION_KEYS);
	// Sections are checked even when sessions are broken, so one pass reports both.
	const present: [BackupSection, unknown][] = [];
	if (sessions && problems.items.length === 0) {
		for (const section of BACKUP_SECTIONS) {
			const raw = (file as Record<string, unknown>)[section.key];
			if (raw !== undefined) present.push([section, section.validate(raw, problems)]);
		}
	}
	if (!sessions || problems.items.length > 0) return { ok: false, problems: problems.items };
	const tables = [
		db.sessions,
		db.events,
		db.logPacks,
		db.playbookTexts,
		db.tombstones,
		db.meta,
		...present.flatMap(([section]) => section.tables(db))
	];
	try {
		return await db.transaction('rw', [...new Set(tables)], async () => {
			let imported = 0;
			let skipped = 0;
			let erased = 0;
			const conflicts: ImportProblem[] = [];
			// What was erased here stays erased: a restore of an older backup skips it.
			const gone = await erasedIds(db, 'session');
			// Logs rewritten by a person's erasure keep their scrubbed text: the older copy is skipped.
			const redacted = await erasedIds(db, 'redaction');
			for (const [i, entry] of sessions.entries()) {
				if (gone.has(entry.session.id)) {
					erased += 1;
					continue;
				}
				const outcome = await importOne(db, entry, redacted);
				if (outcome === 'imported') imported += 1;
				else if (outcome === 'skipped') skipped += 1;
				else {
					conflicts.push({
						code: 'session_conflict',
						path: `sessions[${i}].session.id`,
						message: `A different session with id ${entry.session.id} already exists.`,
						params: { id: entry.session.id }
					});
				}
			}
			// Throwing aborts the transaction: nothing written above survives.
			if (conflicts.length) throw new Rejected(conflicts);
			// Calls or accounts came in: each account's cached latest call is read again on the
			// next overview (the rebuild only looks up stored accounts).
			await dropLastCalls(db);
			const sections: Record<string, SectionImport> = {};
			for (const [section, value] of present) {
				sections[section.key] = await section.importSection(db, value as never);
			}
			return {
				ok: true as const,
				imported,
				skipped,
				sessionIds: sessions.map((s) => s.session.id).filter((id) => !gone.has(id)),
				...(erased ? { erased } : {}),
				sections
			};
		});
	} catch (error) {
		if (error instanceof Rejected) return { ok: false, problems: error.problems };
		return {
			ok: false,
			problems: [{ code: 'write_failed', path: '', message: String((error as Error)?.message) }]
		};
	}
}

// The file's summary row is derived data: its call fields are read again from the events, so a
// row claiming more than its log (an order, 999 questions) is never believed.
async function importOne(
	db: SpinDb,
	{ session: claimed, playbook, events }: TranscriptSession,
	redacted: ReadonlySet<string>
): Promise<'imported' | 'skipped' | 'conflict'> {
	const session = summaryOfLog(
		claimed,
		events.map((e) => e.event)
	);
	const existing = await db.sessions.get(session.id);
	if (existing && redacted.has(redactionId(session.id))) return 'skipped';
	if (existing) {
		const stored = (await loadEvents(db, session.id)).map(({ sessionId, seq, event }) => ({
			sessionId,
			seq,
			event
		}));
		const same =
			canonical([withoutDerived(existing), stored]) ===
			canonical([withoutDerived(session), events]);
		return same ? 'skipped' : 'conflict';
	}
	if (!(await db.playbookTexts.get(playbook.hash))) await db.playbookTexts.add(playbook);
	await db.sessions.add(session);
	// A new call's log: no pack of an earlier one under this id may stand for it (log-pack.ts).
	await db.logPacks.delete(session.id);
	await db.events.bulkAdd(events);
	return 'imported';
}
