// The playbooks shipped with the app, read from `/playbooks/*.md` at build time and parsed once.
// Nothing is fetched at run time.
import { parsePlaybook } from './parse';
import type { ParseResult } from './types';

export interface BundledPlaybook {
	/** Path of the file within the project, e.g. `/playbooks/plant-uptime-en.md`. */
	file: string;
	source: string;
	result: ParseResult;
	/** True when parsing reported no errors, so a call can start from it. */
	usable: boolean;
}

const FILES = import.meta.glob<string>('/playbooks/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
});

let cache: BundledPlaybook[] | undefined;

/** Parses the bundled playbooks from raw sources (exported for tests), sorted by title. */
export function loadPlaybooks(files: Record<string, string>): BundledPlaybook[] {
	return Object.entries(files)
		.filter(([file]) => !/(^|\/)readme\.md$/i.test(file))
		.map(([file, source]) => {
			const result = parsePlaybook(source, { file: file.replace(/^\//, '') });
			const usable =
				result.playbook !== null && !result.diagnostics.some((d) => d.severity === 'error');
			return { file, source, result, usable };
		})
		.sort((a, b) => {
			const ta = a.result.playbook?.meta.title ?? a.file;
			const tb = b.result.playbook?.meta.title ?? b.file;
			return ta.localeCompare(tb) || a.file.localeCompare(b.file);
		});
}

/** Every bundled playbook (README excluded) with its parse result, sorted by title; memoised. */
export function bundledPlaybooks(): BundledPlaybook[] {
	cache ??= loadPlaybooks(FILES);
	return cache;
}
