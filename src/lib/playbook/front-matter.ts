// The `---` block at the top of a playbook: one `key: value` per line, English or Chinese keys.
import * as d from './diagnostics';
import { fold } from './names';
import type { Reporter, Span } from './report';
import { LOCALES, TIERS, type Locale, type PlaybookMeta, type Tier } from './types';

type Field = keyof PlaybookMeta;
/** `competitors` is a list that belongs to the playbook rather than to its meta. */
type Key = Field | 'competitors';

const KEYS = new Map<string, Field>();
for (const [field, names] of [
	['id', ['id', '编号']],
	['title', ['title', '标题']],
	['locale', ['locale', '语言']],
	['version', ['version', '版本']],
	['offer', ['offer', '产品']],
	['tier', ['tier', '客户级别']],
	['description', ['description', '说明']]
] as const) {
	for (const name of names) KEYS.set(fold(name), field);
}
const COMPETITOR_KEYS = new Set([fold('competitors'), fold('竞争对手')]);

const REQUIRED: Field[] = ['id', 'title', 'locale', 'version', 'offer'];
const TIER_NAMES = new Map<string, Tier>([
	...TIERS.map((tier) => [tier, tier] as [string, Tier]),
	['铂金', 'platinum'],
	['黄金', 'gold'],
	['铁质', 'iron'],
	['铅质', 'lead']
]);
const PLAYBOOK_ID = /^[\p{L}\p{N}][\p{L}\p{N}_-]{0,63}$/u;

/** A name in the front matter's `competitors` list, with where it is written. */
export interface ListedCompetitor {
	name: string;
	span: Span;
}

export interface FrontMatter {
	fields: Partial<PlaybookMeta>;
	/** The `competitors` list (duplicates and empty entries left out); absent: no such key. */
	competitors?: ListedCompetitor[];
	/** Offset where the markdown body starts. */
	bodyStart: number;
	/** Whether the file starts with a front matter block at all. */
	found: boolean;
}

/** Reads and checks the front matter at the top of the normalised text. */
export function readFrontMatter(text: string, report: Reporter): FrontMatter {
	const fields: Partial<PlaybookMeta> = {};
	const opening = /^---[ \t]*(?:\n|$)/.exec(text);
	if (!opening) {
		report.add(d.frontmatter_missing({}), { start: 0, end: Math.min(text.indexOf('\n') >>> 0, 3) });
		return { fields, bodyStart: 0, found: false };
	}
	const seen = new Set<Key>();
	const list: { competitors?: ListedCompetitor[] } = {};
	const from = opening[0].length;
	const closing = /^(?:---|\.\.\.)[ \t]*$/m;
	closing.lastIndex = 0;
	const close = closing.exec(text.slice(from));
	let bodyStart: number;
	let end: number;
	if (close) {
		end = from + close.index;
		bodyStart = Math.min(text.length, end + close[0].length + 1);
	} else {
		report.add(d.frontmatter_unclosed({}), { start: 0, end: 3 });
		// Without a closing line, the first line that is not `key: value` starts the body.
		end = from;
		while (end < text.length) {
			const nl = text.indexOf('\n', end);
			const line = text.slice(end, nl < 0 ? text.length : nl);
			if (line.trim() !== '' && !splitLine(line)) break;
			end = nl < 0 ? text.length : nl + 1;
		}
		bodyStart = end;
	}
	for (let offset = from; offset < end;) {
		const nl = text.indexOf('\n', offset);
		const stop = nl < 0 || nl > end ? end : nl;
		readLine(text.slice(offset, stop), offset, fields, list, seen, report);
		offset = stop + 1;
	}
	for (const field of REQUIRED) {
		if (!fields[field]) report.add(d.frontmatter_field_missing({ field }), { start: 0, end: 3 });
	}
	return { fields, ...list, bodyStart, found: true };
}

function readLine(
	line: string,
	offset: number,
	fields: Partial<PlaybookMeta>,
	list: { competitors?: ListedCompetitor[] },
	seen: Set<Key>,
	report: Reporter
): void {
	if (line.trim() === '' || line.trimStart().startsWith('#')) return;
	const match = splitLine(line);
	if (!match) {
		report.add(d.frontmatter_line_invalid({}), { start: offset, end: offset + line.length });
		return;
	}
	const { key, raw } = match;
	const field: Key | undefined = COMPETITOR_KEYS.has(fold(key))
		? 'competitors'
		: KEYS.get(fold(key));
	const keyStart = offset + line.indexOf(key);
	const keySpan = { start: keyStart, end: keyStart + key.length };
	if (!field) {
		report.add(d.frontmatter_field_unknown({ field: key }), keySpan);
		return;
	}
	if (seen.has(field)) report.add(d.frontmatter_field_duplicate({ field: key }), keySpan);
	seen.add(field);
	const value = unquote(raw);
	const valueStart = offset + match.valueAt;
	const valueSpan = { start: valueStart, end: valueStart + raw.length };
	if (field === 'competitors') {
		list.competitors = readCompetitors(raw, valueStart, keySpan, report);
		return;
	}
	if (value === '') return;
	const invalid = (expected: string) =>
		report.add(d.frontmatter_field_invalid({ field, value, expected }), valueSpan);
	switch (field) {
		case 'id':
			if (!PLAYBOOK_ID.test(value)) invalid('letters, digits and `-`');
			fields.id = value;
			break;
		case 'locale': {
			const locale = LOCALES.find((l) => l.toLowerCase() === value.replace('_', '-').toLowerCase());
			if (locale) fields.locale = locale as Locale;
			else invalid(LOCALES.join(' or '));
			break;
		}
		case 'tier': {
			const tier = TIER_NAMES.get(value.toLowerCase());
			if (tier) fields.tier = tier;
			else invalid('platinum, gold, iron or lead (铂金, 黄金, 铁质, 铅质)');
			break;
		}
		default:
			fields[field] = value;
	}
}

/** Splits `key: value` at the first colon (ASCII or full-width); null when there is none. */
function splitLine(line: string): { key: string; raw: string; valueAt: number } | null {
	const ascii = line.indexOf(':');
	const wide = line.indexOf('：');
	const colon = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
	const key = colon < 0 ? '' : line.slice(0, colon).trim();
	if (key === '') return null;
	const rest = line.slice(colon + 1);
	const raw = rest.trim();
	return { key, raw, valueAt: colon + 1 + (rest.length - rest.trimStart().length) };
}

function unquote(value: string): string {
	const trimmed = value.trim();
	const quoted = /^(["'])(.*)\1$/.exec(trimmed);
	return (quoted ? quoted[2] : trimmed).trim();
}

/**
 * `competitors: A, B` (any list separator, quotes around the whole value allowed): each name
 * with its span; an empty entry or a name given twice (compared folded) is reported and left out.
 */
function readCompetitors(raw: string, start: number, keySpan: Span, report: Reporter) {
	const quoted = /^(["'])(.*)\1$/.exec(raw);
	const value = quoted ? quoted[2] : raw;
	const from = start + (quoted ? 1 : 0);
	const out: ListedCompetitor[] = [];
	if (value.trim() === '') {
		report.add(d.competitor_empty({}), keySpan);
		return out;
	}
	const seen = new Set<string>();
	let offset = from;
	// Every separator is one UTF-16 unit, so each part starts one past the end of the last.
	for (const part of value.split(/[,，、;；]/)) {
		const name = part.trim();
		const at = offset + part.indexOf(name);
		// An empty entry is shown at the separator that opens it (or closes it, when first).
		const separator = offset > from ? offset - 1 : offset + part.length;
		offset += part.length + 1;
		const span = { start: at, end: at + name.length };
		if (name === '') report.add(d.competitor_empty({}), { start: separator, end: separator + 1 });
		else if (seen.has(fold(name))) report.add(d.competitor_duplicate({ name }), span);
		else {
			seen.add(fold(name));
			out.push({ name, span });
		}
	}
	return out;
}
