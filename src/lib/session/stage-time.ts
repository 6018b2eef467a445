// Time per stage of a call, measured from the log's timestamps: the clock runs from
// `call.start` to `call.end` (or the last event of a call still going), stops between
// `call.pause` and `call.resume`, and is charged to the stage last entered (opening until the
// first `stage.enter`).
//
// Targets: the key-account rep's time split from the domain notes §1 (relationship 40%, needs
// 30%, benefits 20%, closing 10%), mapped onto the four call stages of §2 as
// relationship → opening, needs → investigating, benefits → demonstrating, closing → committing.
import { STAGES, type CallEvent, type Stage } from './events';

export const STAGE_TARGET_SHARE: Record<Stage, number> = {
	opening: 0.4,
	investigating: 0.3,
	demonstrating: 0.2,
	committing: 0.1
};

export interface StageTime {
	ms: number;
	share: number;
	target: number;
}

export interface StageTimes {
	totalMs: number;
	stages: Record<Stage, StageTime>;
	/** Half the summed gaps between share and target: 0 on target, 1 at the opposite extreme. */
	drift: number;
}

/** Time spent in each stage, pauses excluded, against the key-account split. */
export function stageTimes(events: readonly CallEvent[]): StageTimes {
	const ms: Record<Stage, number> = {
		opening: 0,
		investigating: 0,
		demonstrating: 0,
		committing: 0
	};
	let stage: Stage = 'opening';
	let since: number | null = null; // when the running clock last started; null when stopped
	let started = false;
	let ended = false;
	const charge = (now: number) => {
		if (since !== null) ms[stage] += Math.max(0, now - since);
		since = null;
	};
	for (const event of events) {
		if (ended) break;
		switch (event.type) {
			case 'call.start':
				started = true;
				since ??= event.at;
				break;
			case 'stage.enter':
				if (since !== null) {
					charge(event.at);
					since = event.at;
				}
				stage = event.stage;
				break;
			case 'call.pause':
				charge(event.at);
				break;
			case 'call.resume':
				if (started) since ??= event.at;
				break;
			case 'call.end':
				charge(event.at);
				ended = true;
				break;
		}
	}
	if (!ended && events.length > 0) charge(events[events.length - 1].at);

	const totalMs = STAGES.reduce((sum, s) => sum + ms[s], 0);
	const stages = Object.fromEntries(
		STAGES.map((s) => [
			s,
			{ ms: ms[s], share: totalMs === 0 ? 0 : ms[s] / totalMs, target: STAGE_TARGET_SHARE[s] }
		])
	) as Record<Stage, StageTime>;
	const drift =
		totalMs === 0
			? 0
			: STAGES.reduce((sum, s) => sum + Math.abs(stages[s].share - stages[s].target), 0) / 2;
	return { totalMs, stages, drift };
}
