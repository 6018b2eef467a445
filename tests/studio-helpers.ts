// Steps shared by the studio's end-to-end tests: the words each UI language shows, a playbook
// to type, and the editor (CodeMirror lives in an open shadow root; locators pierce it).
import { expect, type Page } from '@playwright/test';
import type { UiLocale } from './shell-helpers';

export const WORDS = {
	en: {
		studio: 'Playbook studio',
		newPlaybook: 'New playbook',
		problems: /^Problems/,
		map: 'Call map',
		save: 'Save',
		saved: 'Saved',
		noProblems: 'No problems found.',
		complete: '1 of 1 needs have a complete chain.',
		didYouMean: 'Did you mean “downtime”?',
		unknownNeed: 'There is no need with the id “downtme”.',
		fix: 'Replace with “downtime”',
		location: (line: number, column: number) => `line ${line}, column ${column}`,
		pick: 'Choose playbook files (.md)',
		saveImport: 'Save to my playbooks',
		replace: 'Replace mine',
		history: 'Versions',
		compare: 'Compare with current',
		restore: 'Restore',
		exportMd: 'Export .md',
		tooLarge: /characters long/,
		binary: 'The file does not look like text.',
		noFrontMatter: /front matter/
	},
	'zh-CN': {
		studio: '手册工作室',
		newPlaybook: '新建手册',
		problems: /^问题/,
		map: '拜访路线图',
		save: '保存',
		saved: '已保存',
		noProblems: '没有发现问题。',
		complete: '1 项需求中有 1 项的路线完整。',
		didYouMean: '是不是想写“downtime”？',
		unknownNeed: '没有编号为“downtme”的需求。',
		fix: '替换为“downtime”',
		location: (line: number, column: number) => `第 ${line} 行第 ${column} 列`,
		pick: '选择手册文件（.md）',
		saveImport: '保存到我的手册',
		replace: '替换我的',
		history: '版本',
		compare: '与当前文本比较',
		restore: '恢复',
		exportMd: '导出 .md',
		tooLarge: /个字符/,
		binary: '这个文件看起来不是文本文件。',
		noFrontMatter: /文件信息/
	}
} satisfies Record<UiLocale, Record<string, unknown>>;

/** A small complete playbook in `locale`; `need` is the id the problem question names. */
export function typedPlaybook(locale: UiLocale, need = 'downtime'): string {
	if (locale === 'zh-CN') {
		return `---
id: typed-zh
title: 键入的手册
locale: zh-CN
version: 1
offer: 预测性维护
---

# 开场

- 说明来意。 {#intro}

# 需求

- 减少停机 {#downtime}

# 背景问题

- 有几条产线？ {#lines}

# 难点问题

- 产线多久停一次？ {#stops}
  - 需求：${need}

# 暗示问题

- 一次停机损失多少？ {#cost}
  - 需求：downtime

# 需求效益问题

- 少停机对您值多少？ {#worth}
  - 需求：downtime

# 证明能力

## 预警 {#alerts}

- 特征：传感器。
- 优点：提前预警。
- 利益：减少停机。
- 满足：downtime

# 承诺

## 推进

- 演示：一次演示 {#demo}

# 买方

工厂厂长。

## 回答

- stops：一周两次。
  - 透露：downtime
- worth：很值钱。
  - 明确：downtime

## 接受

- demo：可以。
  - 条件：downtime 明确
`;
	}
	return `---
id: typed-en
title: Typed playbook
locale: en
version: 1
offer: Predictive maintenance
---

# Opening

- Say why you came. {#intro}

# Needs

- Fewer stops {#downtime}

# Situation

- How many lines run? {#lines}

# Problem

- How often do lines stop? {#stops}
  - Need: ${need}

# Implication

- What does a stop cost? {#cost}
  - Need: downtime

# Need-payoff

- What would fewer stops be worth? {#worth}
  - Need: downtime

# Capability

## Alerts {#alerts}

- Feature: Sensors.
- Advantage: Early warning.
- Benefit: Fewer stops.
- Meets: downtime

# Commitment

## Advances

- Demo: A demo {#demo}

# Buyer

A plant director.

## Replies

- stops: Twice a week.
  - Reveals: downtime
- worth: A lot.
  - States: downtime

## Accepts

- demo: Fine.
  - When: downtime explicit
`;
}

/** Opens a new playbook in the editor from the library; returns once the editor is ready. */
export async function openNewPlaybook(page: Page, locale: UiLocale): Promise<void> {
	await page.goto('/studio/');
	await page.getByRole('button', { name: WORDS[locale].newPlaybook }).click();
	await expect(page).toHaveURL(/\/studio\/edit\/\?id=/);
	await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
}

/** Replaces the editor's whole text as one input (no auto-continued list markers). */
export async function setEditorText(page: Page, text: string): Promise<void> {
	await page.locator('.cm-content').click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.insertText(text);
}
