import { expect, test } from '@playwright/test';
import { expectSaved, keys, needLevels, startCallByKeyboard, storedEvents } from './call-helpers';

test('a full rehearsal in English, by keyboard only: the scripted buyer answers, objects and agrees', async ({
	page
}) => {
	const id = await startCallByKeyboard(page, 'en', 'en', 'rehearsal', 'Agree a cabinet demo');
	const rail = page.getByRole('navigation', { name: 'Call stages' });
	const conversation = page.getByTestId('conversation');
	await expect(conversation).toHaveAttribute('aria-live', 'polite');
	await expect(conversation).toContainText('The buyer is waiting for your first question.');

	await keys(page, 'Enter', 'Enter', 'Enter', 'Enter', 'ArrowRight');
	await expect(rail.locator('[aria-current="step"]')).toHaveText(/Investigating/);

	// The rep asks; the buyer answers from the playbook, in the playbook's language.
	await keys(page, 'Enter');
	await expect(conversation.locator('[data-who="buyer"]').last()).toContainText(
		'Thirty-eight rooms'
	);
	await keys(page, 'p', 'Enter');
	await expect(conversation.locator('[data-who="buyer"]').last()).toContainText(
		'nine late starts last month'
	);
	// The buyer admitted a problem: the need shows up as implied without the rep confirming it.
	expect((await needLevels(page))['stockouts']).toBe('implied');

	// Develop it, then let the buyer state its value: now it is explicit.
	await expect(page.getByTestId('suggestion-reason')).toContainText('is only implied');
	await keys(page, 'Enter');
	await expect(page.getByTestId('suggestion-reason')).toContainText('has been developed');
	await keys(page, 'Enter');
	await expect(conversation.locator('[data-who="buyer"]').last()).toContainText(
		"That's worth a lot."
	);
	expect((await needLevels(page))['stockouts']).toBe('explicit');

	// A question of the rep's own, typed: shortcuts stay quiet while typing.
	await keys(page, 'q');
	await expect(page.getByLabel('Your question')).toBeFocused();
	await page.keyboard.type('Is there anything else on your mind this quarter?');
	await keys(page, 'Enter');
	await expect(conversation.locator('[data-who="rep"]').last()).toHaveText(
		/Is there anything else on your mind this quarter\?/
	);
	await expect(conversation.locator('[data-who="buyer"]').last()).toContainText(
		'If it really worked, sure, it would help.'
	);
	await keys(page, 'Escape');
	await expect(rail.locator('[aria-current="step"]')).toHaveText(/Investigating/);

	// Demonstrating: the benefit for the explicit need; the buyer raises an objection to it.
	await expect(page.getByTestId('next-step')).toContainText('Demonstrating');
	await keys(page, 'ArrowRight', 'b');
	await expect(conversation.locator('[data-who="buyer"]').last()).toContainText(
		'This is a decision for the CFO, not me.'
	);
	await expect(page.locator('[data-objection="ask-boss"] .tag.open')).toBeVisible();
	await keys(page, 'o', '5');
	await expect(page.locator('[data-objection="ask-boss"] .tag.open')).toHaveCount(0);
	await expect(conversation.locator('[data-who="buyer"]').last()).toContainText(
		'that answers my concern'
	);

	// Reload mid-rehearsal: the whole conversation and the ledger come back from the log.
	const lines = await conversation.locator('li').count();
	await expectSaved(page);
	await page.reload();
	await expect(rail.locator('[aria-current="step"]')).toHaveText(/Demonstrating/);
	await expect(conversation.locator('li')).toHaveCount(lines);
	expect((await needLevels(page))['stockouts']).toBe('explicit');

	// Committing: summary, then the planned demo, which the buyer accepts.
	await keys(page, 'ArrowRight');
	await expect(rail.locator('[aria-current="step"]')).toHaveText(/Committing/);
	await keys(page, 'g');
	await expect(conversation.locator('[data-who="buyer"]').last()).toContainText(
		"that's a fair summary"
	);
	await keys(page, 'Enter');
	await expect(conversation.locator('[data-who="buyer"]').last()).toContainText(
		"Fine. Bring it to the main hospital's OR core"
	);
	await expectSaved(page);

	// The end flow starts on what the buyer agreed to.
	await keys(page, 'e');
	const dialog = page.getByRole('dialog', { name: 'How did the call end?' });
	await expect(dialog).toContainText('The buyer agreed to: A cabinet demonstration in one OR core');
	await expect(dialog.getByRole('radio', { name: /^Advance/ })).toBeChecked();
	await keys(page, 'Enter');
	await page.waitForURL(/\/end\/?\?id=/);
	await expect(page.getByText('Outcome recorded: Advance')).toBeVisible();

	const events = await storedEvents(page, id);
	const buyer = events.filter((e) => e.type === 'buyer.say');
	expect(buyer.length).toBeGreaterThanOrEqual(8);
	expect(buyer.some((e) => e.acceptsAdvanceId === 'demo')).toBe(true);
	expect(events.find((e) => e.type === 'question.ask' && e.text)).toMatchObject({
		text: 'Is there anything else on your mind this quarter?',
		spinType: 'needPayoff'
	});
	expect(events.at(-1)).toMatchObject({ type: 'call.end', outcome: 'advance' });
});
