// The prompter's keyboard map as a pure function: one key per step, with two-key chords
// (`C` then a digit, `O` then a digit) for the lists that need a number.
import { m } from '$lib/paraglide/messages.js';
import type { SpinType } from '$lib/playbook/types';
import type { PresentKind } from './types';

export type Chord = 'need' | 'objection';

export type ShortcutAction =
	| { type: 'do' }
	| { type: 'pick'; index: number }
	| { type: 'move'; delta: 1 | -1 }
	| { type: 'spin'; spinType: SpinType }
	| { type: 'chord'; chord: Chord }
	| { type: 'need'; index: number }
	| { type: 'objection'; index: number }
	| { type: 'note' }
	| { type: 'present'; kind: PresentKind }
	| { type: 'stage'; delta: 1 | -1 }
	| { type: 'summary' }
	| { type: 'pause' }
	| { type: 'end' }
	| { type: 'discreet' }
	| { type: 'help' }
	| { type: 'freeQuestion' }
	| { type: 'cancel' };

/** The parts of a KeyboardEvent the map looks at. */
export interface KeyInput {
	key: string;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
	target?: EventTarget | null;
}

const SPIN_BY_KEY: Record<string, SpinType> = {
	s: 'situation',
	p: 'problem',
	i: 'implication',
	n: 'needPayoff'
};

const PRESENT_BY_KEY: Record<string, PresentKind> = { f: 'feature', v: 'advantage', b: 'benefit' };

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
export function keyToAction(input: KeyInput, chord: Chord | null = null): ShortcutAction | null {
	if (input.ctrlKey || input.metaKey || input.altKey) return null;
	if (isTypingTarget(input.target, input.key)) return null;
	const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
	if (/^[1-9]$/.test(key)) {
		const index = Number(key) - 1;
		if (chord === 'need') return { type: 'need', index };
		if (chord === 'objection') return { type: 'objection', index };
		return { type: 'pick', index };
	}
	if (key === 'Escape') return chord ? { type: 'cancel' } : null;
	if (key in SPIN_BY_KEY) return { type: 'spin', spinType: SPIN_BY_KEY[key] };
	if (key in PRESENT_BY_KEY) return { type: 'present', kind: PRESENT_BY_KEY[key] };
	switch (key) {
		case 'Enter':
		case ' ':
		case 'a':
			return { type: 'do' };
		case 'ArrowDown':
			return { type: 'move', delta: 1 };
		case 'ArrowUp':
			return { type: 'move', delta: -1 };
		case 'ArrowRight':
		case ']':
			return { type: 'stage', delta: 1 };
		case 'ArrowLeft':
		case '[':
			return { type: 'stage', delta: -1 };
		case 'c':
			return { type: 'chord', chord: 'need' };
		case 'o':
			return { type: 'chord', chord: 'objection' };
		case 't':
		case '/':
			return { type: 'note' };
		case 'g':
			return { type: 'summary' };
		case 'h':
			return { type: 'pause' };
		case 'e':
			return { type: 'end' };
		case 'd':
			return { type: 'discreet' };
		case '?':
			return { type: 'help' };
		case 'q':
			return { type: 'freeQuestion' };
		default:
			return null;
	}
}

export interface ShortcutHelp {
	id: string;
	keys: string[];
	label: string;
	/** The keys are pressed one after the other (`C` then a digit), not as alternatives. */
	sequence?: boolean;
}

/** The overlay's rows, translated; rehearsal adds the free-question field. */
export function shortcutHelp(rehearsal: boolean): ShortcutHelp[] {
	const rows: ShortcutHelp[] = [
		{ id: 'do', keys: ['Enter', 'Space', 'A'], label: m.shortcut_ask() },
		{ id: 'pick', keys: ['1–9'], label: m.shortcut_pick() },
		{ id: 'move', keys: ['↑', '↓'], label: m.shortcut_move() },
		{ id: 'spin', keys: ['S', 'P', 'I', 'N'], label: m.shortcut_spin() },
		{ id: 'need', keys: ['C', '1–9'], label: m.shortcut_confirm_need(), sequence: true },
		{ id: 'note', keys: ['T', '/'], label: m.shortcut_note() },
		{ id: 'present', keys: ['F', 'V', 'B'], label: m.shortcut_present() },
		{ id: 'objection', keys: ['O', '1–9'], label: m.shortcut_objection(), sequence: true },
		{ id: 'stage', keys: ['→', '←', ']', '['], label: m.shortcut_stage() },
		{ id: 'summary', keys: ['G'], label: m.shortcut_summary() },
		{ id: 'propose', keys: ['1–9', 'Enter'], label: m.shortcut_propose(), sequence: true },
		{ id: 'pause', keys: ['H'], label: m.shortcut_pause() },
		{ id: 'end', keys: ['E'], label: m.shortcut_end() },
		{ id: 'discreet', keys: ['D'], label: m.shortcut_discreet() },
		{ id: 'help', keys: ['?'], label: m.shortcut_help() }
	];
	if (rehearsal) rows.push({ id: 'free', keys: ['Q'], label: m.shortcut_free_question() });
	return rows;
}
