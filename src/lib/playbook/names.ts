// The words trainers may write, in English and Chinese, for sections, sub-headings, labels and
// values. Matching ignores case, spaces, hyphens and full-width punctuation (NFKC folds
// full-width forms to ASCII), so `Need-payoff`, `need payoff` and `NEED－PAYOFF` all match.
import type {
	AdvanceKind,
	AnswerQuality,
	ClosingOutcome,
	ObjectionTrigger,
	SpinType
} from './types';

export type SectionKind =
	| 'opening'
	| 'needs'
	| SpinType
	| 'capability'
	| 'objections'
	| 'commitment'
	| 'buyer'
	| 'investigating';

// Labels and keys repeat thousands of times in a large playbook; NFKC is the costly part.
const FOLDED = new Map<string, string>();

/** Folds a name for comparison: NFKC, lower case, only letters and digits kept. */
export function fold(text: string): string {
	let folded = FOLDED.get(text);
	if (folded === undefined) {
		folded = text
			.normalize('NFKC')
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]+/gu, '');
		if (FOLDED.size > 2000) FOLDED.clear();
		FOLDED.set(text, folded);
	}
	return folded;
}

function table<T extends string>(entries: Record<T, string[]>): Map<string, T> {
	const map = new Map<string, T>();
	for (const [value, names] of Object.entries(entries) as [T, string[]][]) {
		for (const name of names) map.set(fold(name), value);
	}
	return map;
}

export const SECTIONS = table<SectionKind>({
	opening: ['Opening', '开场', '初步接触'],
	needs: ['Needs', '需求', '客户需求'],
	situation: ['Situation', 'Situation questions', '背景问题', '背景'],
	problem: ['Problem', 'Problem questions', '难点问题', '难点'],
	implication: ['Implication', 'Implication questions', '暗示问题', '暗示'],
	needPayoff: [
		'Need-payoff',
		'Need payoff',
		'Need-payoff questions',
		'需求效益问题',
		'利益问题',
		'需求效益'
	],
	capability: ['Capability', 'Capabilities', 'Demonstrating capability', '证明能力', '能力证明'],
	objections: ['Objections', '异议', '处理异议'],
	commitment: ['Commitment', '承诺', '获得承诺'],
	buyer: ['Buyer', 'Buyer script', '买方', '买方脚本', '客户角色'],
	investigating: ['Investigating', '调查', '了解需求']
});

export type CommitmentPart = 'summary' | 'advances' | 'questions';
export const COMMITMENT_PARTS = table<CommitmentPart>({
	summary: ['Summary', '总结'],
	advances: ['Advances', '推进'],
	questions: ['Question', 'Questions', '承诺问题']
});

export type BuyerPart = 'replies' | 'raises' | 'accepts' | 'awareness' | 'patience' | 'lines';
export const BUYER_PARTS = table<BuyerPart>({
	replies: ['Replies', '回答'],
	raises: ['Raises', '异议'],
	accepts: ['Accepts', '接受'],
	awareness: ['Awareness', '认知'],
	patience: ['Patience', '耐心'],
	lines: ['Lines', '台词']
});

export type Label =
	| 'hint'
	| 'followUp'
	| 'need'
	| 'feature'
	| 'advantage'
	| 'benefit'
	| 'meets'
	| 'answer'
	| 'cause'
	| 'competitor'
	| 'reveals'
	| 'states'
	| 'after'
	| 'when'
	| 'otherwise'
	| 'quality'
	| 'reply'
	| 'cards'
	| 'blocks'
	| 'resolved'
	| 'involves'
	| 'firstCall'
	| 'deflect'
	| 'outcome';
export const LABELS = table<Label>({
	hint: ['Hint', '提示'],
	followUp: ['Follow-up', 'Follow up', '追问'],
	need: ['Need', 'Needs', '需求'],
	feature: ['Feature', '特征'],
	advantage: ['Advantage', '优点'],
	benefit: ['Benefit', '利益'],
	meets: ['Meets', '满足'],
	answer: ['Answer', '应答'],
	cause: ['Cause', '原因'],
	competitor: ['Competitor', '竞争对手'],
	reveals: ['Reveals', '透露'],
	states: ['States', '明确'],
	after: ['After', '触发'],
	when: ['When', '条件'],
	otherwise: ['Otherwise', '否则'],
	quality: ['Quality', '质量'],
	reply: ['Reply', '回应'],
	cards: ['Cards', '卡片'],
	blocks: ['Blocks', '阻止'],
	resolved: ['Resolved', '已解决'],
	involves: ['Involves', '参与'],
	firstCall: ['First call', '首次成交'],
	deflect: ['Deflect', '回避'],
	outcome: ['Outcome', '结果']
});

export const ADVANCES = table<AdvanceKind>({
	demo: ['Demo', '演示'],
	training: ['Training', '培训'],
	seniorMeeting: ['Senior meeting', '高层会面'],
	trial: ['Trial', '试用'],
	visit: ['Visit', '参观'],
	other: ['Other', '其他']
});

export const SPIN_KEYS = table<SpinType>({
	situation: ['situation', '背景'],
	problem: ['problem', '难点'],
	implication: ['implication', '暗示'],
	needPayoff: ['need-payoff', '需求效益']
});

export const TRIGGERS = table<ObjectionTrigger>({
	feature: ['feature', '特征'],
	advantage: ['advantage', '优点'],
	benefit: ['benefit', '利益'],
	any: ['any', '任意'],
	proposal: ['proposal', '提议'],
	order: ['order', 'price', '订单', '价格'],
	early: ['early', '过早']
});

export const QUALITIES = table<AnswerQuality>({
	strong: ['strong', '强'],
	weak: ['weak', '弱']
});

export const CLOSING = table<ClosingOutcome>({
	continuation: ['continuation', '继续洽谈', '继续'],
	noSale: ['no-sale', 'no sale', '未成交']
});

export const YES_NO = table<'yes' | 'no'>({ yes: ['yes', '是'], no: ['no', '否'] });

export type PatienceKey = 'start' | 'situation' | 'close';
export const PATIENCE_KEYS = table<PatienceKey>({
	start: ['start', '初始'],
	situation: ['situation', '背景'],
	close: ['close', '结束']
});

export type LineKey = 'unclear' | 'deflect' | 'support';
export const LINE_KEYS = table<LineKey>({
	unclear: ['unclear', '不明白'],
	deflect: ['deflect', '回避'],
	support: ['support', '认同']
});

export const CONDITION_STATES = table<'explicit' | 'met'>({
	explicit: ['explicit', '明确'],
	met: ['met', '满足']
});

export const ORDER_KEYS = new Set([fold('order'), fold('订单')]);

/** Splits a comma-separated list (`,`, `，`, `、` or `;`) into trimmed parts and their offsets. */
export function splitList(value: string): { part: string; at: number }[] {
	const out: { part: string; at: number }[] = [];
	for (const match of value.matchAll(/[^,，、;；]+/g)) {
		const part = match[0].trim();
		if (part !== '') out.push({ part, at: match.index + match[0].indexOf(part) });
	}
	return out;
}
