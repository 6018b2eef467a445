// Must load before Dexie, which looks up indexedDB when its module is evaluated.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newSession, sampleCall, seededDb } from '../../../tests/fixtures/db/helpers';
import { loadEvents } from './events';
import { describeEventEnglish, escapeMarkdown, sessionToMarkdown } from './markdown';
import { getSession } from './sessions';
import { EVENT_TYPES } from '$lib/session/validate';
import type { CallEvent } from '$lib/session/events';

describe('sessionToMarkdown', () => {
	it('renders heading, plan and one timed line per event', async () => {
		const db = await seededDb();
		const session = (await getSession(db, 'call-a'))!;
		const events = await loadEvents(db, 'call-a');
		db.close();
		const md = sessionToMarkdown(session, events);
		const lines = md.split('\n');
		expect(lines[0]).toBe('# Call transcript: 与华东区的通话');
		expect(md).toContain('- **Account**: Acme · gold');
		expect(md).toContain('- **Outcome**: advance');
		expect(md).toContain('- **Objective**: Agree a pilot\n- **Primary advance**: demo\n');
		expect(md).toContain('- **Fallback advance**: other: Meet the CFO');
		const transcript = lines.slice(lines.indexOf('## Transcript') + 2).filter(Boolean);
		expect(transcript).toHaveLength(events.length);
		expect(transcript[3]).toBe('- `0:09` Asked a situation question: How many reps?');
		expect(transcript[14]).toBe(
			'- `2:20` Call ended: advance \\(next step: Demo, 2026\\-12\\-01\\)'
		);
	});

	it('shows markup in notes as text', () => {
		const md = sessionToMarkdown({ ...sessionRow(), title: '<script>alert(1)</script>' }, [
			{
				event: { v: 1, at: 0, type: 'note.add', text: '# not a heading\n[link](javascript:x) *b*' }
			}
		]);
		expect(md).not.toContain('<script>');
		expect(md).toContain('\\<script\\>');
		expect(md).toContain('Note: \\# not a heading  \n\\[link\\]\\(javascript:x\\) \\*b\\*');
		expect(md.split('\n').filter((l) => l.startsWith('#'))).toHaveLength(2);
	});

	it('uses a given describe function and labels for localised text', () => {
		const md = sessionToMarkdown(sessionRow(), [{ event: sampleCall(0)[1] }], {
			describe: (e) => (e.type === 'call.start' ? '通话开始' : e.type),
			labels: { transcript: '记录' }
		});
		expect(md).toContain('## 记录\n\n- `0:01` 通话开始');
	});

	it('has a distinct English line for every event type', () => {
		const extra: CallEvent[] = [
			{ v: 1, at: 0, type: 'call.pause' },
			{ v: 1, at: 0, type: 'call.resume' },
			{ v: 1, at: 0, type: 'spin.select', spinType: 'problem' },
			{ v: 1, at: 0, type: 'opening.do', moveId: 'intro' },
			{ v: 1, at: 0, type: 'feature.present', cardId: 'c1' },
			{ v: 1, at: 0, type: 'advantage.present', cardId: 'c1' },
			{ v: 1, at: 0, type: 'objection.raise', objectionId: 'price' },
			{ v: 1, at: 0, type: 'objection.answer', objectionId: 'price' },
			{ v: 1, at: 0, type: 'note.add', text: 'n' },
			{ v: 1, at: 0, type: 'summary.give' },
			{ v: 1, at: 0, type: 'buyer.say', text: 'Hmm' },
			{ v: 1, at: 0, type: 'review.save', wentWell: 'a', toChange: 'b' }
		];
		const all = [...sampleCall(), ...extra];
		expect(new Set(all.map((e) => e.type))).toEqual(new Set(EVENT_TYPES));
		const byType = new Map(all.map((e) => [e.type, describeEventEnglish(e)]));
		for (const line of byType.values()) expect(line.trim()).not.toBe('');
		expect(new Set(byType.values()).size).toBe(byType.size);
	});

	it('escapeMarkdown keeps plain words and CJK text as they are', () => {
		expect(escapeMarkdown('需求 confirmed')).toBe('需求 confirmed');
	});

	it('escapeMarkdown escapes markup so it shows literally', () => {
		expect(escapeMarkdown('*a* <b> [x](y) # h')).toBe('\\*a\\* \\<b\\> \\[x\\]\\(y\\) \\# h');
	});
});

function sessionRow() {
	const s = newSession();
	return {
		id: 'x',
		playbookId: s.playbook.id,
		playbookVersion: s.playbook.version,
		playbookHash: '0123456789abcdef',
		mode: s.mode,
		title: s.title,
		locale: s.locale,
		startedAt: 0,
		updatedAt: 0,
		active: 1 as const,
		stage: 'opening' as const,
		eventCount: 0,
		counts: { situation: 0, problem: 0, implication: 0, needPayoff: 0 },
		needsExplicit: 0,
		needsImplied: 0,
		needs: []
	};
}
