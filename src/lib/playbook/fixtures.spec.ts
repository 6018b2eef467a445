// One fixture folder per diagnostic code: each input must report that code at the line and
// column its expected.json names, and CRLF + BOM copies must report the very same position.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, type DiagnosticCode } from './diagnostics';
import { parsePlaybook } from './parse';

const ROOT = new URL('../../../tests/fixtures/playbook/', import.meta.url);
const folders = readdirSync(ROOT).filter((name) => name !== 'valid');

interface Expected {
	code: string;
	line: number;
	column: number;
}

function read(folder: string, file: string): string {
	return readFileSync(new URL(`${folder}/${file}`, ROOT), 'utf8');
}

describe('diagnostic fixtures', () => {
	it.each(folders)('%s reports its code at the expected position', (folder) => {
		const expected = JSON.parse(read(folder, 'expected.json')) as Expected;
		const { diagnostics } = parsePlaybook(read(folder, 'input.md'), { file: 'input.md' });
		const hit = diagnostics.find((d) => d.code === expected.code);
		expect(hit, JSON.stringify(diagnostics.map((d) => [d.code, d.line, d.column]))).toBeDefined();
		expect({ line: hit?.line, column: hit?.column }).toEqual({
			line: expected.line,
			column: expected.column
		});
		expect(hit?.severity).toBe(CATALOGUE[expected.code as DiagnosticCode]);
		expect(hit?.file).toBe('input.md');
		expect(hit?.frame).toContain(`${expected.line} | `);
	});

	const variants = folders.filter((f) => existsSync(new URL(`${f}/input.crlf-bom.md`, ROOT)));

	it('has CRLF + BOM variants for several codes', () => {
		expect(variants.length).toBeGreaterThanOrEqual(5);
	});

	it.each(variants)('%s with CRLF and a BOM reports the same positions', (folder) => {
		const lf = parsePlaybook(read(folder, 'input.md')).diagnostics;
		const source = read(folder, 'input.crlf-bom.md');
		expect(source.startsWith('\uFEFF') && source.includes('\r\n')).toBe(true);
		const crlf = parsePlaybook(source).diagnostics;
		const strip = (list: typeof lf) =>
			list.map(({ code, line, column, endLine, endColumn }) => ({
				code,
				line,
				column,
				endLine,
				endColumn
			}));
		expect(strip(crlf)).toEqual(strip(lf));
	});

	it('covers every code in the catalogue except those that need generated input', () => {
		const covered = new Set(
			folders.map((f) => (JSON.parse(read(f, 'expected.json')) as Expected).code)
		);
		const generated = ['file_too_large', 'file_unreadable', 'internal_error'];
		const missing = Object.keys(CATALOGUE).filter((c) => !covered.has(c) && !generated.includes(c));
		expect(missing).toEqual([]);
	});

	it('the valid fixture parses with no diagnostics at all', () => {
		const result = parsePlaybook(read('valid', 'input.md'));
		expect(result.diagnostics).toEqual([]);
		expect(result.playbook?.meta.id).toBe('fixture');
	});
});
