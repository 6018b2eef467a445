// Records other than calls travel in the same backup file, each kind in its own optional
// top-level section of the transcript file (transcript-format.md, "Backup sections").
//
// TO ADD A SECTION (user playbooks, review records, ...): write a module like
// backup-accounts.ts that exports a `BackupSection`, list it in `BACKUP_SECTIONS` below and
// declare its key in `BackupSectionsPayload`. Export, validation and the all-or-nothing import
// transaction pick it up; nothing else changes.
import type { Table } from 'dexie';
import { accountsSection, type AccountsBackup } from './backup-accounts';
import { healthSection, type HealthBackup } from './backup-health';
import type { SpinDb } from './db';
import type { ProblemList } from './import-problems';

/** What the rep chose to put in a backup. */
export interface BackupChoices {
	/** Key people: left out (default), without their sensitive fields, or complete. */
	people?: 'none' | 'withoutSensitive' | 'all';
}

/** The optional sections a backup file may carry, by key. */
export interface BackupSectionsPayload {
	accounts?: AccountsBackup;
	health?: HealthBackup;
}

export interface SectionImport {
	imported: number;
	skipped: number;
}

export interface BackupSection<
	K extends keyof BackupSectionsPayload = keyof BackupSectionsPayload
> {
	key: K;
	/** Tables the import writes (joined into the one import transaction). */
	tables(db: SpinDb): Table[];
	/** The section for a full backup; undefined leaves it out of the file. */
	exportSection(db: SpinDb, choices: BackupChoices): Promise<BackupSectionsPayload[K]>;
	/** Rebuilt from validated fields only; problems under the path `key`. */
	validate(raw: unknown, problems: ProblemList): BackupSectionsPayload[K] | undefined;
	/** Writes the section inside the import transaction; throwing aborts the whole import. */
	importSection(db: SpinDb, value: NonNullable<BackupSectionsPayload[K]>): Promise<SectionImport>;
}

/** Every section, in the order they are written on import. */
export const BACKUP_SECTIONS: readonly BackupSection[] = [accountsSection, healthSection];

/** The top-level keys the sections own. */
export const BACKUP_SECTION_KEYS: readonly string[] = BACKUP_SECTIONS.map((s) => s.key);
