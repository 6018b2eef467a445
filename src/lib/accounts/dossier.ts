// A competitor's file in the domain text's ten sections, each dated, so the rep can see which
// parts are out of date (docs/account-health.md#competitor-dossier).
import { daysBetween, isoDayOf, type IsoDay } from './days';

/** The ten sections, in the domain text's order. */
export const DOSSIER_SECTIONS = [
	'basics',
	'size',
	'finances',
	'pricing',
	'positioning',
	'service',
	'image',
	'news',
	'headToHead',
	'counterMeasures'
] as const;
export type DossierSection = (typeof DOSSIER_SECTIONS)[number];

/** A section is stale when not updated for this many days, unless the user sets another. */
export const DEFAULT_STALE_DAYS = 90;

/** How a competitor stands at one account. */
export const LINK_ROLES = ['incumbent', 'challenger'] as const;
export type LinkRole = (typeof LINK_ROLES)[number];

export interface SectionEntry {
	text: string;
	/** Epoch ms of the last edit. */
	updatedAt: number;
}

export type SectionStatus = 'empty' | 'fresh' | 'stale';

/** Whether a section is empty, current, or older than `staleDays` on `today`. */
export function sectionStatus(
	entry: SectionEntry | undefined,
	today: IsoDay,
	staleDays: number = DEFAULT_STALE_DAYS
): SectionStatus {
	if (!entry || entry.text.trim() === '') return 'empty';
	return daysBetween(isoDayOf(entry.updatedAt), today) > staleDays ? 'stale' : 'fresh';
}

/** Sections of a dossier that are stale on `today`. */
export function staleSections(
	sections: Partial<Record<DossierSection, SectionEntry>>,
	today: IsoDay,
	staleDays: number = DEFAULT_STALE_DAYS
): DossierSection[] {
	return DOSSIER_SECTIONS.filter((s) => sectionStatus(sections[s], today, staleDays) === 'stale');
}

/** Latest entry per section from an append-only list of section revisions. */
export function latestSections<T extends SectionEntry & { section: DossierSection }>(
	revisions: readonly T[]
): Partial<Record<DossierSection, T>> {
	const out: Partial<Record<DossierSection, T>> = {};
	for (const r of revisions) {
		const prev = out[r.section];
		if (!prev || r.updatedAt >= prev.updatedAt) out[r.section] = r;
	}
	return out;
}
