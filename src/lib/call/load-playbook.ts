// The playbook a stored call runs on. The parse cached beside the text is used when the parser
// version matches; otherwise the parser (and marked with it) is loaded on demand, so the prompter
// does not ship it for the usual case.
import type { SpinDb } from '$lib/db/db';
import { savePlaybookParse } from '$lib/db/playbooks';
import type { PlaybookTextRow } from '$lib/db/types';
import { PARSER_VERSION } from '$lib/playbook/parser-version';
import type { Playbook } from '$lib/playbook/types';

/** The parsed playbook of `row` (cached or freshly parsed, then cached), or null if invalid. */
export async function loadPlaybook(db: SpinDb, row: PlaybookTextRow): Promise<Playbook | null> {
	if (row.parsed?.v === PARSER_VERSION && row.parsed.playbook) return row.parsed.playbook;
	const { parsePlaybook } = await import('$lib/playbook/parse');
	const playbook = parsePlaybook(row.text).playbook;
	if (playbook) {
		// Only a cache: the call opens even when it cannot be written.
		await savePlaybookParse(db, row.hash, { v: PARSER_VERSION, playbook }).catch((error) =>
			console.warn('call: the playbook parse was not cached', error)
		);
	}
	return playbook;
}
