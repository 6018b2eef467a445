import { describe, expect, it } from 'vitest';
import { keyToAction } from './shortcuts';

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
