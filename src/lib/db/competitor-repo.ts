// Competitors, their dossier (append-only section revisions) and their links to accounts
// (docs/account-health.md#competitor-dossier).
import { latestSections, type DossierSection, type LinkRole } from '$lib/accounts/dossier';
import type { SpinDb } from './db';
import { healthTables } from './health-db';
import type { CompetitorLinkRow, CompetitorRow, DossierEntryRow } from './health-types';
import { addTombstones } from './tombstones';

/** Every competitor, by name. */
export async function listCompetitors(db: SpinDb): Promise<CompetitorRow[]> {
	return healthTables(db).competitors.orderBy('name').toArray();
}

/** One competitor, or `undefined`. */
export async function getCompetitor(db: SpinDb, id: string): Promise<CompetitorRow | undefined> {
	return healthTables(db).competitors.get(id);
}

/** Creates a competitor; returns its id. */
export async function createCompetitor(db: SpinDb, name: string, at = Date.now()): Promise<string> {
	const id = crypto.randomUUID();
	await healthTables(db).competitors.add({ id, name: name.trim(), createdAt: at, updatedAt: at });
	return id;
}

/** Renames a competitor or sets its own staleness period (`undefined`: the default). */
export async function updateCompetitor(
	db: SpinDb,
	id: string,
	patch: Partial<Pick<CompetitorRow, 'name' | 'staleDays'>>,
	at = Date.now()
): Promise<void> {
	const t = healthTables(db);
	await db.transaction('rw', t.competitors, async () => {
		const row = await t.competitors.get(id);
		if (!row) throw new Error(`competitor ${id} not found`);
		await t.competitors.put({ ...row, ...patch, updatedAt: at });
	});
}

/** Appends a revision of one dossier section. */
export async function saveSection(
	db: SpinDb,
	competitorId: string,
	section: DossierSection,
	text: string,
	at = Date.now()
): Promise<DossierEntryRow> {
	const row: DossierEntryRow = {
		id: crypto.randomUUID(),
		competitorId,
		section,
		text,
		updatedAt: at
	};
	await healthTables(db).dossierEntries.add(row);
	return row;
}

/** The current text of each section of a competitor's dossier. */
export async function loadDossier(
	db: SpinDb,
	competitorId: string
): Promise<Partial<Record<DossierSection, DossierEntryRow>>> {
	const rows = await healthTables(db)
		.dossierEntries.where('competitorId')
		.equals(competitorId)
		.toArray();
	return latestSections(rows);
}

/** Links a competitor to an account, or updates the existing link of that pair; returns its id. */
export async function linkCompetitor(
	db: SpinDb,
	link: { competitorId: string; accountId: string; role: LinkRole; insideContact: boolean },
	at = Date.now()
): Promise<string> {
	const t = healthTables(db);
	return db.transaction('rw', t.competitorLinks, async () => {
		const existing = (
			await t.competitorLinks.where('accountId').equals(link.accountId).toArray()
		).find((l) => l.competitorId === link.competitorId);
		const id = existing?.id ?? crypto.randomUUID();
		await t.competitorLinks.put({ ...link, id, updatedAt: at });
		return id;
	});
}

/** Removes a link, leaving a tombstone. */
export async function unlinkCompetitor(db: SpinDb, linkId: string, at = Date.now()): Promise<void> {
	const t = healthTables(db);
	await db.transaction('rw', t.competitorLinks, db.tombstones, async () => {
		await t.competitorLinks.delete(linkId);
		await addTombstones(db, 'competitorLink', [linkId], at);
	});
}

/** The links of an account. */
export async function linksOfAccount(db: SpinDb, accountId: string): Promise<CompetitorLinkRow[]> {
	return healthTables(db).competitorLinks.where('accountId').equals(accountId).toArray();
}

/** The links of a competitor. */
export async function linksOfCompetitor(
	db: SpinDb,
	competitorId: string
): Promise<CompetitorLinkRow[]> {
	return healthTables(db).competitorLinks.where('competitorId').equals(competitorId).toArray();
}

/** Erases a competitor with its dossier and links, leaving tombstones for each. */
export async function deleteCompetitor(db: SpinDb, id: string, at = Date.now()): Promise<void> {
	const t = healthTables(db);
	await db.transaction(
		'rw',
		[t.competitors, t.dossierEntries, t.competitorLinks, db.tombstones],
		async () => {
			const entries = await t.dossierEntries.where('competitorId').equals(id).primaryKeys();
			const links = await t.competitorLinks.where('competitorId').equals(id).primaryKeys();
			await t.dossierEntries.bulkDelete(entries);
			await t.competitorLinks.bulkDelete(links);
			await t.competitors.delete(id);
			await addTombstones(db, 'dossierEntry', entries, at);
			await addTombstones(db, 'competitorLink', links, at);
			await addTombstones(db, 'competitor', [id], at);
		}
	);
}
