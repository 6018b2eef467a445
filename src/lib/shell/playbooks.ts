// The playbooks the shell offers: the bundled ones and those a trainer added on this device.
// Added files are kept even when they have errors, so the trainer can read the diagnostics;
// like bundled ones, such a playbook is listed but cannot start a call.
import { getSpinDb } from '$lib/db';
import { deleteUserPlaybook } from '$lib/db/library';
import { bundledPlaybooks } from '$lib/playbook/bundled';
import { parsePlaybook } from '$lib/playbook/parse';
import type { ParseResult } from '$lib/playbook/types';
import { createPlaybook, userLibrary } from './library';

export type PlaybookOrigin = 'bundled' | 'imported';

export interface ShellPlaybook {
	/** Unique key in the list: the bundled file path, or `imported:<row id>`. */
	file: string;
	/** The exact markdown text (stored with every session started from it). */
	source: string;
	result: ParseResult;
	usable: boolean;
	origin: PlaybookOrigin;
	/** Row id in the store, for an added playbook. */
	importedId?: string;
}

function isUsable(result: ParseResult): boolean {
	return result.playbook !== null && !result.diagnostics.some((d) => d.severity === 'error');
}

function fromRow(row: { id: string; source: string }, name?: string): ShellPlaybook {
	const result = parsePlaybook(row.source, { file: name ?? row.id });
	return {
		file: `imported:${row.id}`,
		source: row.source,
		result,
		usable: isUsable(result),
		origin: 'imported',
		importedId: row.id
	};
}

/** The bundled playbooks in the shell's shape. */
export function bundledEntries(): ShellPlaybook[] {
	return bundledPlaybooks().map((p) => ({ ...p, origin: 'bundled' as const }));
}

/** Playbooks added on this device (the studio's library), most recent first. */
export async function importedEntries(): Promise<ShellPlaybook[]> {
	return (await userLibrary()).map((e) =>
		fromRow({ id: e.rowId ?? '', source: e.source }, e.fileName)
	);
}

/** Stores a playbook file a trainer picked as a new playbook in the studio's library. */
export async function addPlaybookFile(name: string, text: string): Promise<ShellPlaybook> {
	const row = await createPlaybook(text, name);
	return fromRow({ id: row.id, source: text }, name);
}

/** Forgets a playbook added on this device (calls made with it keep their own copy). */
export function removePlaybook(importedId: string): Promise<void> {
	return deleteUserPlaybook(getSpinDb(), importedId);
}

/** The playbook with meta id `id` from `origin`, or undefined. */
export async function findPlaybook(
	id: string,
	origin: PlaybookOrigin
): Promise<ShellPlaybook | undefined> {
	const pool = origin === 'imported' ? await importedEntries() : bundledEntries();
	return pool.find((p) => p.result.playbook?.meta.id === id);
}
