// Competitors named in a playbook: the front matter's optional list and objections' `Competitor`.
import { describe, expect, it } from 'vitest';
import { objectionsFrom } from './competitors';
import { diagnosticText } from '$lib/i18n/diagnostic-text';
import { parsePlaybook } from './parse';

const front = (extra = '') =>
	`---\nid: t\ntitle: T\nlocale: en\nversion: 1\noffer: O\n${extra}---\n`;
const objection = (line: string) =>
	`# Objections\n## We have a contract {#incumbent}\n- Answer: A\n${line}\n`;
const competitorCodes = (source: string) =>
	parsePlaybook(source)
		.diagnostics.filter((d) => d.code.startsWith('competitor_') || d.code === 'label_duplicate')
		.map((d) => [d.code, d.line, d.column]);

describe('competitors in a playbook', () => {
	it('reads the objection’s competitor and the front matter list, in either language', () => {
		const en = parsePlaybook(
			front('competitors: Apex Maintenance, Borealis\n') +
				objection('- Competitor: Apex Maintenance')
		);
		expect(en.playbook?.competitors).toEqual(['Apex Maintenance', 'Borealis']);
		expect(en.playbook?.objections[0].competitor).toBe('Apex Maintenance');
		const zh = parsePlaybook(
			front('竞争对手：原厂服务部、华东维保\n') + objection('- 竞争对手：华东维保')
		);
		expect(zh.playbook?.competitors).toEqual(['原厂服务部', '华东维保']);
		expect(zh.playbook?.objections[0].competitor).toBe('华东维保');
		expect(zh.diagnostics.filter((d) => d.code.startsWith('competitor_'))).toEqual([]);
	});

	it('is optional: no list, no competitor, and any name goes without a list', () => {
		const none = parsePlaybook(front() + objection('- Cause: C'));
		expect(none.playbook?.competitors).toBeUndefined();
		expect(none.playbook?.objections[0].competitor).toBeUndefined();
		const unlisted = parsePlaybook(front() + objection('- Competitor: Anyone'));
		expect(unlisted.playbook?.objections[0].competitor).toBe('Anyone');
		expect(competitorCodes(front() + objection('- Competitor: Anyone'))).toEqual([]);
	});

	it('takes the list’s spelling for a name written in another case or width', () => {
		const { playbook, diagnostics } = parsePlaybook(
			front('competitors: Apex Maintenance\n') + objection('- Competitor: apex  MAINTENANCE')
		);
		expect(playbook?.objections[0].competitor).toBe('Apex Maintenance');
		expect(diagnostics.map((d) => d.code)).not.toContain('competitor_unknown');
	});

	it('reports a name the list lacks, with the closest listed name as a fix', () => {
		const source =
			front('competitors: Apex Maintenance, Borealis\n') + objection('- Competitor: Borealsi');
		const hit = parsePlaybook(source).diagnostics.find((d) => d.code === 'competitor_unknown');
		expect(hit).toMatchObject({
			severity: 'warning',
			line: 12,
			column: 15,
			endColumn: 23,
			params: { name: 'Borealsi', suggestion: 'Borealis' },
			fix: { replacement: 'Borealis' }
		});
		// The fix is named in the words too ("did you mean"), in either language.
		expect(diagnosticText(hit!)).toMatch(/“Borealis”/);
		const far = parsePlaybook(
			front('competitors: Apex Maintenance\n') + objection('- Competitor: Zenith')
		).diagnostics.find((d) => d.code === 'competitor_unknown');
		expect(far?.params).toEqual({ name: 'Zenith' });
	});

	it('reports empty names and names listed twice, and leaves them out', () => {
		const source = front('competitors: Apex, , Borealis, APEX,\n') + objection('- Competitor:');
		const { playbook } = parsePlaybook(source);
		expect(playbook?.competitors).toEqual(['Apex', 'Borealis']);
		expect(playbook?.objections[0].competitor).toBeUndefined();
		expect(competitorCodes(source)).toEqual([
			['competitor_empty', 7, 18],
			['competitor_duplicate', 7, 32],
			['competitor_empty', 7, 36],
			['competitor_empty', 12, 3]
		]);
		expect(competitorCodes(front('competitors:\n'))).toEqual([['competitor_empty', 7, 1]]);
	});

	it('keeps the last of two competitors on one objection, with a warning', () => {
		const source = front() + objection('- Competitor: Apex\n- Competitor: Borealis');
		expect(parsePlaybook(source).playbook?.objections[0].competitor).toBe('Borealis');
		expect(competitorCodes(source)).toEqual([['label_duplicate', 12, 3]]);
	});
});

describe('objectionsFrom', () => {
	it('finds the objections tied to a competitor by name, ignoring case and spaces', () => {
		const objections = [
			{ id: 'a', competitor: 'Apex Maintenance' },
			{ id: 'b' },
			{ id: 'c', competitor: 'Borealis' }
		];
		expect(objectionsFrom(objections, 'apex maintenance').map((o) => o.id)).toEqual(['a']);
		expect(objectionsFrom(objections, 'Zenith')).toEqual([]);
		expect(objectionsFrom(objections, ' ')).toEqual([]);
	});
});
