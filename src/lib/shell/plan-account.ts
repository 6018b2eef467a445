// What planning needs from the account a call is planned from: the row, its people, and the
// latest call's agreed next step and needs (the defaults come from `$lib/accounts/plan-defaults`).
import { getSpinDb } from '$lib/db';
import { callDigests, lastCalls } from '$lib/db/account-calls';
import { getAccount } from '$lib/db/accounts';
import { listPeople } from '$lib/db/people';
import type { AccountRow, PersonRow, SessionRow } from '$lib/db/types';
import { planDefaults, type PlanDefaults } from '$lib/accounts/plan-defaults';

export interface PlanAccount {
	account: AccountRow;
	people: PersonRow[];
	lastCall?: SessionRow;
	defaults: PlanDefaults;
}

/** The account `id` for planning, or null when it is not stored here. */
export async function loadPlanAccount(id: string): Promise<PlanAccount | null> {
	const db = getSpinDb();
	const account = await getAccount(db, id);
	if (!account) return null;
	const [people, last] = await Promise.all([listPeople(db, id), lastCalls(db, [id])]);
	const lastCall = last.get(id);
	const digest = lastCall ? (await callDigests(db, [lastCall])).get(lastCall.id) : undefined;
	const defaults = planDefaults({
		name: account.name,
		tier: account.tier,
		nextStep: digest?.nextStep,
		needs: lastCall?.needs
	});
	return { account, people, lastCall, defaults };
}
