import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveId } from './ids';
import { parsePlaybook } from './parse';

const README = readFileSync(new URL('../../../playbooks/README.md', import.meta.url), 'utf8');
/** The full example in the trainers' guide, so guide and parser cannot drift apart. */
const EXAMPLE = /```markdown\n([\s\S]*?)```/.exec(README)?.[1] ?? '';

const FRONT = '---\nid: t\ntitle: T\nlocale: en\nversion: 1\noffer: O\n---\n';
const codes = (source: string) => parsePlaybook(source).diagnostics.map((d) => d.code);

describe('the example in playbooks/README.md', () => {
	const { playbook, diagnostics } = parsePlaybook(EXAMPLE);

	it('parses with no errors', () => {
		expect(EXAMPLE.length).toBeGreaterThan(1000);
		expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	});

	it('reads the front matter', () => {
		expect(playbook?.meta).toEqual({
			id: 'plant-uptime-en',
			title: 'Plant uptime for a key account',
			locale: 'en',
			version: '1',
			offer: 'Predictive maintenance service',
			tier: 'gold',
			description: 'First meeting with a plant director about unplanned stops.'
		});
	});

	it('reads opening moves, needs and questions with ids, lines and details', () => {
		expect(playbook?.opening.map((m) => [m.id, m.hints.length])).toEqual([
			['intro', 1],
			['purpose', 0]
		]);
		expect(playbook?.needs.map((n) => n.id)).toEqual(['downtime', 'changeover']);
		expect(playbook?.questions.map((q) => [q.id, q.type, q.needIds])).toEqual([
			['shifts', 'situation', []],
			['stops', 'problem', ['downtime']],
			['stop-orders', 'implication', ['downtime']],
			['stop-value', 'needPayoff', ['downtime']]
		]);
		const shifts = playbook?.questions[0];
		expect(shifts?.followUps).toEqual(['Which line carries the most urgent orders?']);
		expect(EXAMPLE.split('\n')[(shifts?.line ?? 0) - 1]).toContain('How many lines run');
	});

	it('joins a wrapped benefit and reads the card', () => {
		expect(playbook?.capabilities).toEqual([
			expect.objectContaining({
				id: 'wear-alerts',
				title: 'Wear alerts',
				advantage: 'Maintenance can change a part before it fails.',
				benefit:
					"You said a stop costs a week's margin on rush orders; alerts let you plan repairs between shifts instead.",
				needIds: ['downtime']
			})
		]);
	});

	it('reads objections and the commitment step', () => {
		expect(playbook?.objections[0]).toMatchObject({ id: 'price', title: 'Too expensive' });
		expect(playbook?.objections[0].answers).toHaveLength(2);
		expect(playbook?.commitment.advances.map((a) => [a.id, a.kind])).toEqual([
			['demo', 'demo'],
			['vp', 'seniorMeeting']
		]);
		expect(playbook?.commitment.summary).toHaveLength(1);
		expect(playbook?.commitment.questions[0].text).toBe(
			'Could we set up the demonstration for next week?'
		);
	});

	it('reads the buyer script', () => {
		const buyer = playbook?.buyer;
		expect(buyer?.persona).toMatch(/^Li Ming, plant director\./);
		expect(buyer?.replies.map((r) => [r.questionId ?? r.spinType, r.reveals, r.states])).toEqual([
			['shifts', [], []],
			['situation', [], []],
			['stops', ['downtime'], []],
			['stop-value', [], ['downtime']]
		]);
		expect(buyer?.objections).toEqual([
			expect.objectContaining({ objectionId: 'price', after: ['feature', 'advantage', 'order'] })
		]);
		expect(buyer?.accepts).toEqual([
			expect.objectContaining({
				advanceId: 'demo',
				when: [{ needId: 'downtime', state: 'met' }],
				otherwise: "I don't see why we'd need a demo yet."
			})
		]);
	});
});

describe('ids', () => {
	it('derives ids from text in any script, capped at 48 characters', () => {
		expect(deriveId('How often does a line stop?')).toBe('how-often-does-a-line-stop');
		expect(deriveId('  产线多久停一次？ ')).toBe('产线多久停一次');
		expect(deriveId('Ärger — über 3 Linien')).toBe('ärger-über-3-linien');
		expect(Array.from(deriveId('word '.repeat(30))).length).toBeLessThanOrEqual(48);
		expect(deriveId('word '.repeat(30)).endsWith('-')).toBe(false);
	});

	it('makes derived ids unique without taking explicit ones', () => {
		const { playbook, diagnostics } = parsePlaybook(
			`${FRONT}# Situation\n- Same?\n- Same?\n- Other {#same-2}\n- Same?\n`
		);
		expect(playbook?.questions.map((q) => q.id)).toEqual(['same', 'same-3', 'same-2', 'same-4']);
		expect(diagnostics.some((d) => d.code === 'id_duplicate')).toBe(false);
	});
});

describe('names in English and Chinese', () => {
	it('matches section headings regardless of case, spacing, full-width forms and `A / B`', () => {
		const { playbook } = parsePlaybook(
			`${FRONT}## INVESTIGATING\n### situation QUESTIONS\n- A?\n### 难点问题 / Problem\n- B?\n### Need payoff\n- C?\n### 暗示：\n- D?\n`
		);
		expect(playbook?.questions.map((q) => q.type)).toEqual([
			'situation',
			'problem',
			'needPayoff',
			'implication'
		]);
	});

	it('reads Chinese front matter keys, tier names and full-width colons', () => {
		const { playbook, diagnostics } = parsePlaybook(
			'---\n编号: zh\n标题：标题\n语言: zh-CN\n版本: 2\n产品: 服务\n客户级别: 铂金\n---\n# 需求\n- 停机 {#停机}\n# 难点\n- 多久停一次？\n  - 需求：停机\n  - 追问：为什么？\n'
		);
		expect(playbook?.meta).toMatchObject({
			id: 'zh',
			title: '标题',
			locale: 'zh-CN',
			tier: 'platinum'
		});
		expect(playbook?.questions[0]).toMatchObject({ needIds: ['停机'], followUps: ['为什么？'] });
		expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	});

	it('treats 异议 under Buyer as Raises, not as the Objections section', () => {
		const { playbook } = parsePlaybook(
			`${FRONT}# Objections\n## Price {#price}\n- Answer: A\n# Buyer\n## 异议\n- price: Too dear.\n  - 触发：利益\n`
		);
		expect(playbook?.buyer?.objections[0]).toMatchObject({
			objectionId: 'price',
			after: ['benefit']
		});
		expect(playbook?.objections).toHaveLength(1);
	});

	it('accepts `order` as what a buyer may agree to', () => {
		const { playbook, diagnostics } = parsePlaybook(
			`${FRONT}# Needs\n- N {#n}\n# Buyer\n## Accepts\n- 订单: Deal.\n  - When: n explicit\n`
		);
		expect(playbook?.buyer?.accepts[0]).toMatchObject({
			advanceId: 'order',
			when: [{ needId: 'n', state: 'explicit' }]
		});
		expect(diagnostics.map((d) => d.code)).not.toContain('buyer_advance_unknown');
	});
});

describe('details documented in playbooks/README.md', () => {
	it('lets a deeper heading group items inside a list section', () => {
		const result = parsePlaybook(`${FRONT}# Situation\n## Plant floor\n- A?\n## Office\n- B?\n`);
		expect(result.playbook?.questions.map((q) => q.type)).toEqual(['situation', 'situation']);
		expect(result.diagnostics.map((d) => d.code)).not.toContain('heading_unknown');
	});

	it('reads loose lists, ordered lists and ignores HTML comments', () => {
		const { playbook } = parsePlaybook(
			`${FRONT}# Needs\n- N {#n}\n# Problem\n<!-- a note for trainers -->\n1. A? {#a}\n\n   * Need: n\n\n2. B?\n`
		);
		expect(playbook?.questions.map((q) => [q.id, q.needIds])).toEqual([
			['a', ['n']],
			['b', []]
		]);
	});

	it('keeps an advance of unknown kind as other and defaults After to any', () => {
		const { playbook, diagnostics } = parsePlaybook(
			`${FRONT}# Objections\n## P {#p}\n- Answer: A\n# Commitment\n## Advances\n- Pilot: One line {#pilot}\n# Buyer\n## Raises\n- p: Hmm.\n`
		);
		expect(playbook?.commitment.advances[0]).toMatchObject({ id: 'pilot', kind: 'other' });
		expect(diagnostics.map((d) => d.code)).toContain('advance_kind_unknown');
		expect(playbook?.buyer?.objections[0].after).toEqual(['any']);
	});

	it('gives buyer entries their own ids so keys never clash with questions', () => {
		const { playbook, diagnostics } = parsePlaybook(
			`${FRONT}# Situation\n- A? {#reply-a}\n- B? {#b}\n# Buyer\n## Replies\n- b: Yes.\n`
		);
		expect(playbook?.buyer?.replies[0]).toMatchObject({ id: 'reply-b', questionId: 'b' });
		expect(diagnostics.map((d) => d.code)).not.toContain('id_duplicate');
	});
});

describe('robustness', () => {
	it('returns a playbook only when id and title are present', () => {
		expect(parsePlaybook('').playbook).toBeNull();
		expect(parsePlaybook('---\nid: x\n---\n').playbook).toBeNull();
		expect(parsePlaybook('---\nid: x\ntitle: X\n---\n').playbook?.meta.title).toBe('X');
	});

	it('reports a file that is too large instead of lexing it', () => {
		const result = parsePlaybook(FRONT + 'a'.repeat(5_000_000));
		expect(result.playbook).toBeNull();
		expect(result.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
			['file_too_large', 1, 1]
		]);
	});

	it('survives 10,000 levels of nested lists and quotes', () => {
		expect(codes(`${FRONT}# Opening\n${'- '.repeat(10_000)}x\n`)).toContain('nesting_too_deep');
		expect(codes(`${FRONT}# Opening\n${'>'.repeat(10_000)} x\n`)).toContain('nesting_too_deep');
		let indented = `${FRONT}# Opening\n`;
		for (let i = 0; i < 300; i++) indented += `${' '.repeat(i * 2)}- x\n`;
		expect(codes(indented)).toContain('nesting_too_deep');
	});

	it('finishes on long blank runs that would make a backtracking regex quadratic', () => {
		const blank = ' '.repeat(400_000);
		const inputs = [
			`---\n${blank}x\n`,
			`${FRONT}# Opening\n- a {#x}${blank}b\n`,
			`${FRONT}# Opening\n- a${blank}b\n  c\n`,
			`---\nid: a${blank}b\ntitle: T\n---\n`,
			`${FRONT}# Situation\n- q\n  - Need:${blank}x\n`
		];
		for (const input of inputs) expect(parsePlaybook(input).diagnostics.length).toBeGreaterThan(0);
	});

	it('never throws on a non-string', () => {
		expect(parsePlaybook(undefined as unknown as string).diagnostics[0].code).toBe(
			'frontmatter_missing'
		);
	});

	it('collects every problem rather than stopping at the first', () => {
		const found = codes(
			`${FRONT}# Situation\n- A {#a}\n- B {#a}\n  - Need: x\n  - Colour: y\n# Weird\n- z\n`
		);
		expect(found).toEqual(
			expect.arrayContaining([
				'id_duplicate',
				'need_unknown',
				'label_unknown',
				'heading_unknown',
				'item_outside_section'
			])
		);
	});

	it('points at the right one of several references, even when one contains another', () => {
		const found = parsePlaybook(
			`${FRONT}# Needs\n- N {#ab}\n# Problem\n- Q?\n  - Need: ab， a\n`
		).diagnostics.filter((x) => x.code === 'need_unknown');
		expect(found.map((x) => [x.line, x.column, x.params])).toEqual([
			[12, 15, { id: 'a', suggestion: 'ab' }]
		]);
	});

	it('gives end positions and a frame with a caret under the problem', () => {
		const d = parsePlaybook(`${FRONT}# Situation\n- A?\n  - Need: nope\n`).diagnostics.find(
			(x) => x.code === 'need_unknown'
		);
		expect(d).toMatchObject({ line: 10, column: 11, endLine: 10, endColumn: 15 });
		expect(d?.frame.split('\n')).toEqual([
			' 9 | - A?',
			'10 |   - Need: nope',
			'   |           ^^^^'
		]);
	});
});
