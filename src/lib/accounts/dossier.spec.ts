import { describe, expect, it } from 'vitest';
import { DOSSIER_SECTIONS, latestSections, sectionStatus, staleSections } from './dossier';

const at = (day: string) => Date.parse(`${day}T12:00:00Z`);

describe('dossier', () => {
	it('has the ten sections of the domain text', () => {
		expect(DOSSIER_SECTIONS).toHaveLength(10);
	});

	it('marks a section stale after the set number of days', () => {
		const entry = { text: 'Cuts prices when challenged', updatedAt: at('2026-01-01') };
		expect(sectionStatus(entry, '2026-03-31')).toBe('fresh');
		expect(sectionStatus(entry, '2026-04-01')).toBe('fresh');
		expect(sectionStatus(entry, '2026-04-02')).toBe('stale');
		expect(sectionStatus(entry, '2026-01-20', 14)).toBe('stale');
		expect(sectionStatus({ text: '  ', updatedAt: at('2020-01-01') }, '2026-01-01')).toBe('empty');
		expect(sectionStatus(undefined, '2026-01-01')).toBe('empty');
	});

	it('lists the stale sections in order', () => {
		const old = { text: 'x', updatedAt: at('2025-01-01') };
		const fresh = { text: 'y', updatedAt: at('2026-01-01') };
		expect(staleSections({ news: old, basics: old, pricing: fresh }, '2026-01-10')).toEqual([
			'basics',
			'news'
		]);
	});

	it('takes the latest revision of each section', () => {
		const latest = latestSections([
			{ section: 'pricing', text: 'old', updatedAt: 1 },
			{ section: 'pricing', text: 'new', updatedAt: 3 },
			{ section: 'basics', text: 'b', updatedAt: 2 }
		] as const);
		expect(latest.pricing?.text).toBe('new');
		expect(latest.basics?.text).toBe('b');
	});
});
