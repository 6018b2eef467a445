// The call's account as the prompter may show it (issues 10 and 11): its people, read-only and
// without any sensitive field of their account file, and the competitors to match objections
// against. Loaded once when the call names a stored account.
// Read through the plain IndexedDB handle (raw-db.ts), like the rest of the call route.
import type { Attitude, InsideHelp, PersonRole } from '$lib/accounts/people';
import { rowsByIndex, type StoreHandle } from '$lib/db/raw-db';
import type { CompetitorLinkRow, CompetitorRow, DossierEntryRow } from '$lib/db/health-types';
import type { PersonRow } from '$lib/db/types';
import type { CompetitorCandidate, PersonCandidate } from './related';

/** What the profile sheet shows of a person: never the account file beyond the job title. */
export interface PersonProfile extends PersonCandidate {
	attitude?: Attitude;
	insideContact: boolean;
	helpsWith: InsideHelp[];
	role?: PersonRole;
}

/** The account's people and the competitors, for the objections of one call. */
export class CallRelations {
	people = $state.raw<PersonProfile[]>([]);
	/** Competitors linked to the call's account. */
	linked = $state.raw<CompetitorCandidate[]>([]);
	/** Every competitor on file. */
	competitors = $state.raw<CompetitorCandidate[]>([]);
	#loaded: string | null = null;

	/** Reads the account's people and the competitors (once per account; errors leave them empty). */
	async load(db: StoreHandle, accountId: string | undefined): Promise<void> {
		if (!accountId || this.#loaded === accountId) return;
		this.#loaded = accountId;
		try {
			// Loaded with a stored account only: a call without one never needs these tables, nor
			// the account file's field table.
			const [{ isSensitive }, rows, links, all] = await Promise.all([
				import('$lib/accounts/account-file'),
				rowsByIndex<PersonRow>(db, 'people', 'accountId', accountId),
				rowsByIndex<CompetitorLinkRow>(db, 'competitorLinks', 'accountId', accountId),
				rowsByIndex<CompetitorRow>(db, 'competitors', 'name')
			]);
			// By name, as the account page lists them (db/people.ts).
			rows.sort((a, b) => a.name.localeCompare(b.name));
			this.people = rows.map((p) => ({
				id: p.id,
				name: p.name,
				role: p.role,
				attitude: p.attitude,
				insideContact: p.insideContact,
				helpsWith: [...p.helpsWith],
				// The one field of the file the prompter reads, and only while it is not sensitive.
				jobTitle: isSensitive('jobTitle') ? undefined : p.file.jobTitle
			}));
			this.competitors = all.map((c) => ({ id: c.id, name: c.name }));
			this.linked = this.competitors.filter((c) => links.some((l) => l.competitorId === c.id));
		} catch (error) {
			console.error('call: the account’s people and competitors could not be read', error);
		}
	}

	/** The competitor's current counter-measures text, or null when none is written. */
	async counterMeasures(db: StoreHandle, competitorId: string): Promise<string | null> {
		const [{ latestSections }, rows] = await Promise.all([
			import('$lib/accounts/dossier'),
			rowsByIndex<DossierEntryRow>(db, 'dossierEntries', 'competitorId', competitorId)
		]);
		const sections = latestSections(rows);
		return sections.counterMeasures?.text.trim() || null;
	}
}
