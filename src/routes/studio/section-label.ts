// Section names of the counts row in the UI language, through one typed table.
import { m } from '$lib/paraglide/messages.js';
import type { SectionCounts } from '$lib/studio/call-map';

const SECTION_TEXT = {
	opening: m.studio_section_opening,
	needs: m.studio_section_needs,
	situation: m.common_spin_situation,
	problem: m.common_spin_problem,
	implication: m.common_spin_implication,
	needPayoff: m.common_spin_needPayoff,
	capability: m.studio_section_capability,
	objections: m.studio_section_objections,
	advances: m.studio_section_advances,
	buyer: m.studio_section_buyer
} satisfies Record<keyof SectionCounts, () => string>;

/** A section's name in the UI language. */
export const sectionLabel = (key: keyof SectionCounts) => SECTION_TEXT[key]();
