// What importing a playbook file would do, decided before anything is saved: a new playbook, an
// update of the user's playbook with the same id (newer version), or a question (same or older
// version); and whether its id is one a bundled playbook already uses.

/** What to do with one incoming file. */
export type ImportAction =
	| { kind: 'add' }
	| { kind: 'update'; targetId: string; from: string }
	| { kind: 'ask'; targetId: string; from: string; newer: false };

/** Compares dotted versions numerically part by part (`1.10` > `1.9`), text parts as text. */
export function compareVersions(a: string, b: string): number {
	const pa = a.trim().replace(/^v/i, '').split(/[.-]/);
	const pb = b.trim().replace(/^v/i, '').split(/[.-]/);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const x = pa[i] ?? '0';
		const y = pb[i] ?? '0';
		const nx = /^\d+$/.test(x) ? Number(x) : NaN;
		const ny = /^\d+$/.test(y) ? Number(y) : NaN;
		const c = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y);
		if (c !== 0) return Math.sign(c);
	}
	return 0;
}

/** The action for a file whose text declares `playbookId` and `version`. */
export function planImport(
	incoming: { playbookId: string; version: string },
	existing: readonly { id: string; playbookId: string; version: string }[]
): ImportAction {
	const same = incoming.playbookId
		? existing.find((row) => row.playbookId === incoming.playbookId)
		: undefined;
	if (!same) return { kind: 'add' };
	if (compareVersions(incoming.version, same.version) > 0)
		return { kind: 'update', targetId: same.id, from: same.version };
	return { kind: 'ask', targetId: same.id, from: same.version, newer: false };
}
