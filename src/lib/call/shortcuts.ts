// The prompter's keyboard map as one typed table: each row names its keys, the action they
// mean, whether the keys are a sequence, and the modes it works in. The key handler
// (`keyToAction`), the buttons' key hints (`keyFor`) and the `?` overlay (`shortcutHelp` in
// shortcut-help.ts, with each row's label) all read this table, so a key cannot exist in one of
// them and not the others. The labels live apart: only the overlay, loaded on demand, shows them.
import type { SpinType } from '$lib/playbook/types';
import type { PresentKind } from './types';

/** A first key waiting for its number: a need, an objection, or an answer to an objection. */
export type Chord = 'need' | 'objection' | 'answer';

/** Where a shortcut works: a live call or a rehearsal with the scripted buyer. */
export type CallMode = 'live' | 'rehearsal';

export type ShortcutAction =
	| { type: 'do' }
	| { type: 'pick'; index: number }
	| { type: 'move'; delta: 1 | -1 }
	| { type: 'spin'; spinType: SpinType }
	| { type: 'chord'; chord: Chord }
	| { type: 'need'; index: number }
	| { type: 'objection'; index: number }
	| { type: 'answer'; index: number }
	| { type: 'note' }
	| { type: 'present'; kind: PresentKind }
	| { type: 'stage'; delta: 1 | -1 }
	| { type: 'summary' }
	| { type: 'pause' }
	| { type: 'end' }
	| { type: 'discreet' }
	| { type: 'help' }
	| { type: 'freeQuestion' }
	| { type: 'profile' }
	| { type: 'counter' }
	| { type: 'cancel' };

/** One key (as `KeyboardEvent.key`, letters lower-case) and what it does. */
interface KeyBinding {
	key: string;
	action: ShortcutAction;
}

/** The digits 1–9 while `chord` is pending (null: none), and what digit n does. */
interface DigitBinding {
	digits: true;
	chord: Chord | null;
	action: (index: number) => ShortcutAction;
}

export type Binding = KeyBinding | DigitBinding;

/** A row of the table; the overlay's labels are keyed by it (shortcut-help.ts). */
export type ShortcutId =
	| 'do'
	| 'pick'
	| 'move'
	| 'spin'
	| 'need'
	| 'note'
	| 'present'
	| 'objection'
	| 'answer'
	| 'profile'
	| 'counter'
	| 'cancel'
	| 'stage'
	| 'summary'
	| 'pause'
	| 'end'
	| 'discreet'
	| 'help'
	| 'free';

export interface Shortcut {
	id: ShortcutId;
	/** The keys and what they do; the overlay shows them in this order. */
	bindings: readonly Binding[];
	/** Keys shown before the row's own because another row's keys lead here (`O`, `1–9`). */
	lead?: readonly string[];
	/** The keys are pressed one after the other (`C` then a digit), not as alternatives. */
	sequence?: boolean;
	/** Only while a chord is pending (Esc cancels it; otherwise Esc is the browser's). */
	chordOnly?: boolean;
	modes: readonly CallMode[];
}

const BOTH: readonly CallMode[] = ['live', 'rehearsal'];
const DIGITS = '1–9';
const key = (k: string, action: ShortcutAction): KeyBinding => ({ key: k, action });

/** The prompter's shortcuts, in the order the overlay lists them. */
export const SHORTCUTS: readonly Shortcut[] = [
	{
		id: 'do',
		bindings: [key('Enter', { type: 'do' }), key(' ', { type: 'do' }), key('a', { type: 'do' })],
		modes: BOTH
	},
	{
		id: 'pick',
		bindings: [{ digits: true, chord: null, action: (index) => ({ type: 'pick', index }) }],
		modes: BOTH
	},
	{
		id: 'move',
		bindings: [
			key('ArrowUp', { type: 'move', delta: -1 }),
			key('ArrowDown', { type: 'move', delta: 1 })
		],
		modes: BOTH
	},
	{
		id: 'spin',
		bindings: [
			key('s', { type: 'spin', spinType: 'situation' }),
			key('p', { type: 'spin', spinType: 'problem' }),
			key('i', { type: 'spin', spinType: 'implication' }),
			key('n', { type: 'spin', spinType: 'needPayoff' })
		],
		modes: BOTH
	},
	{
		id: 'need',
		bindings: [
			key('c', { type: 'chord', chord: 'need' }),
			{ digits: true, chord: 'need', action: (index) => ({ type: 'need', index }) }
		],
		sequence: true,
		modes: BOTH
	},
	{
		id: 'note',
		bindings: [key('t', { type: 'note' }), key('/', { type: 'note' })],
		modes: BOTH
	},
	{
		id: 'present',
		bindings: [
			key('f', { type: 'present', kind: 'feature' }),
			key('v', { type: 'present', kind: 'advantage' }),
			key('b', { type: 'present', kind: 'benefit' })
		],
		modes: BOTH
	},
	{
		id: 'objection',
		bindings: [
			key('o', { type: 'chord', chord: 'objection' }),
			{ digits: true, chord: 'objection', action: (index) => ({ type: 'objection', index }) }
		],
		sequence: true,
		modes: BOTH
	},
	{
		id: 'answer',
		lead: ['O', DIGITS],
		bindings: [{ digits: true, chord: 'answer', action: (index) => ({ type: 'answer', index }) }],
		sequence: true,
		modes: BOTH
	},
	{
		id: 'profile',
		bindings: [key('w', { type: 'profile' })],
		modes: BOTH
	},
	{
		id: 'counter',
		bindings: [key('r', { type: 'counter' })],
		modes: BOTH
	},
	{
		id: 'cancel',
		bindings: [key('Escape', { type: 'cancel' })],
		chordOnly: true,
		modes: BOTH
	},
	{
		id: 'stage',
		bindings: [
			key('ArrowRight', { type: 'stage', delta: 1 }),
			key('ArrowLeft', { type: 'stage', delta: -1 }),
			key(']', { type: 'stage', delta: 1 }),
			key('[', { type: 'stage', delta: -1 })
		],
		modes: BOTH
	},
	{
		id: 'summary',
		bindings: [key('g', { type: 'summary' })],
		modes: BOTH
	},
	{
		id: 'pause',
		bindings: [key('h', { type: 'pause' })],
		modes: BOTH
	},
	{ id: 'end', bindings: [key('e', { type: 'end' })], modes: BOTH },
	{
		id: 'discreet',
		bindings: [key('d', { type: 'discreet' })],
		modes: BOTH
	},
	{
		id: 'help',
		bindings: [key('?', { type: 'help' })],
		modes: BOTH
	},
	{
		id: 'free',
		bindings: [key('q', { type: 'freeQuestion' })],
		modes: ['rehearsal']
	}
];

const ARROWS: Record<string, string> = {
	ArrowUp: '↑',
	ArrowDown: '↓',
	ArrowLeft: '←',
	ArrowRight: '→',
	' ': 'Space',
	Escape: 'Esc'
};

/** How a key is written on screen: `↑`, `Space`, `Esc`, `Enter`, capital letters. */
export function displayKey(k: string): string {
	return ARROWS[k] ?? (k.length === 1 ? k.toUpperCase() : k);
}

/** The keys of a row as the overlay writes them. */
export function rowKeys(row: Shortcut): string[] {
	const own = row.bindings.map((b) => ('digits' in b ? DIGITS : displayKey(b.key)));
	return [...(row.lead ?? []), ...own];
}

/** The parts of a KeyboardEvent the map looks at. */
export interface KeyInput {
	key: string;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
	target?: EventTarget | null;
}

/** True when the key belongs to a field or a focused button (Enter/Space click it natively). */
export function isTypingTarget(target: EventTarget | null | undefined, key: string): boolean {
	if (!target || typeof (target as Element).closest !== 'function') return false;
	const el = target as HTMLElement;
	if (el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) {
		return true;
	}
	return (key === 'Enter' || key === ' ') && el.closest('button, a[href], summary') !== null;
}

/** Which action a key press means, given a pending chord; `null` leaves the key to the browser. */
export function keyToAction(
	input: KeyInput,
	chord: Chord | null = null,
	mode: CallMode = 'live'
): ShortcutAction | null {
	if (input.ctrlKey || input.metaKey || input.altKey) return null;
	if (isTypingTarget(input.target, input.key)) return null;
	const k = input.key.length === 1 ? input.key.toLowerCase() : input.key;
	const digit = /^[1-9]$/.test(k);
	for (const row of SHORTCUTS) {
		if (!row.modes.includes(mode) || (row.chordOnly && !chord)) continue;
		for (const b of row.bindings) {
			if ('digits' in b) {
				if (digit && b.chord === chord) return b.action(Number(k) - 1);
			} else if (b.key === k) {
				return b.action;
			}
		}
	}
	return null;
}

const sameAction = (a: ShortcutAction, b: ShortcutAction) =>
	JSON.stringify(a) === JSON.stringify(b);

/** The key a button shows for its action (the table's first key for it), or null. */
export function keyFor(action: ShortcutAction, mode: CallMode = 'live'): string | null {
	for (const row of SHORTCUTS) {
		if (!row.modes.includes(mode)) continue;
		for (const b of row.bindings) {
			if (!('digits' in b) && sameAction(b.action, action)) return displayKey(b.key);
		}
	}
	return null;
}
