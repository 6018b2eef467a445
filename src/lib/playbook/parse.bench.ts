// Target: parsing a 1,000-question (~150 KB) playbook takes at most twice as long as marked's
// bare lexer on the same text, and under 20 ms.
import { marked } from 'marked';
import { bench, describe } from 'vitest';
import { generatePlaybook } from './generate';
import { parsePlaybook } from './parse';

const SOURCE = generatePlaybook({ questions: 1000 });
const CRLF = '\uFEFF' + SOURCE.replace(/\n/g, '\r\n');
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
		'parsePlaybook',
		() => {
			parsePlaybook(SOURCE);
		},
		OPTIONS
	);
	bench(
		'parsePlaybook, CRLF + BOM',
		() => {
			parsePlaybook(CRLF);
		},
		OPTIONS
	);
});
