// Reasons and nudges arrive as a code plus ids (`needId`, `cardId`, `advanceId`, `kind`); the
// messages want words. This adds the playbook's words for those ids (in the playbook's
// language) and the UI's words for kinds, so every message can name what it is about.
import type { Playbook } from '$lib/playbook/types';
import type { CallContext } from '$lib/session/context';
import { lookup } from '$lib/i18n/labels';
import type { CodedText } from './types';

/** The coded text with readable `need`, `needs`, `card`, `advance`, `objection` and `kind` params added. */
export function resolveCoded(
	coded: { code: string; params?: Record<string, unknown> },
	playbook: Playbook,
	context: CallContext | null
): CodedText {
	const params: Record<string, unknown> = { ...coded.params };
	const needText = (id: string) =>
		playbook.needs.find((n) => n.id === id)?.text ??
		context?.needs.find((n) => n.id === id)?.text ??
		id;
	if (typeof params.needId === 'string') params.need = needText(params.needId);
	if (typeof params.needIds === 'string') {
		params.needs = params.needIds
			.split(',')
			.filter(Boolean)
			.map((id) => needText(id))
			.join(', ');
	}
	if (typeof params.cardId === 'string') {
		params.card = playbook.capabilities.find((c) => c.id === params.cardId)?.title ?? params.cardId;
	}
	if (typeof params.kind === 'string') {
		const kind = params.kind;
		params.kind = lookup(`call_present_${kind}`) ?? lookup(`common_advance_${kind}`) ?? kind;
		params.advance = params.kind;
	}
	if (typeof params.advanceId === 'string') {
		const advance = playbook.commitment.advances.find((a) => a.id === params.advanceId);
		if (advance) params.advance = advance.text;
	}
	if (typeof params.objectionId === 'string') {
		const objection = playbook.objections.find((o) => o.id === params.objectionId);
		params.objection = objection?.title ?? params.objectionId;
	}
	params.objection ??= '';
	params.need ??= '';
	params.needs ??= '';
	params.card ??= '';
	params.advance ??= '';
	return { code: coded.code, params };
}
