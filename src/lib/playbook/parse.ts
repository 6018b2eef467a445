// Parses a trainer's playbook markdown into a typed Playbook plus diagnostics. Never throws:
// anything unexpected becomes an `internal_error` diagnostic.
import { readBlocksReusing } from './blocks';
import { checkReferences, checkStructure, settleIds } from './checks';
import { checkCompetitors } from './competitors';
import * as d from './diagnostics';
import { readFrontMatter } from './front-matter';
import { acceptable, flattenDeepLines } from './guards';
import { checkReachability } from './reach';
import { Reporter } from './report';
import { SourceText } from './source';
import type { ParseResult, Playbook, PlaybookMeta } from './types';
import { walk } from './walk';

export { PARSER_VERSION } from './parser-version';

export interface ParseOptions {
	/** File name shown in diagnostics. */
	file?: string;
}

/** Parses playbook markdown; `playbook` is null only when it has no usable id and title. */
export function parsePlaybook(source: string, options: ParseOptions = {}): ParseResult {
	const input = typeof source === 'string' ? source : '';
	const text = new SourceText(input);
	const report = new Reporter(text, options.file);
	let playbook: Playbook | null;
	try {
		playbook = parseText(text, report);
	} catch (error) {
		const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
		report.add(d.internal_error({ detail: detail.slice(0, 200) }), { start: 0 });
		playbook = null;
	}
	report.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
	return { playbook, diagnostics: report.diagnostics };
}

function parseText(source: SourceText, report: Reporter): Playbook | null {
	if (!acceptable(source.text, report)) return null;
	const text = flattenDeepLines(source.text, report);
	const front = readFrontMatter(text, report);
	const draft = walk(readBlocksReusing(text, front.bodyStart, text.slice(front.bodyStart)), report);
	settleIds(draft, report);
	checkReferences(draft, report);
	checkCompetitors(draft, front.competitors, report);
	// Structural advice about a file that is not a playbook at all would only bury the real error.
	if (front.found) {
		checkStructure(draft, report, 0);
		checkReachability(draft, report);
	}
	const { fields } = front;
	if (!fields.id || !fields.title) return null;
	const meta: PlaybookMeta = {
		id: fields.id,
		title: fields.title,
		locale: fields.locale ?? 'en',
		version: fields.version ?? '',
		offer: fields.offer ?? ''
	};
	if (fields.tier) meta.tier = fields.tier;
	if (fields.description) meta.description = fields.description;
	const playbook: Playbook = { meta, ...draft.body };
	if (front.competitors) playbook.competitors = front.competitors.map(({ name }) => name);
	return playbook;
}
