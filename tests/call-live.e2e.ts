import { expect, test } from '@playwright/test';
import {
	expectSaved,
	keys,
	needLevels,
	spinCounts,
	startCallByKeyboard,
	storedEvents
} from './call-helpers';

test('a full live call in Chinese, by keyboard only, through every stage to the end screen', async ({
	page
}) => {
	const id = await startCallByKeyboard(page, 'zh-CN', 'zh-CN', 'live', '约好一次压铸机预警演示');
	const rail = page.getByRole('navigation', { name: '拜访阶段' });
	await expect(rail.locator('[aria-current="step"]')).toHaveText(/开场/);
	await expect(page.getByText('实战', { exact: true })).toBeVisible();

	// Opening: each move done with Enter, then on to investigating.
	await keys(page, 'Enter', 'Enter', 'Enter', 'Enter');
	await expect(page.locator('[data-item] .tag')).toHaveCount(4);
	await keys(page, 'ArrowRight');
	await expect(rail.locator('[aria-current="step"]')).toHaveText(/了解需求/);

	// A situation question, then the problem bank: the suggestion comes with its reason.
	await expect(page.getByTestId('suggestion-reason')).toContainText('先了解一点背景');
	await keys(page, 'Enter');
	await keys(page, 'p');
	await expect(page.getByRole('heading', { name: /建议提问 · 难点问题/ })).toBeVisible();
	await expect(page.getByTestId('suggested-question')).toHaveAttribute('lang', 'zh-CN');
	await keys(page, 'Enter');

	// The answer in a few words; markup typed here stays text. Typing must not fire shortcuts.
	await keys(page, 't');
	await page.keyboard.type('<i>上月停了四次</i>，每次半个班');
	await keys(page, 'Enter');
	await expect(page.getByTestId('answer-note')).toHaveText('<i>上月停了四次</i>，每次半个班');
	expect(await spinCounts(page)).toEqual([1, 1, 0, 0]);

	// C then 1: the first need is implied; the ledger now suggests developing it.
	await keys(page, 'c', '1');
	expect((await needLevels(page))['downtime']).toBe('implied');
	// This playbook's downtime takes two implication questions before a need-payoff one lands.
	await expect(page.getByTestId('suggestion-reason')).toContainText('还只是隐含需求');
	await keys(page, 'Enter');
	await expect(page.getByTestId('suggestion-reason')).toContainText('还只是隐含需求');
	await keys(page, 'Enter');
	await expect(page.getByTestId('suggestion-reason')).toContainText('让客户自己说出');
	await keys(page, 'Enter');
	await keys(page, 'c', '1');
	expect((await needLevels(page))['downtime']).toBe('explicit');
	expect(await spinCounts(page)).toEqual([1, 1, 2, 1]);
	await expectSaved(page);

	// Reload mid-call: same stage, same needs, same counts (the log is replayed).
	await page.reload();
	await expect(rail.locator('[aria-current="step"]')).toHaveText(/了解需求/);
	expect(await spinCounts(page)).toEqual([1, 1, 2, 1]);
	expect((await needLevels(page))['downtime']).toBe('explicit');

	// Demonstrating: the next step names the stage; the suggested card's benefit is offered.
	await expect(page.getByTestId('next-step')).toContainText('证明能力');
	await keys(page, 'ArrowRight');
	await expect(rail.locator('[aria-current="step"]')).toHaveText(/证明能力/);
	await keys(page, 'f');
	// An objection raised then answered by keys: O and its number raise it; O and its number
	// again show its listed answers numbered where the eye is; Esc cancels, a digit chooses one.
	await keys(page, 'o', '1');
	const price = page.locator('[data-objection="price"]');
	await expect(price.locator('.tag.open')).toBeVisible();
	await keys(page, 'o', '1');
	const choose = page.locator('section.objections.picking');
	await expect(choose.getByRole('status')).toHaveText('按你所给回答的序号（Esc 取消）');
	await expect(choose.locator('[data-objection]')).toHaveCount(1);
	await expect(price.locator('[data-answer]').first()).toBeInViewport();
	await keys(page, 'Escape');
	await expect(page.locator('section.objections.picking')).toHaveCount(0);
	await expect(price.locator('.tag.open')).toBeVisible();
	await keys(page, 'o', '1');
	const chosen = await price.locator('[data-answer]').first().getAttribute('data-answer');
	await keys(page, '1');
	await expect(price.locator('.tag.open')).toHaveCount(0);
	await keys(page, 'b');
	await expect(page.locator('[data-present="benefit"].done')).toHaveCount(1);
	expect((await needLevels(page))['downtime']).toBe('explicit');

	// Committing: summary, then the planned advance, then end with the outcome.
	await keys(page, 'ArrowRight');
	await expect(rail.locator('[aria-current="step"]')).toHaveText(/获得承诺/);
	await keys(page, 'g', 'Enter');
	await expect(page.locator('[data-item] .tag').first()).toContainText('已提出');
	await keys(page, 'e');
	const dialog = page.getByRole('dialog', { name: '这次拜访的结果是？' });
	await expect(dialog).toBeVisible();
	// Live, nothing the log holds says what the customer agreed: nothing is pre-selected.
	await expect(dialog.locator('input[name="outcome"]:checked')).toHaveCount(0);
	await expect(dialog.getByRole('radio', { name: /^成交/ })).toBeFocused();
	await keys(page, 'ArrowDown');
	await expect(dialog.getByRole('radio', { name: /推进/ })).toBeChecked();
	await keys(page, 'Enter');
	await page.waitForURL(/\/end\/?\?id=/);
	expect(new URL(page.url()).searchParams.get('id')).toBe(id);
	await expect(page.getByText('已记录结果：推进')).toBeVisible();

	const events = await storedEvents(page, id);
	const types = events.map((e) => e.type);
	expect(types.slice(0, 2)).toEqual(['call.plan', 'call.start']);
	expect(types.filter((t) => t === 'opening.do')).toHaveLength(4);
	expect(types.filter((t) => t === 'question.ask')).toHaveLength(5);
	for (const t of ['answer.note', 'need.confirm', 'feature.present', 'benefit.state']) {
		expect(types).toContain(t);
	}
	expect(events.find((e) => e.type === 'objection.answer')).toMatchObject({
		objectionId: 'price',
		answerId: chosen
	});
	expect(types).toContain('summary.give');
	expect(events.at(-1)).toMatchObject({ type: 'call.end', outcome: 'advance' });
	expect(types).not.toContain('buyer.say');
});
