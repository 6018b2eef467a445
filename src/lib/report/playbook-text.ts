// Need, card and objection ids as the rep knows them: by their playbook text. Ids the playbook
// does not hold (an edited playbook, free text) fall back to the id itself.
import type { Playbook } from '$lib/playbook/types';
import type { CallEvent } from '$lib/session/events';

/** A piece of text with the language it is written in (the playbook's, when it came from it). */
export interface LangText {
	text: string;
	lang?: string;
}

function from(playbook: Playbook | null, text: string | undefined, id: string): LangText {
	return text ? { text, lang: playbook?.meta.locale } : { text: id };
}

/** The playbook's wording of need `id`, or the rep's for a need the playbook lacks. */
export function needText(
	playbook: Playbook | null,
	id: string,
	own?: ReadonlyMap<string, string>
): LangText {
	const listed = playbook?.needs.find((n) => n.id === id)?.text;
	if (!listed && own?.has(id)) return { text: own.get(id)! };
	return from(playbook, listed, id);
}

/** The rep's wording of each need captured during the call (need.confirm with text). */
export function ownNeedTexts(events: readonly CallEvent[]): Map<string, string> {
	const texts = new Map<string, string>();
	for (const e of events) if (e.type === 'need.confirm' && e.text) texts.set(e.needId, e.text);
	return texts;
}

/** The title of capability card `id`. */
export function cardTitle(playbook: Playbook | null, id: string): LangText {
	return from(playbook, playbook?.capabilities.find((c) => c.id === id)?.title, id);
}

/** The title of objection `id`. */
export function objectionTitle(playbook: Playbook | null, id: string): LangText {
	return from(playbook, playbook?.objections.find((o) => o.id === id)?.title, id);
}
