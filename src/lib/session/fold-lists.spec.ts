// A context once handed out never changes: the fold grows its lists in place only inside one
// `foldEvents` run (fold-lists.ts), never a list that a returned context or snapshot holds.
import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { callLog } from '../../../tests/fixtures/session/arbitraries';
import { TEST_PLAYBOOK } from '../../../tests/fixtures/session/playbook';
import { initialCallContext, type CallContext } from './context';
import type { CallEvent } from './events';
import { append, inOneRun, replaceAt, replaceLast } from './fold-lists';
import { callMachine } from './machine';
import { foldEvent, foldEvents, reduceContext } from './reduce';
import { replayParsed } from './replay';

const pb = TEST_PLAYBOOK;
const start = () => initialCallContext(pb);

// The context's own data, without the playbook it carries (shared, and never written).
const data = ({ playbook, ...rest }: CallContext & { playbook?: unknown }) => {
	void playbook;
	return structuredClone(rest);
};

// Frozen all the way down: writing to any list or entry of it throws (ES modules are strict).
function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
	if (value === null || typeof value !== 'object' || seen.has(value)) return value;
	seen.add(value);
	for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key], seen);
	return Object.freeze(value);
}

const logAndCut = callLog.chain((events) =>
	fc.tuple(fc.constant(events), fc.integer({ min: 0, max: events.length }))
);

describe('the fold never changes a context it returned', () => {
	it('a fold continued from a returned context leaves it as it was, and ends where one fold does', () => {
		fc.assert(
			fc.property(logAndCut, ([events, cut]) => {
				const first = foldEvents(start(), events.slice(0, cut), pb);
				const before = data(first);
				// Frozen: a write into any of its lists would throw here.
				const rest = foldEvents(deepFreeze(first), events.slice(cut), pb);
				expect(data(first)).toEqual(before);
				expect(data(rest)).toEqual(data(foldEvents(start(), events, pb)));
			})
		);
	});

	it('every context of a step-by-step fold stays as it was returned', () => {
		fc.assert(
			fc.property(callLog, (events) => {
				const steps: CallContext[] = [];
				const copies: unknown[] = [];
				let c = start();
				for (const event of events) {
					c = reduceContext(c, event, pb);
					steps.push(c);
					copies.push(data(c));
				}
				expect(steps.map(data)).toEqual(copies);
			})
		);
	});

	it("the machine's snapshots and a replay's keep their contexts as they were", () => {
		fc.assert(
			fc.property(logAndCut, ([events, cut]) => {
				const replayed = replayParsed(pb, events.slice(0, cut));
				const replayedCopy = data(replayed.context);
				const actor = createActor(callMachine, { input: { playbook: pb } }).start();
				const seen: { context: CallContext; copy: unknown }[] = [];
				for (const event of events) {
					actor.send(event);
					const { context } = actor.getSnapshot();
					seen.push({ context, copy: data(context) });
				}
				// A fold from the replayed context, as the call screen resumes a stored call.
				foldEvents(replayed.context, events.slice(cut), pb);
				expect(data(replayed.context)).toEqual(replayedCopy);
				for (const { context, copy } of seen) expect(data(context)).toEqual(copy);
			}),
			{ numRuns: 50 }
		);
	});
});

describe('the lists of one run', () => {
	it('copy a list they did not make, and grow in place only one made in the run', () => {
		const given: CallEvent['type'][] = ['call.start'];
		const grown = inOneRun(() => {
			const a = append(given, 'call.pause');
			const b = append(a, 'call.resume');
			expect(b).toBe(a);
			const c = replaceLast(b, 'call.end');
			expect(c).toBe(a);
			return replaceAt(c, 0, 'call.plan');
		});
		expect(given).toEqual(['call.start']);
		expect(grown).toEqual(['call.plan', 'call.pause', 'call.end']);
		// Outside a run nothing is grown in place, not even what a run made.
		const after = append(grown, 'review.save');
		expect(after).not.toBe(grown);
		expect(grown).toHaveLength(3);
		expect(replaceLast(grown, 'call.start')).not.toBe(grown);
	});

	it('a run inside a run does not grow the outer run’s lists', () => {
		inOneRun(() => {
			const outer = append([] as number[], 1);
			inOneRun(() => {
				expect(append(outer, 2)).not.toBe(outer);
			});
			expect(outer).toEqual([1]);
			expect(append(outer, 3)).toBe(outer);
		});
	});

	it('foldEvent alone copies every list it changes', () => {
		const c = foldEvent(start(), { v: 1, at: 1, type: 'call.start' }, pb);
		const next = foldEvent(c, { v: 1, at: 2, type: 'note.add', text: 'x' }, pb);
		expect(next.notes).not.toBe(c.notes);
		expect(c.notes).toEqual([]);
	});
});
