import { expect, test } from '@playwright/test';
import { expectSaved, keys, needLevels, startCallByKeyboard, storedEvents } from './call-helpers';

test('a full rehearsal in English, by keyboard only: the buyer answers and agrees; next step, end and outcome agree', async ({
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

	// Develop it (this buyer feels it after two implication questions), then let the buyer state
	// its value: now it is explicit. The coach never offers the need-payoff question earlier.
	await expect(page.getByTestId('suggestion-reason')).toContainText('is only implied');
	await keys(page, 'Enter');
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
	await page.getByRole('radio', { name: 'Need-payoff' }).check();
	await page.getByLabel('Your question').focus();
	await keys(page, 'Enter');
	await expect(conversation.locator('[data-who="rep"]').last()).toHaveText(
		/Is there anything else on your mind this quarter\?/
	);
	await expect(conversation.locator('[data-who="buyer"]').last()).not.toBeEmpty();
	await keys(page, 'Escape');
	await expect(rail.locator('[aria-current="step"]')).toHaveText(/Investigating/);

	// Demonstrating: the benefit for the explicit need; the buyer welcomes it, no objection.
	await expect(page.getByTestId('next-step')).toContainText('Demonstrating');
	await keys(page, 'ArrowRight', 'b');
	await expect(conversation.locator('[data-who="buyer"]').last()).toContainText(
		'that would take care of what I described'
	);
	await expect(page.locator('[data-objection] .tag.open')).toHaveCount(0);

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
	// Only after the summary does the coach suggest the ask.
	await expect(page.getByTestId('next-step')).toContainText('Propose');
	await keys(page, 'Enter');
	await expect(conversation.locator('[data-who="buyer"]').last()).toContainText(
		"Fine. Bring it to the main hospital's OR core"
	);
	await expectSaved(page);
	// Agreed: the next step is to end the call, never the fallback.
	await expect(page.getByTestId('next-step')).toContainText('End the call');
	await expect(page.getByTestId('next-step')).not.toContainText('fallback');

	// The end flow shows what the buyer agreed to, the outcome it decides, and asks the next step.
	await keys(page, 'e');
	const dialog = page.getByRole('dialog', { name: 'How did the call end?' });
	await expect(dialog).toContainText('The buyer agreed to: A cabinet demonstration in one OR core');
	await expect(dialog.locator('[data-outcome="advance"]')).toBeVisible();
	await expect(dialog.getByLabel('Agreed next step')).toBeFocused();
	await page.keyboard.type('Cabinet demo in the main OR core');
	await dialog.getByLabel('Date of the next step').fill('2026-12-15');
	await dialog.getByLabel('Agreed next step').focus();
	await keys(page, 'Enter');
	await page.waitForURL(/\/end\/?\?id=/);
	await expect(page.getByText('Outcome recorded: Advance')).toBeVisible();
	await expect(page.getByText('Cabinet demo in the main OR core')).toBeVisible();

	const events = await storedEvents(page, id);
	const buyer = events.filter((e) => e.type === 'buyer.say');
	expect(buyer.length).toBeGreaterThanOrEqual(7);
	expect(buyer.some((e) => e.acceptsAdvanceId === 'demo')).toBe(true);
	expect(events.find((e) => e.type === 'question.ask' && e.text)).toMatchObject({
		text: 'Is there anything else on your mind this quarter?',
		spinType: 'needPayoff'
	});
	expect(events.at(-1)).toMatchObject({
		type: 'call.end',
		outcome: 'advance',
		nextStep: { text: 'Cabinet demo in the main OR core', date: '2026-12-15' }
	});
});

test('a rehearsal played badly: the buyer tires of background questions, ends the meeting, and the coach says so', async ({
	page
}) => {
	await startCallByKeyboard(page, 'en', 'en', 'rehearsal', 'See what sticks');
	const conversation = page.getByTestId('conversation');
	await keys(page, 'Enter', 'ArrowRight');
	// Background questions only, round the bank and again, until the buyer has had enough.
	const next = page.getByTestId('next-step');
	for (let i = 0; i < 10; i++) {
		if ((await next.allTextContents()).join(' ').includes('ended the meeting')) break;
		await keys(page, 's', String((i % 4) + 1), 'Enter');
		await expect(conversation.locator('[data-who="rep"]')).toHaveCount(i + 1);
	}
	await expect(conversation.locator('[data-who="buyer"]').last()).toContainText(
		'I have a value analysis meeting to get to'
	);
	await expect(next).toContainText('The buyer has ended the meeting');
	// Nothing left to suggest asking; the end dialog already knows the buyer's outcome.
	await expect(page.getByTestId('suggested-question')).toHaveCount(0);
	await keys(page, 'e');
	await expect(page.getByRole('dialog')).toContainText('No-sale');
});
