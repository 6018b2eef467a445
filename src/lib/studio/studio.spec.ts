import { describe, expect, it } from 'vitest';
import { compareVersions, planImport } from './import-plan';
import { lineDiff } from './line-diff';

describe('line diff', () => {
	it('marks removed and added lines between common ones', () => {
		expect(lineDiff('a\nb\nc\nd', 'a\nc\nx\nd')).toEqual([
			{ kind: 'same', text: 'a' },
			{ kind: 'removed', text: 'b' },
			{ kind: 'same', text: 'c' },
			{ kind: 'added', text: 'x' },
			{ kind: 'same', text: 'd' }
		]);
	});

	it('treats CRLF and LF lines alike', () => {
		expect(lineDiff('a\r\nb', 'a\nb').every((l) => l.kind === 'same')).toBe(true);
	});
});

describe('import plan', () => {
	const rows = [{ id: 'row-1', playbookId: 'plant', version: '1.9' }];

	it('compares versions part by part', () => {
		expect(compareVersions('1.10', '1.9')).toBe(1);
		expect(compareVersions('2', '2.0')).toBe(0);
		expect(compareVersions('1.0', '1.0.1')).toBe(-1);
	});

	it('adds a new id, updates with a newer version, asks for an older or equal one', () => {
		expect(planImport({ playbookId: 'other', version: '1' }, rows)).toEqual({ kind: 'add' });
		expect(planImport({ playbookId: 'plant', version: '1.10' }, rows)).toMatchObject({
			kind: 'update',
			targetId: 'row-1'
		});
		expect(planImport({ playbookId: 'plant', version: '1.9' }, rows).kind).toBe('ask');
		expect(planImport({ playbookId: 'plant', version: '1.2' }, rows).kind).toBe('ask');
	});
});

describe('call map', () => {
	it('shows each need with its chain and marks the missing links', async () => {
		const { parsePlaybook } = await import('$lib/playbook/parse');
		const { callMap } = await import('./call-map');
		const source = [
			'---\nid: t\ntitle: T\nlocale: en\nversion: 1\noffer: o\n---',
			'## Needs\n\n- Downtime {#downtime}\n- Quality {#quality}',
			'## Problem\n\n- Lines stop? {#stops}\n  - Need: downtime',
			'## Implication\n\n- Cost of a stop? {#cost}\n  - Need: downtime',
			'## Need-payoff\n\n- Worth fixing? {#worth}\n  - Need: downtime',
			'## Capability\n\n### Sensors\n\n- Feature: sensors\n- Advantage: warns early\n- Benefit: fewer stops\n- Meets: downtime',
			'## Buyer\n\n### Replies\n\n- stops: Twice a week.\n  - Reveals: downtime\n- worth: A lot.\n  - States: downtime'
		].join('\n\n');
		const { playbook } = parsePlaybook(source);
		const map = callMap(playbook!);
		expect(map.map((c) => [c.need.id, c.gaps])).toEqual([
			['downtime', []],
			['quality', ['problem', 'implication', 'needPayoff', 'card', 'states', 'reveals']]
		]);
		expect(map[0].problem.map((q) => q.id)).toEqual(['stops']);
		expect(map[0].cards.map((c) => c.title)).toEqual(['Sensors']);
	});
});

describe('blank playbook', () => {
	it.each(['en', 'zh-CN'])('%s parses without any diagnostic', async (locale) => {
		const { parsePlaybook } = await import('$lib/playbook/parse');
		const { blankPlaybook } = await import('./blank');
		const result = parsePlaybook(blankPlaybook(locale));
		expect(
			result.diagnostics.map((d) => `${d.line} ${d.code} ${JSON.stringify(d.params)}`)
		).toEqual([]);
		expect(result.playbook?.meta.locale).toBe(locale);
	});
});
