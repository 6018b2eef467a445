// Target: parsing a 1,000-question (~150 KB) playbook takes at most twice as long as marked's
// bare lexer on the same text, and under 20 ms. The studio re-parses on every keystroke: there
// only the edited piece is lexed again (blocks.ts), measured here next to the cold parse.
import { marked } from 'marked';
import { bench, describe } from 'vitest';
import { forgetPieces } from './blocks';
import { generatePlaybook } from './generate';
import { parsePlaybook } from './parse';

const SOURCE = generatePlaybook({ questions: 1000 });
const CRLF = '\uFEFF' + SOURCE.replace(/\n/g, '\r\n');
// Two texts one keystroke apart, in the middle of the file, parsed in turn as the editor does.
const MIDDLE = SOURCE.indexOf('\n', SOURCE.length >> 1);
const EDITS = ['x', 'xy'].map((typed) => SOURCE.slice(0, MIDDLE) + typed + SOURCE.slice(MIDDLE));
let turn = 0;
// Long runs: a 150 KB parse allocates enough that a short run mostly measures GC pauses.
const OPTIONS = { time: 3000, warmupTime: 1000, warmupIterations: 20 };

describe(`1,000-question playbook (${Math.round(SOURCE.length / 1024)} KB)`, () => {
	bench(
		'marked.lexer (baseline)',
		() => {
			marked.lexer(SOURCE);
		},
		OPTIONS
	);
	bench(
		'parsePlaybook (cold: nothing reused)',
		() => {
			forgetPieces();
			parsePlaybook(SOURCE);
		},
		OPTIONS
	);
	bench(
		'parsePlaybook, CRLF + BOM (cold)',
		() => {
			forgetPieces();
			parsePlaybook(CRLF);
		},
		OPTIONS
	);
	bench(
		'parsePlaybook after a one-character edit (studio)',
		() => {
			parsePlaybook(EDITS[turn++ % 2]);
		},
		OPTIONS
	);
});
