import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages.js';

// English counts go through Intl.PluralRules (Paraglide's `plural` selector): "1 new call".
describe('English plurals', () => {
	const en = { locale: 'en' } as const;

	it('names one thing in the singular and more in the plural', () => {
		expect(m.data_import_done({ file: 'a.json', imported: 1, skipped: 0 }, en)).toBe(
			'a.json imported: 1 new call, 0 already on this device.'
		);
		expect(m.data_import_done({ file: 'a.json', imported: 2, skipped: 1 }, en)).toBe(
			'a.json imported: 2 new calls, 1 already on this device.'
		);
		expect(m.report_questions_total({ total: 1, free: 0 }, en)).toBe(
			'1 question, 0 of them in your own words'
		);
		expect(m.report_benefits({ matched: 1, benefits: 1 }, en)).toBe(
			'1 of 1 benefit met an explicit need'
		);
		expect(m.report_rule_situation_few_evidence({ situation: 0, total: 1 }, en)).toBe(
			'0 of 1 question was a situation question'
		);
		expect(m.report_rule_situation_few_evidence({ situation: 2, total: 5 }, en)).toBe(
			'2 of 5 questions were situation questions'
		);
	});

	it('leaves Chinese, which has no plural forms, with one wording', () => {
		const zh = { locale: 'zh-CN' } as const;
		expect(m.data_import_done({ file: 'a.json', imported: 1, skipped: 0 }, zh)).toBe(
			'a.json 已导入：新增 1 次拜访，0 次已在本设备上。'
		);
		expect(m.report_questions_total({ total: 1, free: 0 }, zh)).toBe(
			'共 1 个问题，其中 0 个是你自己输入的'
		);
	});
});
