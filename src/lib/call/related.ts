// Who or what an objection names (issues 10 and 11): a person of the call's account, matched by
// name, job title or the words their role in the sale goes by; and the competitor the playbook
// ties the objection to, matched by name against the account's competitors first. Pure.
import type { PersonRole } from '$lib/accounts/people';
import type { Objection } from '$lib/playbook/types';
import type { CallEvent } from '$lib/session/events';

/** What the matcher reads of a person: never the sensitive parts of the account file. */
export interface PersonCandidate {
	id: string;
	name: string;
	role?: PersonRole;
	/** The account file's job title (not a sensitive field). */
	jobTitle?: string;
}

/** What people in a role are called when a buyer refers to them, in both UI languages. */
const ROLE_WORDS: Record<PersonRole, readonly string[]> = {
	decisionMaker: [
		'boss',
		'decision maker',
		'decision-maker',
		'sign off',
		'approve',
		'老板',
		'领导',
		'拍板',
		'批准',
		'审批',
		'决策'
	],
	influencer: ['adviser', 'advisor', 'consultant', '顾问'],
	user: ['the team', 'operators', 'users', '操作工', '用户', '车间'],
	gatekeeper: ['purchasing', 'procurement', 'buyer department', '采购']
};

const fold = (s: string) => s.trim().toLowerCase();
const hasCjk = (s: string) => /[\u3400-\u9fff]/.test(s);

/** True when `needle` occurs in `text` as a word (CJK text has no spaces: a substring then). */
function mentions(text: string, needle: string): boolean {
	const n = fold(needle);
	if (n.length < 2) return false;
	const t = fold(text);
	if (hasCjk(n)) return t.includes(n);
	const escaped = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(t);
}

/** "General Manager" → "gm"; one-word or CJK titles have no initials. */
function initials(title: string): string | null {
	const words = title.trim().split(/\s+/).filter(Boolean);
	if (words.length < 2 || hasCjk(title)) return null;
	return words.map((w) => w[0]).join('');
}

/**
 * The person the texts (an objection's title, the buyer's words raising it) name: by name
 * (whole, then a part of a Latin name) first, then by job title (whole or its initials: "GM"), then by the words of their role in
 * the sale ("my boss" → the decision maker). Null when nobody is named or two match equally.
 */
export function personNamedIn<P extends PersonCandidate>(
	texts: readonly string[],
	people: readonly P[]
): P | null {
	const said = (needle: string) => texts.some((t) => mentions(t, needle));
	const tiers: ((p: P) => boolean)[] = [
		(p) => said(p.name),
		// A Latin name is often said in part: "Tom" for Tom Hale.
		(p) => !hasCjk(p.name) && p.name.trim().split(/\s+/).some(said),
		(p) => Boolean(p.jobTitle && said(p.jobTitle)),
		(p) => {
			const short = p.jobTitle ? initials(p.jobTitle) : null;
			return short !== null && said(short);
		},
		(p) => Boolean(p.role && ROLE_WORDS[p.role].some(said))
	];
	for (const matches of tiers) {
		const found = people.filter(matches);
		if (found.length === 1) return found[0];
		if (found.length > 1) return null;
	}
	return null;
}

/** The words that raised an objection: its title and what the buyer said raising it. */
export function objectionTexts(objection: Objection, events: readonly CallEvent[]): string[] {
	const said = events.flatMap((e) =>
		e.type === 'buyer.say' && e.objectionId === objection.id ? [e.text] : []
	);
	return [objection.title, ...said];
}

/** The open objection raised last (by the rep's key or the buyer's words), or null. */
export function lastOpenObjection(
	events: readonly CallEvent[],
	open: { has(id: string): boolean }
): string | null {
	for (let i = events.length - 1; i >= 0; i--) {
		const e = events[i];
		const id =
			e.type === 'objection.raise' ? e.objectionId : e.type === 'buyer.say' ? e.objectionId : null;
		if (id && open.has(id)) return id;
	}
	return null;
}

export interface CompetitorCandidate {
	id: string;
	name: string;
}

/**
 * The competitor an objection comes from: its `competitor` name (trimmed, any case) among the
 * competitors linked to the call's account first, then among all of them.
 */
export function competitorOf<C extends CompetitorCandidate>(
	objection: Pick<Objection, 'competitor'>,
	linked: readonly C[],
	all: readonly C[]
): C | null {
	const name = objection.competitor ? fold(objection.competitor) : '';
	if (!name) return null;
	const same = (c: C) => fold(c.name) === name;
	return linked.find(same) ?? all.find(same) ?? null;
}
