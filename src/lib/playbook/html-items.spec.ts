// A list item that starts with an HTML tag keeps its text as written (the app shows it as text),
// with its nested details, instead of being dropped with a "no text" warning.
import { describe, expect, it } from 'vitest';
import { parsePlaybook } from './parse';

const HEAD = '---\nid: t\ntitle: T\nlocale: en\nversion: 1\noffer: o\n---\n\n## Opening\n\n';

describe('items that start with an HTML tag', () => {
	it('keeps the text as written, with its details and explicit id', () => {
		const { playbook, diagnostics } = parsePlaybook(
			`${HEAD}- <details>Who we are</details> {#intro}\n  - Hint: <b>short</b>\n- <img src=x onerror=alert(1)>\n`
		);
		expect(diagnostics.map((d) => d.code)).not.toContain('text_empty');
		expect(playbook?.opening).toEqual([
			{ id: 'intro', line: 11, text: '<details>Who we are</details>', hints: ['<b>short</b>'] },
			expect.objectContaining({ line: 13, text: '<img src=x onerror=alert(1)>' })
		]);
	});
});
