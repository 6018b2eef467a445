// The call machine: the SPIN stages a rep walks through in one key-account call.
//
// Public API
//   const actor = createActor(callMachine, { input: { playbook } }).start();
//   const restored = createActor(callMachine, { snapshot, input: { playbook } }).start();
//   actor.send(event)            // any CallEvent from ./events
//   snapshot.value               // 'planning' | { call: 'opening' | { investigating: SpinType }
//                                //   | 'demonstrating' | 'committing' } | 'paused' | 'ended'
//   snapshot.context             // CallContext (./context) plus the `playbook` it runs on
//   assess(snapshot.context, playbook)   (./assessment): suggestions, nudges, needs, outcome
//   replay(playbook, rawEvents)  // validated log → the snapshot a live actor would hold
//
// `stage.enter` jumps to any stage from any stage (an objection may send the rep back to
// investigating); `spin.select` and `question.ask` move investigating's sub-state, and outside
// investigating they only remember the SPIN type, so entering investigating resumes there.
// While paused only `call.resume`, `call.end` and `note.add` apply; when ended, `review.save`
// and `note.add`. `call.end` works from planning (an abandoned call), any stage, or paused.
// `acceptsEvent(phase, type)` (./acceptance) reads which events apply now from these states.
//
// A restored actor runs on the playbook stored in the snapshot's context (`input` is not read
// then); to apply an edited playbook, replay the log with it instead.
//
// The context is the fold of the events by `reduceContext` (./reduce); the states mirror
// `context.phase`, `context.stage` and `context.spinType` so the UI can use `matches()`.
// The machine never refuses the rep: coaching rules live in `context.nudges`, not in guards,
// and an event that makes no sense where it arrives (a question while paused) is recorded in
// `context.ignored` by the root catch-all instead of being lost.
//
// `ended` is not an XState `type: 'final'` state on purpose: a done actor drops every event,
// and the rep writes the review after the call (`review.save`, repeatable, last one wins).
import { assign, setup, type HistoryValue, type SnapshotFrom, type StateValue } from 'xstate';
import type { Playbook, SpinType } from '$lib/playbook/types';
import type { CallContext } from './context';
import { initialCallContext } from './context';
import type { CallEvent, Stage } from './events';
import { computeNudges } from './nudges';
import { reduceContext } from './reduce';

export interface CallInput {
	playbook: Playbook;
}

/** The machine's context: the call's plain data plus the playbook it is run against. */
export type CallMachineContext = CallContext & { playbook: Playbook };

const FOLD = { actions: 'fold' } as const;

export const callMachine = setup({
	types: {
		context: {} as CallMachineContext,
		events: {} as CallEvent,
		input: {} as CallInput
	},
	actions: {
		fold: assign(({ context, event }) => reduceContext(context, event, context.playbook))
	},
	guards: {
		entersStage: ({ event }, params: { stage: Stage }) =>
			event.type === 'stage.enter' && event.stage === params.stage,
		isWorkingOn: ({ context }, params: { spinType: SpinType }) =>
			context.spinType === params.spinType
	}
}).createMachine({
	id: 'spinCall',
	context: ({ input }) => initialMachineContext(input.playbook),
	initial: 'planning',
	// Children handle what they understand first; whatever is left is recorded as ignored.
	on: { '*': FOLD },
	states: {
		planning: {
			on: {
				'call.plan': FOLD,
				'note.add': FOLD,
				'call.start': { target: 'call', actions: 'fold' },
				'call.end': { target: 'ended', actions: 'fold' }
			}
		},
		call: {
			initial: 'opening',
			on: {
				'stage.enter': [
					{
						guard: { type: 'entersStage', params: { stage: 'opening' } },
						target: '.opening',
						actions: 'fold'
					},
					{
						guard: { type: 'entersStage', params: { stage: 'investigating' } },
						target: '.investigating',
						actions: 'fold'
					},
					{
						guard: { type: 'entersStage', params: { stage: 'demonstrating' } },
						target: '.demonstrating',
						actions: 'fold'
					},
					{
						guard: { type: 'entersStage', params: { stage: 'committing' } },
						target: '.committing',
						actions: 'fold'
					}
				],
				'call.pause': { target: 'paused', actions: 'fold' },
				'call.end': { target: 'ended', actions: 'fold' },
				'spin.select': FOLD,
				'opening.do': FOLD,
				'question.ask': FOLD,
				'answer.note': FOLD,
				'need.confirm': FOLD,
				'feature.present': FOLD,
				'advantage.present': FOLD,
				'benefit.state': FOLD,
				'objection.raise': FOLD,
				'objection.answer': FOLD,
				'note.add': FOLD,
				'summary.give': FOLD,
				'advance.propose': FOLD,
				'buyer.say': FOLD
			},
			states: {
				opening: {},
				investigating: {
					initial: 'choosing',
					// Asking a question of a type, or picking a type, moves to that sub-state.
					on: {
						'question.ask': { target: '.choosing', actions: 'fold' },
						'spin.select': { target: '.choosing', actions: 'fold' }
					},
					states: {
						// Transient: lands on the SPIN type the context says the rep is working on,
						// so returning to investigating resumes where they were.
						choosing: {
							always: [
								{
									guard: { type: 'isWorkingOn', params: { spinType: 'problem' } },
									target: 'problem'
								},
								{
									guard: { type: 'isWorkingOn', params: { spinType: 'implication' } },
									target: 'implication'
								},
								{
									guard: { type: 'isWorkingOn', params: { spinType: 'needPayoff' } },
									target: 'needPayoff'
								},
								{ target: 'situation' }
							]
						},
						situation: {},
						problem: {},
						implication: {},
						needPayoff: {}
					}
				},
				demonstrating: {},
				committing: {},
				resume: { type: 'history', history: 'deep' }
			}
		},
		paused: {
			on: {
				'call.resume': { target: 'call.resume', actions: 'fold' },
				'call.end': { target: 'ended', actions: 'fold' },
				'note.add': FOLD
			}
		},
		ended: {
			on: { 'review.save': FOLD, 'note.add': FOLD }
		}
	}
});

export type CallMachine = typeof callMachine;
export type CallSnapshot = SnapshotFrom<CallMachine>;

/** The machine's starting context for a playbook. */
export function initialMachineContext(playbook: Playbook): CallMachineContext {
	const context = initialCallContext(playbook);
	return { ...context, nudges: computeNudges(context, playbook), playbook };
}

/** The state value the machine holds for a context: the states mirror the fold. */
export function stateValueOf(context: CallContext): StateValue {
	if (context.phase !== 'running' || context.stage === null) return context.phase;
	if (context.stage === 'investigating') return { call: { investigating: context.spinType } };
	return { call: context.stage };
}

// Deep history remembers the atomic state the call was in when it last left `call`.
function historyOf(context: CallContext): HistoryValue<CallMachineContext, CallEvent> {
	const left = context.resumeTo;
	if (left === null) return {};
	const call = callMachine.root.states.call;
	const stage = call.states[left.stage];
	const atomic = left.stage === 'investigating' ? stage.states[left.spinType] : stage;
	return { [call.states.resume.id]: [atomic] };
}

/** The snapshot a live actor holds when its context is `context` (see replay.ts). */
export function snapshotFromContext(context: CallMachineContext): CallSnapshot {
	return callMachine.resolveState({
		value: stateValueOf(context),
		context,
		historyValue: historyOf(context)
	});
}
