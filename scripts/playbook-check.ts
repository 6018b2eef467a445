// Checks trainers' playbooks: `npm run playbook:check -- <files...>`, or every playbooks/*.md
// (README.md excepted) when no file is named. Prints one line per problem, then a summary, and
// exits with 1 when any file has an error.
import { readFileSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { file_unreadable } from '../src/lib/playbook/diagnostics';
import { parsePlaybook } from '../src/lib/playbook/parse';
import type { Diagnostic } from '../src/lib/playbook/types';

const PLAYBOOKS = fileURLToPath(new URL('../playbooks/', import.meta.url));

function defaultFiles(): string[] {
	return readdirSync(PLAYBOOKS)
		.filter((name) => name.endsWith('.md') && name.toLowerCase() !== 'readme.md')
		.sort()
		.map((name) => relative(process.cwd(), resolve(PLAYBOOKS, name)));
}

function check(file: string): Diagnostic[] {
	let source: string;
	try {
		source = readFileSync(file, 'utf8');
	} catch (error) {
		const problem = file_unreadable({ detail: (error as NodeJS.ErrnoException).code ?? 'error' });
		return [{ ...problem, file, line: 1, column: 1, frame: '' }];
	}
	return parsePlaybook(source, { file }).diagnostics;
}

function main(args: string[]): number {
	const files = args.length > 0 ? args : defaultFiles();
	let errors = 0;
	let warnings = 0;
	let failed = 0;
	for (const file of files) {
		const diagnostics = check(file);
		for (const d of diagnostics) {
			console.log(`${file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`);
			if (d.frame) console.log(d.frame.replace(/^/gm, '    '));
		}
		const fileErrors = diagnostics.filter((d) => d.severity === 'error').length;
		errors += fileErrors;
		warnings += diagnostics.length - fileErrors;
		if (fileErrors > 0) failed++;
	}
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	console.log(
		`${plural(files.length, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}` +
			(failed > 0 ? `; ${plural(failed, 'file')} cannot be used` : '')
	);
	return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
