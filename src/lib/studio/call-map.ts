// The call map: for each need, the chain a call walks to turn it into a benefit the buyer
// accepts (problem question → implication → need-payoff → capability card → the buyer's
// replies and acceptances), with the links that are missing. Pure, read from a parsed playbook.
import type {
	BuyerAcceptance,
	BuyerReply,
	CapabilityCard,
	Need,
	Playbook,
	Question
} from '$lib/playbook/types';

/** A link of the chain that no item provides. */
export type MapGap = 'problem' | 'implication' | 'needPayoff' | 'card' | 'reveals' | 'states';

export interface NeedChain {
	need: Need;
	problem: Question[];
	implication: Question[];
	needPayoff: Question[];
	cards: CapabilityCard[];
	/** Buyer replies that show the need as implied. */
	reveals: BuyerReply[];
	/** Buyer replies that state it explicitly. */
	states: BuyerReply[];
	/** Buyer acceptances with a condition on this need. */
	accepts: BuyerAcceptance[];
	gaps: MapGap[];
}

/** Every need of `playbook` with its chain and gaps, in file order. */
export function callMap(playbook: Playbook): NeedChain[] {
	const replies = playbook.buyer?.replies ?? [];
	const accepts = playbook.buyer?.accepts ?? [];
	return playbook.needs.map((need) => {
		const asks = (type: Question['type']) =>
			playbook.questions.filter((q) => q.type === type && q.needIds.includes(need.id));
		const chain: Omit<NeedChain, 'gaps'> = {
			need,
			problem: asks('problem'),
			implication: asks('implication'),
			needPayoff: asks('needPayoff'),
			cards: playbook.capabilities.filter((c) => c.needIds.includes(need.id)),
			reveals: replies.filter((r) => r.reveals.includes(need.id)),
			states: replies.filter((r) => r.states.includes(need.id)),
			accepts: accepts.filter((a) => a.when.some((c) => c.needId === need.id))
		};
		const gaps = (['problem', 'implication', 'needPayoff', 'cards', 'states'] as const)
			.filter((key) => chain[key].length === 0)
			.map((key): MapGap => (key === 'cards' ? 'card' : key));
		if (playbook.buyer && chain.reveals.length === 0) gaps.push('reveals');
		return { ...chain, gaps };
	});
}

/** How many items each section of `playbook` holds, for the library's list. */
export function sectionCounts(playbook: Playbook) {
	const type = (t: Question['type']) => playbook.questions.filter((q) => q.type === t).length;
	return {
		opening: playbook.opening.length,
		needs: playbook.needs.length,
		situation: type('situation'),
		problem: type('problem'),
		implication: type('implication'),
		needPayoff: type('needPayoff'),
		capability: playbook.capabilities.length,
		objections: playbook.objections.length,
		advances: playbook.commitment.advances.length,
		buyer: playbook.buyer
			? playbook.buyer.replies.length +
				playbook.buyer.objections.length +
				playbook.buyer.accepts.length
			: 0
	};
}

export type SectionCounts = ReturnType<typeof sectionCounts>;
