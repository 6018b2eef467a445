// The playbook library as the studio shows it: the bundled playbooks (read-only) and the
// trainer's own (IndexedDB, versioned), each parsed with its diagnostics and section counts.
import { getSpinDb } from '$lib/db';
import {
	addUserPlaybook,
	adoptLegacyPlaybooks,
	getUserPlaybook,
	listUserPlaybooks,
	saveUserPlaybook
} from '$lib/db/library';
import type { PlaybookFacts, UserPlaybookRow } from '$lib/db/library-types';
import { bundledPlaybooks } from '$lib/playbook/bundled';
import { parsePlaybook } from '$lib/playbook/parse';
import type { ParseResult } from '$lib/playbook/types';
import { sectionCounts, type SectionCounts } from '$lib/studio/call-map';
import { planImport, type ImportAction } from '$lib/studio/import-plan';

export interface LibraryEntry {
	/** `bundled:<file>` or `user:<row id>`. */
	key: string;
	origin: 'bundled' | 'user';
	/** The user playbook's row id. */
	rowId?: string;
	fileName: string;
	source: string;
	result: ParseResult;
	counts: SectionCounts | null;
	errors: number;
	warnings: number;
	revision?: number;
	updatedAt?: number;
}

/** What the library records about a text: its id, title, version and language. */
export function factsOf(result: ParseResult, fallback = ''): PlaybookFacts {
	const meta = result.playbook?.meta;
	return {
		playbookId: meta?.id ?? '',
		title: meta?.title ?? fallback,
		version: meta?.version ?? '',
		locale: meta?.locale ?? ''
	};
}

function entry(
	base: Pick<LibraryEntry, 'key' | 'origin' | 'fileName' | 'source'> & Partial<LibraryEntry>,
	result = parsePlaybook(base.source, { file: base.fileName })
): LibraryEntry {
	const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
	return {
		...base,
		result,
		counts: result.playbook ? sectionCounts(result.playbook) : null,
		errors,
		warnings: result.diagnostics.length - errors
	};
}

/** A user playbook row as a library entry. */
export function userEntry(row: UserPlaybookRow): LibraryEntry {
	return entry({
		key: `user:${row.id}`,
		origin: 'user',
		rowId: row.id,
		fileName: row.fileName,
		source: row.source,
		revision: row.revision,
		updatedAt: row.updatedAt
	});
}

/** The bundled playbooks as library entries. */
export function bundledLibrary(): LibraryEntry[] {
	return bundledPlaybooks().map((p) =>
		entry(
			{
				key: `bundled:${p.file}`,
				origin: 'bundled',
				fileName: p.file.split('/').pop() ?? p.file,
				source: p.source
			},
			p.result
		)
	);
}

/** Ids the bundled playbooks use; a user playbook with one of them is a clear warning. */
export function bundledIds(): Set<string> {
	return new Set(bundledPlaybooks().flatMap((p) => p.result.playbook?.meta.id ?? []));
}

/** The user's playbooks (adopting ones added before the studio), newest first. */
export async function userLibrary(): Promise<LibraryEntry[]> {
	const db = getSpinDb();
	await adoptLegacyPlaybooks(db, (source) => factsOf(parsePlaybook(source)));
	return (await listUserPlaybooks(db)).map(userEntry);
}

/** One user playbook as an entry, or undefined. */
export async function findUserEntry(rowId: string): Promise<LibraryEntry | undefined> {
	const row = await getUserPlaybook(getSpinDb(), rowId);
	return row && userEntry(row);
}

/** An incoming file, parsed, with what saving it would do. */
export interface ImportPreview {
	fileName: string;
	source: string;
	result: ParseResult;
	action: ImportAction;
	/** The id is one a bundled playbook uses. */
	bundledId: boolean;
}

/** Decodes a file's bytes as UTF-8 keeping a BOM, so export gives back the same bytes. */
export function decodeFile(bytes: ArrayBuffer): string {
	return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/** Parses incoming files and plans each one against the user's playbooks; saves nothing. */
export async function previewImports(
	files: { name: string; source: string }[]
): Promise<ImportPreview[]> {
	const existing = await listUserPlaybooks(getSpinDb());
	const taken = bundledIds();
	return files.map(({ name, source }) => {
		const result = parsePlaybook(source, { file: name });
		const facts = factsOf(result, name);
		return {
			fileName: name,
			source,
			result,
			action: planImport(facts, existing),
			bundledId: taken.has(facts.playbookId)
		};
	});
}

/** Saves an incoming file: as a new playbook, or over `targetId` (keeping its old text). */
export async function commitImport(
	preview: ImportPreview,
	targetId?: string
): Promise<UserPlaybookRow> {
	const db = getSpinDb();
	const facts = factsOf(preview.result, preview.fileName);
	if (targetId)
		return saveUserPlaybook(db, targetId, {
			source: preview.source,
			facts,
			fileName: preview.fileName
		});
	return addUserPlaybook(db, { source: preview.source, fileName: preview.fileName, facts });
}

/** Saves an edited text over a user playbook (the previous text becomes a revision). */
export function saveText(rowId: string, source: string): Promise<UserPlaybookRow> {
	const result = parsePlaybook(source);
	return saveUserPlaybook(getSpinDb(), rowId, { source, facts: factsOf(result) });
}

/** A new user playbook from `source` (a duplicated bundled one, or a new blank one). */
export function createPlaybook(source: string, fileName: string): Promise<UserPlaybookRow> {
	const facts = factsOf(parsePlaybook(source), fileName);
	return addUserPlaybook(getSpinDb(), { source, fileName, facts });
}

/** A bundled playbook's text as an editable copy: a new id and title, so both can be told apart. */
export function copyText(source: string, suffix: string): string {
	return source
		.replace(/^(id:[ \t]*)(\S+)/m, (_, key: string, id: string) => `${key}${id}-copy`)
		.replace(/^(title:[ \t]*)(.+)$/m, (_, key: string, title: string) => `${key}${title}${suffix}`);
}
