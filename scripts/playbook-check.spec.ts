// Runs the checker as trainers do (through tsx) and checks its output and exit code.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const FIXTURES = 'tests/fixtures/playbook';

function run(...files: string[]) {
	return runIn({ LANG: 'en_US.UTF-8' }, ...files);
}

function runIn(env: Record<string, string>, ...args: string[]) {
	const rest = { ...process.env };
	for (const name of ['LANG', 'LC_ALL', 'LC_MESSAGES']) delete rest[name];
	const result = spawnSync('node_modules/.bin/tsx', ['scripts/playbook-check.ts', ...args], {
		encoding: 'utf8',
		timeout: 60_000,
		env: { ...rest, ...env }
	});
	const lines = result.stdout.trimEnd().split('\n');
	return { status: result.status, lines, problems: lines.filter((l) => !l.startsWith(' ')) };
}

describe('npm run playbook:check', () => {
	it('passes a valid playbook with exit code 0', () => {
		const { status, lines } = run(`${FIXTURES}/valid/input.md`);
		expect(lines).toEqual(['1 file checked: 0 errors, 0 warnings']);
		expect(status).toBe(0);
	});

	it('prints file:line:column severity code message with a frame, and fails on an error', () => {
		const file = `${FIXTURES}/need_unknown/input.crlf-bom.md`;
		const { status, lines, problems } = run(file);
		expect(problems[0]).toBe(
			`${file}:20:21 error need_unknown There is no need with the id “downtme”. Did you mean “downtime”?`
		);
		expect(lines).toContain('    20 |   - Need: downtime, downtme');
		expect(lines.at(-1)).toBe('1 file checked: 1 error, 0 warnings; 1 file cannot be used');
		expect(status).toBe(1);
	});

	it('exits 0 when a file has only warnings', () => {
		const file = `${FIXTURES}/card_incomplete/input.md`;
		const { status, problems } = run(file);
		expect(problems[0]).toMatch(new RegExp(`^${file}:\\d+:\\d+ warning card_incomplete `));
		expect(status).toBe(0);
	});

	it('checks every file named and reports one it cannot read', () => {
		const { status, problems } = run(`${FIXTURES}/valid/input.md`, 'missing.md');
		expect(problems[0]).toMatch(/^missing\.md:1:1 error file_unreadable /);
		expect(problems.at(-1)).toBe('2 files checked: 1 error, 0 warnings; 1 file cannot be used');
		expect(status).toBe(1);
	});

	it('checks every playbook but the README when no file is named', () => {
		const expected = readdirSync('playbooks').filter((f) => f.endsWith('.md') && f !== 'README.md');
		const { problems } = run();
		const count = expected.length;
		expect(problems.at(-1)).toMatch(new RegExp(`^${count} files? checked: `));
		for (const line of problems.slice(0, -1)) expect(line).toMatch(/^playbooks\/(?!README)/);
	});

	it('speaks Chinese with --lang zh-CN or a Chinese locale in the environment', () => {
		const file = `${FIXTURES}/need_unknown/input.md`;
		for (const { env, args } of [
			{ env: { LANG: 'en_US.UTF-8' }, args: ['--lang', 'zh-CN', file] },
			{ env: { LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' }, args: [file] }
		]) {
			const { lines, status } = runIn(env, ...args);
			expect(lines[0]).toBe(
				`${file}:20:21 错误 need_unknown 没有编号为“downtme”的需求。是不是想写“downtime”？`
			);
			expect(lines.at(-1)).toBe('检查了 1 个文件：1 个错误，0 个提醒；1 个文件无法使用');
			expect(status).toBe(1);
		}
	});

	it('prints one JSON document with --format json, fixes included', () => {
		const file = `${FIXTURES}/need_unknown/input.md`;
		const result = spawnSync(
			'node_modules/.bin/tsx',
			['scripts/playbook-check.ts', '--format=json', '--lang', 'en', file],
			{ encoding: 'utf8', timeout: 60_000 }
		);
		const report = JSON.parse(result.stdout);
		expect(report.summary).toEqual({ files: 1, errors: 1, warnings: 0, unusable: 1 });
		expect(report.files[0].diagnostics[0]).toMatchObject({
			code: 'need_unknown',
			line: 20,
			column: 21,
			endColumn: 28,
			params: { id: 'downtme', suggestion: 'downtime' },
			fix: { replacement: 'downtime' }
		});
		expect(result.status).toBe(1);
	});

	it('refuses an unknown option with exit code 2', () => {
		const { status } = runIn({ LANG: 'en_US.UTF-8' }, '--lang', 'fr');
		expect(status).toBe(2);
	});
});
