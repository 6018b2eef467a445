import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime.js';
import {
	CARD_PARTS,
	CATALOGUE,
	DIAGNOSTIC_SECTIONS,
	OUTSIDE_REASONS
} from '$lib/playbook/diagnostics';
import { parsePlaybook } from '$lib/playbook/parse';
import enJson from '../../../messages/en.json';
import zhJson from '../../../messages/zh-CN.json';
import { wordDiagnostic, wordsFromTable } from './diagnostic-core';
import {
	DIAGNOSTIC_TEXT,
	OUTSIDE_TEXT,
	PART_TEXT,
	SECTION_TEXT,
	diagnosticText
} from './diagnostic-text';

const en = enJson as unknown as Record<string, string>;
const zh = zhJson as unknown as Record<string, string>;

const original = getLocale;
afterEach(() => overwriteGetLocale(original));

function inChinese<T>(fn: () => T): T {
	overwriteGetLocale(() => 'zh-CN');
	return fn();
}

const SOURCE = `---
id: t
title: T
locale: en
version: 1
offer: X
---

- stray item before any section

# Needs
- Fewer stops {#stops}

# Problem
- How often? {#q1}
  - Need: nowhere
  - Colour: blue

# Capability
## Alerts {#alerts}
- Feature: Sensors
`;

describe('diagnosticText', () => {
	const diagnostics = parsePlaybook(SOURCE).diagnostics;
	const byCode = (code: string) => {
		const found = diagnostics.find((d) => d.code === code);
		if (!found) throw new Error(`fixture lacks ${code}: ${diagnostics.map((d) => d.code)}`);
		return found;
	};

	it('has a non-empty message for every code of each family, in both languages', () => {
		const families: [string, Record<string, unknown>, readonly string[]][] = [
			['code', DIAGNOSTIC_TEXT, Object.keys(CATALOGUE)],
			['section', SECTION_TEXT, DIAGNOSTIC_SECTIONS],
			['part', PART_TEXT, CARD_PARTS],
			['outside', OUTSIDE_TEXT, OUTSIDE_REASONS]
		];
		for (const locale of ['en', 'zh-CN'] as const) {
			for (const [family, table, codes] of families) {
				for (const code of codes) {
					const fn = table[code] as (p: object, o: { locale: string }) => string;
					expect(fn({}, { locale }).trim(), `${family} ${code} (${locale})`).not.toBe('');
				}
			}
		}
	});

	it('words every fixture the same way in the app and in the CLI (the same JSON files)', () => {
		for (const [locale, table] of [
			['en', en],
			['zh-CN', zh]
		] as const) {
			const cli = wordsFromTable(table);
			for (const d of diagnostics) {
				const app = locale === 'en' ? diagnosticText(d) : inChinese(() => diagnosticText(d));
				expect(wordDiagnostic(cli, d), `${d.code} (${locale})`).toBe(app);
			}
		}
	});

	it('finds every key the CLI reads in both JSON files', () => {
		for (const table of [en, zh]) {
			const keys = [
				...Object.keys(CATALOGUE).map((c) => `diag_${c}`),
				...DIAGNOSTIC_SECTIONS.map((s) => `diag_section_${s.replace(/-/g, '_')}`),
				...CARD_PARTS.map((p) => `diag_part_${p}`),
				...OUTSIDE_REASONS.map((r) => `diag_outside_${r}`),
				'diag_list_separator',
				'diag_did_you_mean'
			];
			for (const key of keys) expect(table[key], key).toBeTruthy();
		}
	});

	it('words coded parameters in Chinese', () => {
		expect(inChinese(() => diagnosticText(byCode('need_unknown')))).toBe(
			'没有编号为“nowhere”的需求。'
		);
		expect(inChinese(() => diagnosticText(byCode('card_incomplete')))).toBe(
			'这张能力卡片缺少：优点、利益。'
		);
		expect(inChinese(() => diagnosticText(byCode('item_outside_section')))).toBe(
			'此条目已忽略：前面还没有开始任何章节。'
		);
		expect(inChinese(() => diagnosticText(byCode('label_unknown')))).toBe(
			'问题部分没有“Colour”这个标签。'
		);
	});

	it('words them in English too', () => {
		expect(diagnosticText(byCode('card_incomplete'))).toBe(
			'This capability card lacks: Advantage, Benefit.'
		);
		expect(diagnosticText(byCode('item_outside_section'))).toBe(
			'This item is ignored: no section has started yet.'
		);
	});
});
