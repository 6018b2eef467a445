// A small playbook for the call screen's tests: two needs, a question of each SPIN type, two
// capability cards, one objection, one advance and a buyer who answers, objects and accepts.
import { parsePlaybook } from '$lib/playbook/parse';
import type { Playbook } from '$lib/playbook/types';

export const TEST_PLAYBOOK_SOURCE = `---
id: call-test
title: Plant uptime
locale: en
version: 1
offer: Wear alerts
---

# Opening
- Say who you are. {#intro}
  - Hint: One sentence.

# Needs
- Fewer unplanned stops {#downtime}
- Shorter changeovers {#changeover}

# Situation
- How many lines run three shifts? {#shifts}
  - Hint: Keep these few.

# Problem
- How often does a line stop without warning? {#stops}
  - Need: downtime
- How long does a changeover take? {#changeovers}
  - Need: changeover

# Implication
- When a line stops, what happens to the week's orders? {#stop-orders}
  - Need: downtime

# Need-payoff
- If stops fell by half, what would that be worth? {#stop-value}
  - Need: downtime

# Capability
## Wear alerts {#wear-alerts}
- Feature: Sensors report vibration every minute.
- Advantage: Parts are changed before they fail.
- Benefit: You said a stop costs a week's margin; alerts let you plan repairs.
- Meets: downtime

## Quick-change kit {#quick-change}
- Feature: Pre-set tooling carts.
- Advantage: Changeovers need fewer adjustments.
- Benefit: You said changeovers eat a shift; the kit halves that.
- Meets: changeover

# Objections
## Too expensive {#price}
- Answer: Compare the fee with the cost of one stop.
- Cause: Features before needs.

# Commitment
## Summary
- Recap each need and its benefit. {#recap}
## Advances
- Demo: A demonstration on your line data {#demo}
## Question
- Could we set up the demonstration next week? {#ask-demo}

# Buyer
Li Ming, plant director.

## Replies
- shifts: Four of our six lines.
- stops: Two or three times a week.
  - Reveals: downtime
- stop-value: That would save the overtime bill.
  - States: downtime
## Raises
- price: That sounds expensive.
  - After: feature, advantage
## Accepts
- demo: All right, bring it on Tuesday.
  - When: downtime met
  - Otherwise: I don't see why we'd need a demo yet.
`;

/** The parsed test playbook; throws if the fixture stops parsing (a test bug, not a product one). */
export function testPlaybook(): Playbook {
	const { playbook, diagnostics } = parsePlaybook(TEST_PLAYBOOK_SOURCE);
	const errors = diagnostics.filter((d) => d.severity === 'error');
	if (!playbook || errors.length > 0) {
		throw new Error(`test playbook does not parse: ${errors.map((d) => d.code).join(', ')}`);
	}
	return playbook;
}
