// The fold's lists grow by one entry per event. Copying a list on every append made a long log
// quadratic (a 5,000-event call copied its 2,000 questions 2,000 times), so within one
// `foldEvents` run a list the run itself made is grown in place: no one else can hold it yet,
// because the contexts in between are never handed out. A list that came in with the starting
// context, or any list when one event is folded on its own (the machine's actions, the buyer,
// the store), is copied as before, so a context once returned is never changed afterwards.
// The nudges memoise on list identity (nudges.ts): they are computed only on what a run
// returns, never on a list still being grown.

// Lists made during the current `inOneRun` that only the run's own contexts hold; null outside.
let fresh: WeakSet<object> | null = null;

/** Run `fold`, letting it grow in place the lists it makes (see above); nothing else may escape. */
export function inOneRun<T>(fold: () => T): T {
	const outer = fresh;
	fresh = new WeakSet();
	try {
		return fold();
	} finally {
		fresh = outer;
	}
}

function owned<T>(list: T[]): T[] {
	fresh?.add(list);
	return list;
}

/** `list` with `item` added at the end. */
export function append<T>(list: readonly T[], item: T): T[] {
	if (fresh?.has(list)) {
		(list as T[]).push(item);
		return list as T[];
	}
	return owned([...list, item]);
}

/** `list` with its last entry replaced by `item` (the list must not be empty). */
export function replaceLast<T>(list: readonly T[], item: T): T[] {
	return replaceAt(list, list.length - 1, item);
}

/** `list` with entry `index` replaced by `item`. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
	if (fresh?.has(list)) {
		(list as T[])[index] = item;
		return list as T[];
	}
	const copy = owned([...list]);
	copy[index] = item;
	return copy;
}
