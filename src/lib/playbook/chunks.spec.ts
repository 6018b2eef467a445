// Lexing a playbook piece by piece (to reuse the unchanged pieces on the next keystroke) must
// give exactly the blocks of lexing it whole.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forgetPieces, readBlocks, readBlocksReusing } from './blocks';
import { SOFT_LIMIT, splitChunks } from './chunks';
import { generatePlaybook } from './generate';
import { parsePlaybook } from './parse';

const ROOT = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');
const FIXTURES = readdirSync(new URL('tests/fixtures/playbook/', ROOT))
	.map((d) => `tests/fixtures/playbook/${d}/input.md`)
	.filter((p) => existsSync(new URL(p, ROOT)));
const SAMPLES = readdirSync(new URL('playbooks/', ROOT)).map((f) => `playbooks/${f}`);

const same = (text: string) =>
	expect(readBlocksReusing(text, 0, text)).toEqual(readBlocks(text, 0, text));

describe('splitChunks', () => {
	it('cuts at headings and, past the soft limit, at top-level bullets; the pieces join back', () => {
		const long = 'x'.repeat(SOFT_LIMIT);
		const body = `# A\n- a\n  - Need: n\n## B\n- ${long}\n- c\n  - d\n- e\n`;
		expect(splitChunks(body)).toEqual([
			'# A\n- a\n  - Need: n\n',
			`## B\n- ${long}\n`,
			'- c\n  - d\n- e\n'
		]);
		expect(splitChunks('')).toEqual(['']);
	});

	it('never cuts inside a fenced code block or an HTML block', () => {
		const body = '# A\n```\n# not a heading\n```\n<!--\n# hidden\n-->\n<div>\n# inside\n\n# B\n';
		expect(splitChunks(body)).toEqual([
			'# A\n```\n# not a heading\n```\n<!--\n# hidden\n-->\n<div>\n# inside\n\n',
			'# B\n'
		]);
	});
});

describe('reading blocks piece by piece', () => {
	it('gives the blocks of the whole text for the samples, every fixture and a 150 KB playbook', () => {
		for (const path of [...SAMPLES, ...FIXTURES]) same(read(path).replace(/\r\n/g, '\n'));
		same(generatePlaybook({ questions: 1000 }));
	});

	it('does not cut where a lone tag may be a paragraph line that a fence then interrupts', () => {
		// Found by the property below: `</pre>` continues the item's paragraph, so the fence is
		// real and runs to the end, taking the heading with it.
		same('- item\n</pre>\n```\n\n# H\n');
	});

	it('gives the blocks of the whole text for any mix of tricky lines', () => {
		const lines = fc.constantFrom(
			'# H',
			'## Sub {#s}',
			'#',
			'- item',
			'- Answer: a {#a}',
			'  - Need: n',
			'    - deep',
			'  continued',
			'```',
			'~~~',
			'```md',
			'<!--',
			'-->',
			'<!-- note -->',
			'<div>',
			'</div>',
			'<pre>',
			'</pre>',
			'- <details>',
			'',
			'',
			'text',
			'> quote',
			'| a | b |',
			'|---|---|',
			'---',
			'* * *',
			'1. one',
			'2. two',
			'    code',
			'Title',
			'===',
			'+ plus',
			'* star',
			'x'.repeat(400),
			`- ${'y'.repeat(900)}`
		);
		fc.assert(
			fc.property(fc.array(lines, { minLength: 1, maxLength: 120 }), (picked) => {
				same(picked.join('\n') + '\n');
			}),
			{ numRuns: 300 }
		);
	});

	it('parses text after any run of keystroke-sized edits as a fresh parse does', () => {
		// The editor re-parses on every keystroke, reusing the pieces of the text before it.
		const start = generatePlaybook({ questions: 60, questionsPerNeed: 6 });
		const snippet = fc.constantFrom(
			'x',
			' ',
			'\n',
			'\n\n',
			'# ',
			'## Sub\n',
			'- ',
			'\n- Hint: h',
			'  - Need: need-1\n',
			'{#',
			'{#q-1}',
			'```\n',
			'<!--',
			'-->',
			'<div>\n',
			'---\n',
			'：'
		);
		const edit = fc.record({
			at: fc.nat(),
			remove: fc.nat({ max: 40 }),
			insert: fc.oneof(snippet, fc.constant(''))
		});
		fc.assert(
			fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
				let text = start;
				forgetPieces();
				parsePlaybook(text);
				for (const { at, remove, insert } of edits) {
					const from = at % (text.length + 1);
					text = text.slice(0, from) + insert + text.slice(from + remove);
					const reused = parsePlaybook(text);
					forgetPieces();
					expect(reused).toEqual(parsePlaybook(text));
				}
			}),
			{ numRuns: 60 }
		);
	});

	it('parses an edited text as if it were new', () => {
		const text = generatePlaybook({ questions: 200 });
		const at = text.indexOf('\n', text.length >> 1);
		const edited = text.slice(0, at) + '\n- Added: a line' + text.slice(at);
		parsePlaybook(text);
		const reused = parsePlaybook(edited);
		// Only the last text's pieces are kept: after another file, `edited` is lexed afresh.
		parsePlaybook('---\nid: other\n---\n# Opening\n- Hi\n');
		expect(reused).toEqual(parsePlaybook(edited));
	});
});
