// View types shared by the call adapter and the prompter's components.
import type { NeedLevel } from '$lib/session/events';

/** A stable code plus its parameters: the pure core's way to say something translatable. */
export interface CodedText<C extends string = string> {
	code: C;
	params?: Record<string, unknown>;
}

/** What the need list shows for one need. */
export interface NeedView {
	id: string;
	text: string;
	level: NeedLevel | 'none';
	/** A benefit was stated for it while it was explicit. */
	met: boolean;
}

/** The writer's state as the indicator shows it. */
export type SaveState = 'saved' | 'saving' | 'memory' | 'readOnly' | 'stale';

/** The three kinds of capability statement on a card. */
export type PresentKind = 'feature' | 'advantage' | 'benefit';
