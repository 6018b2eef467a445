// Objections that name a competitor (`Competitor: name`), checked against the front matter's
// optional `competitors` list. Without a list any name goes; with one, a name it does not hold
// is reported with the closest listed name, and a name it holds in another spelling (case,
// spaces, full-width forms) takes the list's spelling.
import * as d from './diagnostics';
import type { Draft } from './draft';
import type { ListedCompetitor } from './front-matter';
import { fold } from './names';
import type { Reporter } from './report';
import { withSuggestion } from './suggest';

/** Checks each objection's competitor against `listed` (undefined: the playbook lists none). */
export function checkCompetitors(
	draft: Draft,
	listed: ListedCompetitor[] | undefined,
	report: Reporter
): void {
	if (listed === undefined) return;
	const byKey = new Map(listed.map(({ name }) => [fold(name), name]));
	const names = listed.map(({ name }) => name);
	for (const ref of draft.competitorRefs) {
		const known = byKey.get(fold(ref.name));
		if (known !== undefined) ref.objection.competitor = known;
		else report.add(withSuggestion(d.competitor_unknown({ name: ref.name }), ref.name, names), ref);
	}
}

/** The objections of `objections` that name the competitor `name` (compared folded). */
export function objectionsFrom<T extends { competitor?: string }>(
	objections: T[],
	name: string
): T[] {
	const key = fold(name);
	return key === ''
		? []
		: objections.filter((o) => o.competitor !== undefined && fold(o.competitor) === key);
}
