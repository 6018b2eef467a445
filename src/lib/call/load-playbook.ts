// The playbook a stored call runs on. The parse cached beside the text is used when the parser
// version matches; otherwise the parser (and marked with it) is loaded on demand, so the prompter
// does not ship it for the usual case.
import { updateRow, type StoreHandle } from '$lib/db/raw-db';
import type { PlaybookParseCache, PlaybookTextRow } from '$lib/db/types';
import { PARSER_VERSION } from '$lib/playbook/parser-version';
import type { Playbook } from '$lib/playbook/types';

/** The parsed playbook of `row` (cached or freshly parsed, then cached), or null if invalid. */
export async function loadPlaybook(
	db: StoreHandle,
	row: PlaybookTextRow
): Promise<Playbook | null> {
	if (row.parsed?.v === PARSER_VERSION && row.parsed.playbook) return row.parsed.playbook;
	const { parsePlaybook } = await import('$lib/playbook/parse');
	const playbook = parsePlaybook(row.text).playbook;
	if (playbook) {
		// Only a cache: the call opens even when it cannot be written.
		const parsed: PlaybookParseCache = { v: PARSER_VERSION, playbook };
		await updateRow(db, 'playbookTexts', row.hash, { parsed }).catch((error) =>
			console.warn('call: the playbook parse was not cached', error)
		);
	}
	return playbook;
}
