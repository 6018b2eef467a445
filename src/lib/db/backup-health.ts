// The account-health part of the /data/ backup: every health table as stored, plus the user's
// settings. Restore checks the section whole, skips erased ids (tombstones) and keeps the newer
// of two versions of a mutable row, so an older backup never overwrites newer work.
import { DOSSIER_SECTIONS, LINK_ROLES } from '$lib/accounts/dossier';
import { INPUT_FIELDS, SIGNALS } from '$lib/accounts/financials';
import { ALIGNMENTS, COMMUNICATION_ITEMS, GUARANTEES, LIGHTS } from '$lib/accounts/retention';
import { PLAN_PARTS } from '$lib/accounts/service-plan';
import { SURVEY_QUESTIONS } from '$lib/accounts/survey';
import type { BackupSection } from './backup-sections';
import { checkShape, type Shape } from './backup-shape';
import type { SpinDb } from './db';
import { getHealthSettings, saveHealthSettings } from './care-repo';
import { HEALTH_TABLES, healthTables, type HealthTables } from './health-db';
import type { HealthSettings, HealthTombstoneKind } from './health-types';
import type { ProblemList } from './import-problems';
import { erasedIds } from './tombstones';
import type { TombstoneKind } from './types';

export const HEALTH_BACKUP_VERSION = 1;

type Rows = {
	[K in keyof HealthTables]: NonNullable<Awaited<ReturnType<HealthTables[K]['get']>>>[];
};

/** The health section of a backup file. */
export interface HealthBackup extends Rows {
	version: typeof HEALTH_BACKUP_VERSION;
	settings: HealthSettings;
}

const num = (keys: readonly string[]): Shape => ({ record: keys, of: 'number' });
const ROW_SHAPES = {
	financialPeriods: {
		object: {
			id: 'string', accountId: 'string', label: 'string', endsOn: 'string', days: 'int',
			inputs: num(INPUT_FIELDS), entered: num(SIGNALS), updatedAt: 'number'
		}
	},
	competitors: {
		object: {
			id: 'string', name: 'string', staleDays: ['int', true], createdAt: 'number',
			updatedAt: 'number'
		}
	},
	dossierEntries: {
		object: {
			id: 'string', competitorId: 'string', section: { enum: DOSSIER_SECTIONS },
			text: 'string', updatedAt: 'number'
		}
	},
	competitorLinks: {
		object: {
			id: 'string', competitorId: 'string', accountId: 'string', role: { enum: LINK_ROLES },
			insideContact: 'bool', updatedAt: 'number'
		}
	},
	servicePlans: {
		object: {
			id: 'string', accountId: 'string', updatedAt: 'number',
			parts: {
				record: PLAN_PARTS,
				of: { object: { text: 'string', owner: 'string', due: 'string' } }
			},
			milestones: {
				array: {
					object: {
						id: 'string', title: 'string', owner: 'string', due: 'string',
						doneOn: ['string', true]
					}
				}
			}
		}
	},
	retentionChecks: {
		object: {
			id: 'string', accountId: 'string', updatedAt: 'number',
			communication: {
				record: COMMUNICATION_ITEMS,
				of: { object: { last: ['string', true], everyDays: 'int' } }
			},
			alignments: { record: ALIGNMENTS, of: { object: { note: 'string', on: 'string' } } },
			guarantees: {
				record: GUARANTEES,
				of: { object: { light: { enum: LIGHTS }, reason: 'string', on: ['string', true] } }
			}
		}
	},
	surveys: {
		object: {
			id: 'string', accountId: 'string', takenOn: 'string', note: 'string',
			scores: num(SURVEY_QUESTIONS), createdAt: 'number', updatedAt: ['number', true]
		}
	},
	accountTerms: {
		object: {
			id: 'string', accountId: 'string', annualVolume: 'string', procurement: 'string',
			signers: 'string', quality: 'string', delivery: 'string', updatedAt: 'number'
		}
	}
} as const satisfies Record<keyof HealthTables, Shape>; // prettier-ignore

const SETTINGS_SHAPE: Shape = {
	object: { thresholds: num(SIGNALS), staleDays: 'int' }
};

/** The tombstone kind each table's erased rows are recorded under. */
const KIND = {
	financialPeriods: 'financialPeriod',
	competitors: 'competitor',
	dossierEntries: 'dossierEntry',
	competitorLinks: 'competitorLink',
	servicePlans: 'servicePlan',
	retentionChecks: 'retentionCheck',
	surveys: 'survey',
	accountTerms: 'accountTerms'
} as const satisfies Record<keyof HealthTables, HealthTombstoneKind | TombstoneKind>;

/** Every health record and the settings, for the backup file. */
export async function exportHealth(db: SpinDb): Promise<HealthBackup> {
	const t = healthTables(db);
	return db.transaction('r', [...Object.values(t), db.meta], async () => {
		const out = {
			version: HEALTH_BACKUP_VERSION,
			settings: await getHealthSettings(db)
		} as HealthBackup;
		for (const name of HEALTH_TABLES)
			(out as unknown as Record<string, unknown[]>)[name] = await t[name].toArray();
		return out;
	});
}

/** The health section checked and rebuilt from known fields, or `undefined` with problems. */
export function validateHealth(
	raw: unknown,
	path: string,
	problems: ProblemList
): HealthBackup | undefined {
	const before = problems.items.length;
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		problems.add('type_invalid', path, `${path} must be of type object.`, { expected: 'object' });
		return undefined;
	}
	const obj = raw as Record<string, unknown>;
	if (obj.version !== HEALTH_BACKUP_VERSION) {
		problems.add('version_unsupported', `${path}.version`, `Unsupported health section version.`);
		return undefined;
	}
	const shape: Shape = {
		object: {
			version: 'int',
			settings: SETTINGS_SHAPE,
			...Object.fromEntries(HEALTH_TABLES.map((n) => [n, [{ array: ROW_SHAPES[n] }, true]]))
		}
	};
	const checked = checkShape(raw, shape, path, problems) as Partial<HealthBackup> | undefined;
	if (!checked || problems.items.length > before) return undefined;
	for (const name of HEALTH_TABLES) (checked as Record<string, unknown>)[name] ??= [];
	return checked as HealthBackup;
}

const stamp = (row: object) =>
	'updatedAt' in row
		? (row.updatedAt as number)
		: 'createdAt' in row
			? (row.createdAt as number)
			: 0;

/** The tables {@link importHealth} writes, for the caller's transaction. */
export function healthImportTables(db: SpinDb) {
	return [...Object.values(healthTables(db)), db.tombstones, db.meta];
}

/**
 * Writes a checked health section. Run inside a 'rw' transaction over
 * {@link healthImportTables}. Returns how many rows were written and how many skipped.
 */
export async function importHealth(
	db: SpinDb,
	backup: HealthBackup,
	{ settings = true }: { settings?: boolean } = {}
): Promise<{ written: number; skipped: number }> {
	const t = healthTables(db);
	let written = 0;
	let skipped = 0;
	for (const name of HEALTH_TABLES) {
		const erased = await erasedIds(db, KIND[name]);
		const table = t[name] as unknown as {
			get(id: string): Promise<object | undefined>;
			put(row: object): Promise<unknown>;
			where(i: string): {
				equals(v: string): { toArray(): Promise<{ id: string; updatedAt: number }[]> };
			};
			bulkDelete(ids: string[]): Promise<void>;
		};
		for (const row of backup[name] as unknown as ({ id: string; accountId?: string } & object)[]) {
			const stored = erased.has(row.id) ? row : await table.get(row.id);
			if (erased.has(row.id) || (stored && stamp(stored) >= stamp(row))) {
				skipped += 1;
				continue;
			}
			// One row per account for these: an older twin under another id gives way.
			if (name === 'servicePlans' || name === 'retentionChecks' || name === 'accountTerms') {
				const twins = await table
					.where('accountId')
					.equals(row.accountId as string)
					.toArray();
				if (twins.some((x) => x.id !== row.id && x.updatedAt >= stamp(row))) {
					skipped += 1;
					continue;
				}
				await table.bulkDelete(twins.filter((x) => x.id !== row.id).map((x) => x.id));
			}
			await table.put(row);
			written += 1;
		}
	}
	if (settings) await saveHealthSettings(db, backup.settings);
	return { written, skipped };
}

/** The health section of the /data/ backup (backup-sections.ts). */
export const healthSection: BackupSection<'health'> = {
	key: 'health',
	tables: healthImportTables,
	exportSection: exportHealth,
	validate: (raw, problems) => validateHealth(raw, 'health', problems),
	importSection: async (db, value) => {
		const { written, skipped } = await importHealth(db, value);
		return { imported: written, skipped };
	}
};
