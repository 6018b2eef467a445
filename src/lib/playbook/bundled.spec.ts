import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledPlaybooks, loadPlaybooks } from './bundled';

const VALID = (title: string) =>
	`---\nid: ${title.toLowerCase()}\ntitle: ${title}\nlocale: en\nversion: 1\noffer: O\n---\n# Situation\n- Q?\n`;

describe('loadPlaybooks', () => {
	it('parses each file, skips the README, sorts by title and marks usability', () => {
		const list = loadPlaybooks({
			'/playbooks/b.md': VALID('Zebra'),
			'/playbooks/a.md': VALID('Apple'),
			'/playbooks/README.md': '# Writing a playbook',
			'/playbooks/broken.md': '---\nid: broken\ntitle: Mango\n---\n'
		});
		expect(list.map((p) => [p.file, p.usable])).toEqual([
			['/playbooks/a.md', true],
			['/playbooks/broken.md', false],
			['/playbooks/b.md', true]
		]);
		expect(list[0].result.diagnostics.every((d) => d.file === 'playbooks/a.md')).toBe(true);
		expect(list[0].source).toBe(VALID('Apple'));
	});
});

describe('bundledPlaybooks', () => {
	it('holds every playbooks/*.md but the README, once', () => {
		const onDisk = readdirSync(new URL('../../../playbooks/', import.meta.url))
			.filter((f) => f.endsWith('.md') && f !== 'README.md')
			.map((f) => `/playbooks/${f}`)
			.sort();
		const list = bundledPlaybooks();
		expect(list.map((p) => p.file).sort()).toEqual(onDisk);
		expect(bundledPlaybooks()).toBe(list);
		const titles = list.map((p) => p.result.playbook?.meta.title ?? '');
		expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
	});
});
