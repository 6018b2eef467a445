import { describe, expect, it } from 'vitest';
import { sessionToMarkdown, type SessionRow } from '$lib/db';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime.js';
import { EVENT_SCHEMA_VERSION, type CallEvent } from '$lib/session/events';
import { transcriptMarkdownOptions } from './markdown-options';

const v = EVENT_SCHEMA_VERSION;

const row: SessionRow = {
	id: 's1',
	playbookId: 'pb',
	playbookVersion: '1',
	playbookHash: 'h',
	mode: 'live',
	title: 'Plant uptime',
	locale: 'en',
	startedAt: Date.UTC(2026, 10, 26, 9, 0, 0),
	updatedAt: Date.UTC(2026, 10, 26, 9, 30, 0),
	active: 0,
	stage: 'committing',
	outcome: 'advance',
	eventCount: 4,
	counts: { situation: 0, problem: 1, implication: 0, needPayoff: 0 },
	needsExplicit: 0,
	needsImplied: 0,
	needs: []
};

const start = row.startedAt;
const events: CallEvent[] = [
	{
		v,
		at: start,
		type: 'call.plan',
		mode: 'live',
		playbookId: 'pb',
		objective: 'Agree on a *pilot*',
		primaryAdvance: { kind: 'demo' }
	},
	{ v, at: start + 1000, type: 'call.start' },
	{ v, at: start + 65_000, type: 'answer.note', text: '<b>two stops</b> a week\n# not a heading' },
	{
		v,
		at: start + 600_000,
		type: 'call.end',
		outcome: 'advance',
		nextStep: { text: 'Demo on line 3', date: '2026-12-01' }
	}
];

const transcriptMarkdown = (locale: string) =>
	sessionToMarkdown(
		row,
		events.map((event) => ({ event })),
		transcriptMarkdownOptions(null, locale)
	);

describe('sessionToMarkdown with the page options', () => {
	it('lists the summary and one timed line per event, in the UI language', () => {
		const md = transcriptMarkdown('en');
		expect(md).toContain('# Call transcript: Plant uptime');
		expect(md).toContain('- **Outcome**: Advance');
		expect(md).toContain('- **Next step**: Demo on line 3 · 2026\\-12\\-01');
		expect(md).toContain('- **Objective**: Agree on a \\*pilot\\*');
		expect(md).toContain('- **Advance sought**: Demonstration');
		expect(md).toContain(
			"- `1:05` Customer's answer — \\<b\\>two stops\\</b\\> a week  \n\\# not a heading"
		);
		expect(md).toContain('- `10:00` Call ended: Advance — Demo on line 3 · 2026\\-12\\-01');
		expect(md).not.toContain('<b>');
	});

	it('speaks Chinese when the UI does', () => {
		// In node Paraglide has nowhere to keep a chosen locale; point it at Chinese directly.
		const original = getLocale;
		overwriteGetLocale(() => 'zh-CN');
		let md: string;
		try {
			md = transcriptMarkdown('zh-CN');
		} finally {
			overwriteGetLocale(original);
		}
		expect(md).toContain('# 拜访记录: Plant uptime');
		expect(md).toContain('- **结果**: 推进');
		expect(md).toContain('拜访结束：推进');
	});
});
