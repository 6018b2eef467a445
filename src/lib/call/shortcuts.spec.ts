import { describe, expect, it } from 'vitest';
import { keyFor, keyToAction, rowKeys, SHORTCUTS, type ShortcutAction } from './shortcuts';
import { shortcutHelp } from './shortcut-help';

// Node has no DOM: a target only needs `closest` to say what it sits in.
const inside = (selector: string) => ({
	closest: (s: string) => (s.split(',').some((part) => part.trim() === selector) ? {} : null)
});

describe('keyToAction', () => {
	it('maps one key per step', () => {
		expect(keyToAction({ key: 'Enter' })).toEqual({ type: 'do' });
		expect(keyToAction({ key: 'A' })).toEqual({ type: 'do' });
		expect(keyToAction({ key: 'p' })).toEqual({ type: 'spin', spinType: 'problem' });
		expect(keyToAction({ key: 'N' })).toEqual({ type: 'spin', spinType: 'needPayoff' });
		expect(keyToAction({ key: 'b' })).toEqual({ type: 'present', kind: 'benefit' });
		expect(keyToAction({ key: 'ArrowRight' })).toEqual({ type: 'stage', delta: 1 });
		expect(keyToAction({ key: '[' })).toEqual({ type: 'stage', delta: -1 });
		expect(keyToAction({ key: '/' })).toEqual({ type: 'note' });
		expect(keyToAction({ key: '3' })).toEqual({ type: 'pick', index: 2 });
		expect(keyToAction({ key: '?' })).toEqual({ type: 'help' });
		expect(keyToAction({ key: 'x' })).toBeNull();
	});

	it('reads a digit after C or O as a need or an objection, and Esc cancels the chord', () => {
		expect(keyToAction({ key: 'c' })).toEqual({ type: 'chord', chord: 'need' });
		expect(keyToAction({ key: '2' }, 'need')).toEqual({ type: 'need', index: 1 });
		expect(keyToAction({ key: '1' }, 'objection')).toEqual({ type: 'objection', index: 0 });
		expect(keyToAction({ key: 'Escape' }, 'need')).toEqual({ type: 'cancel' });
		expect(keyToAction({ key: 'Escape' })).toBeNull();
	});

	it('leaves typing, browser shortcuts and focused buttons alone', () => {
		expect(keyToAction({ key: 's', target: inside('input') as unknown as EventTarget })).toBeNull();
		expect(
			keyToAction({ key: 'e', target: inside('textarea') as unknown as EventTarget })
		).toBeNull();
		expect(keyToAction({ key: 'c', ctrlKey: true })).toBeNull();
		expect(keyToAction({ key: 'r', metaKey: true })).toBeNull();
		const button = inside('button') as unknown as EventTarget;
		expect(keyToAction({ key: 'Enter', target: button })).toBeNull();
		expect(keyToAction({ key: ' ', target: button })).toBeNull();
		expect(keyToAction({ key: 's', target: button })).toEqual({
			type: 'spin',
			spinType: 'situation'
		});
	});
});

describe('the shortcut table', () => {
	const modes = ['live', 'rehearsal'] as const;

	it('maps every key of every row to that row’s action, in each of its modes', () => {
		for (const row of SHORTCUTS) {
			for (const mode of row.modes) {
				for (const b of row.bindings) {
					if ('digits' in b) {
						for (let d = 1; d <= 9; d++) {
							expect(keyToAction({ key: String(d) }, b.chord, mode)).toEqual(b.action(d - 1));
						}
					} else {
						const chord = row.chordOnly ? 'need' : null;
						expect(keyToAction({ key: b.key }, chord, mode), `${row.id} ${b.key}`).toEqual(
							b.action
						);
					}
				}
			}
		}
	});

	it('binds no key twice in one mode and chord', () => {
		for (const mode of modes) {
			const seen = new Set<string>();
			for (const row of SHORTCUTS.filter((r) => r.modes.includes(mode))) {
				for (const b of row.bindings) {
					const id = 'digits' in b ? `digits:${b.chord}` : `key:${b.key}`;
					expect(seen.has(id), `${mode} ${id}`).toBe(false);
					seen.add(id);
				}
			}
		}
	});

	it('lists exactly the table’s rows for the mode in the overlay, with their keys', () => {
		for (const mode of modes) {
			const rows = SHORTCUTS.filter((r) => r.modes.includes(mode));
			const help = shortcutHelp(mode === 'rehearsal');
			expect(help.map((h) => h.id)).toEqual(rows.map((r) => r.id));
			expect(help.map((h) => h.keys)).toEqual(rows.map(rowKeys));
			for (const h of help) expect(h.label.length).toBeGreaterThan(0);
		}
		expect(shortcutHelp(false).map((h) => h.id)).not.toContain('free');
		expect(keyToAction({ key: 'q' }, null, 'live')).toBeNull();
		expect(keyToAction({ key: 'q' }, null, 'rehearsal')).toEqual({ type: 'freeQuestion' });
	});

	it('gives buttons the key the handler reads for their action', () => {
		const hints: ShortcutAction[] = [
			{ type: 'do' },
			{ type: 'note' },
			{ type: 'pause' },
			{ type: 'end' },
			{ type: 'discreet' },
			{ type: 'help' },
			{ type: 'summary' },
			{ type: 'stage', delta: 1 },
			{ type: 'chord', chord: 'objection' },
			{ type: 'present', kind: 'feature' },
			{ type: 'present', kind: 'advantage' },
			{ type: 'present', kind: 'benefit' },
			{ type: 'profile' },
			{ type: 'counter' }
		];
		const back: Record<string, string> = { Enter: 'Enter', '→': 'ArrowRight', Space: ' ' };
		for (const action of hints) {
			const shown = keyFor(action);
			expect(shown, JSON.stringify(action)).not.toBeNull();
			expect(keyToAction({ key: back[shown!] ?? shown! })).toEqual(action);
		}
		expect(keyFor({ type: 'freeQuestion' })).toBeNull();
		expect(keyFor({ type: 'freeQuestion' }, 'rehearsal')).toBe('Q');
	});

	it('reads a digit after an objection’s number as one of its listed answers', () => {
		expect(keyToAction({ key: '2' }, 'answer')).toEqual({ type: 'answer', index: 1 });
		expect(keyToAction({ key: 'Escape' }, 'answer')).toEqual({ type: 'cancel' });
		expect(shortcutHelp(false).find((h) => h.id === 'answer')).toMatchObject({
			keys: ['O', '1–9', '1–9'],
			sequence: true
		});
	});
});
