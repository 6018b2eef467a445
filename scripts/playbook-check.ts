// Checks trainers' playbooks: `npm run playbook:check -- [--lang zh-CN|en] [--format text|json]
// <files...>`, or every playbooks/*.md (README.md excepted) when no file is named. Prints one
// line per problem with a code frame, then a summary, in the user's language (`--lang`, else
// LC_ALL / LC_MESSAGES / LANG); `--format json` prints one JSON document for tools. Exits with
// 1 when any file has an error, 2 on a bad command line.
import { readFileSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wordDiagnostic, wordsFromTable } from '../src/lib/i18n/diagnostic-core';
import { file_unreadable } from '../src/lib/playbook/diagnostics';
import { parsePlaybook } from '../src/lib/playbook/parse';
import type { Diagnostic } from '../src/lib/playbook/types';
import { CLI_TEXT, type CliLocale } from './playbook-check-text';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PLAYBOOKS = resolve(ROOT, 'playbooks');

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

/** The locale the environment asks for: LC_ALL, then LC_MESSAGES, then LANG. */
function environmentLocale(env: NodeJS.ProcessEnv): CliLocale {
	const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
	return /^zh/i.test(value) ? 'zh-CN' : 'en';
}

interface Options {
	lang: CliLocale;
	format: 'text' | 'json';
	files: string[];
}

function readArgs(args: string[]): Options | string {
	const options: Options = { lang: environmentLocale(process.env), format: 'text', files: [] };
	for (let i = 0; i < args.length; i++) {
		const [flag, inline] = args[i].split(/=(.*)/s, 2);
		const value = () => inline ?? args[++i];
		if (flag === '--lang') {
			const lang = value();
			if (lang !== 'en' && lang !== 'zh-CN') return `--lang ${lang ?? ''}`;
			options.lang = lang;
		} else if (flag === '--format') {
			const format = value();
			if (format !== 'text' && format !== 'json') return `--format ${format ?? ''}`;
			options.format = format;
		} else if (flag.startsWith('--')) return flag;
		else options.files.push(args[i]);
	}
	return options;
}

/** The app's own messages (messages/<lang>.json): the one source of every diagnostic's words. */
function messages(lang: CliLocale) {
	const path = resolve(ROOT, `messages/${lang}.json`);
	return wordsFromTable(JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>);
}

function main(args: string[]): number {
	const options = readArgs(args);
	if (typeof options === 'string') {
		const text = CLI_TEXT[environmentLocale(process.env)];
		console.error(text.badArgument(options));
		return 2;
	}
	const text = CLI_TEXT[options.lang];
	const words = messages(options.lang);
	const files = options.files.length > 0 ? options.files : defaultFiles();
	let errors = 0;
	let warnings = 0;
	let failed = 0;
	const report = [];
	for (const file of files) {
		const diagnostics = check(file).map((d) => ({ ...d, message: wordDiagnostic(words, d) }));
		const fileErrors = diagnostics.filter((d) => d.severity === 'error').length;
		errors += fileErrors;
		warnings += diagnostics.length - fileErrors;
		if (fileErrors > 0) failed++;
		report.push({ file, usable: fileErrors === 0, diagnostics });
		if (options.format === 'json') continue;
		for (const d of diagnostics) {
			console.log(
				`${file}:${d.line}:${d.column} ${text.severity[d.severity]} ${d.code} ${d.message}`
			);
			if (d.frame) console.log(d.frame.replace(/^/gm, '    '));
		}
	}
	if (options.format === 'json') {
		const summary = { files: files.length, errors, warnings, unusable: failed };
		console.log(
			JSON.stringify(
				{
					format: 'spin-coach-playbook-check',
					version: 1,
					locale: options.lang,
					summary,
					files: report
				},
				null,
				2
			)
		);
	} else {
		console.log(text.summary(files.length, errors, warnings, failed));
	}
	return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
