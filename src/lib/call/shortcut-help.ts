// The `?` overlay's rows: the keyboard map (shortcuts.ts) with each row's label, translated.
// Apart from the map so the call screen loads the labels only with the overlay.
import { m } from '$lib/paraglide/messages.js';
import { rowKeys, SHORTCUTS, type CallMode, type ShortcutId } from './shortcuts';

/** Each row's label: a row without one fails the type check. */
const SHORTCUT_LABELS = {
	do: m.shortcut_ask,
	pick: m.shortcut_pick,
	move: m.shortcut_move,
	spin: m.shortcut_spin,
	need: m.shortcut_confirm_need,
	note: m.shortcut_note,
	present: m.shortcut_present,
	objection: m.shortcut_objection,
	answer: m.shortcut_answer,
	profile: m.shortcut_profile,
	counter: m.shortcut_counter,
	cancel: m.shortcut_cancel,
	stage: m.shortcut_stage,
	summary: m.shortcut_summary,
	pause: m.shortcut_pause,
	end: m.shortcut_end,
	discreet: m.shortcut_discreet,
	help: m.shortcut_help,
	free: m.shortcut_free_question
} satisfies Record<ShortcutId, () => string>;

export interface ShortcutHelp {
	id: string;
	keys: string[];
	label: string;
	sequence?: boolean;
}

/** The overlay's rows, translated: exactly the table's rows for the mode. */
export function shortcutHelp(rehearsal: boolean): ShortcutHelp[] {
	const mode: CallMode = rehearsal ? 'rehearsal' : 'live';
	return SHORTCUTS.filter((row) => row.modes.includes(mode)).map((row) => ({
		id: row.id,
		keys: rowKeys(row),
		label: SHORTCUT_LABELS[row.id](),
		...(row.sequence ? { sequence: true } : {})
	}));
}
