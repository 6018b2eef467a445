// The checker's own words (severity, summary, usage errors) in each CLI language; diagnostic
// messages themselves come from messages/*.json, as in the app.
export type CliLocale = 'en' | 'zh-CN';

interface CliText {
	severity: Record<'error' | 'warning', string>;
	summary: (files: number, errors: number, warnings: number, failed: number) => string;
	badArgument: (arg: string) => string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const USAGE = 'playbook:check [--lang zh-CN|en] [--format text|json] [files...]';

export const CLI_TEXT = {
	en: {
		severity: { error: 'error', warning: 'warning' },
		summary: (files, errors, warnings, failed) =>
			`${plural(files, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}` +
			(failed > 0 ? `; ${plural(failed, 'file')} cannot be used` : ''),
		badArgument: (arg) => `Unknown option \`${arg}\`. Usage: ${USAGE}`
	},
	'zh-CN': {
		severity: { error: '错误', warning: '提醒' },
		summary: (files, errors, warnings, failed) =>
			`检查了 ${files} 个文件：${errors} 个错误，${warnings} 个提醒` +
			(failed > 0 ? `；${failed} 个文件无法使用` : ''),
		badArgument: (arg) => `无法识别的选项“${arg}”。用法：${USAGE}`
	}
} satisfies Record<CliLocale, CliText>;
