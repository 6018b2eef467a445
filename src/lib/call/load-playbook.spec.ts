// Must load before Dexie, which looks up indexedDB when its module is evaluated.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/fixtures/db/helpers';
import { contentHash, getPlaybookText, savePlaybookText, type SpinDb } from '$lib/db';
import { parsePlaybook, PARSER_VERSION } from '$lib/playbook/parse';
import { loadPlaybook } from './load-playbook';
import { TEST_PLAYBOOK_SOURCE, testPlaybook } from './test-playbook';

const dbs: SpinDb[] = [];
afterEach(() => dbs.splice(0).forEach((d) => d.close()));

async function storedText(text = TEST_PLAYBOOK_SOURCE) {
	const db = freshDb();
	dbs.push(db);
	const hash = await savePlaybookText(db, { text, playbookId: 'call-test', version: '1' });
	const row = await getPlaybookText(db, hash);
	if (!row) throw new Error('text not stored');
	return { db, hash, row };
}

describe('loadPlaybook', () => {
	it('parses a text without a cache and stores the parse beside it', async () => {
		const { db, hash, row } = await storedText();
		expect(row.parsed).toBeUndefined();
		const playbook = await loadPlaybook(db, row);
		expect(playbook).toEqual(testPlaybook());
		const cached = await getPlaybookText(db, hash);
		expect(cached?.parsed).toEqual({ v: PARSER_VERSION, playbook: testPlaybook() });
		expect(cached?.text).toBe(TEST_PLAYBOOK_SOURCE);
	});

	it('uses a cache of the current parser version without parsing', async () => {
		const { db, row } = await storedText();
		// A cache that differs from the text's parse shows which of the two was used.
		const marked = { ...testPlaybook(), meta: { ...testPlaybook().meta, title: 'From cache' } };
		const playbook = await loadPlaybook(db, {
			...row,
			parsed: { v: PARSER_VERSION, playbook: marked }
		});
		expect(playbook?.meta.title).toBe('From cache');
	});

	it('re-parses and replaces a cache of another parser version', async () => {
		const { db, hash, row } = await storedText();
		const stale = { ...testPlaybook(), meta: { ...testPlaybook().meta, title: 'Stale' } };
		const playbook = await loadPlaybook(db, {
			...row,
			parsed: { v: PARSER_VERSION - 1, playbook: stale }
		});
		expect(playbook?.meta.title).toBe('Plant uptime');
		expect((await getPlaybookText(db, hash))?.parsed?.v).toBe(PARSER_VERSION);
	});

	it('returns null for an unusable text and caches nothing', async () => {
		const text = 'no front matter here';
		expect(parsePlaybook(text).playbook).toBeNull();
		const { db, hash, row } = await storedText(text);
		expect(hash).toBe(contentHash(text));
		expect(await loadPlaybook(db, row)).toBeNull();
		expect((await getPlaybookText(db, hash))?.parsed).toBeUndefined();
	});
});
