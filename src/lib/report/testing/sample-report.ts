// A hand-built coaching report and the playbook its ids come from, for the report's tests.
import { parsePlaybook } from '$lib/playbook/parse';
import { REPORT_VERSION, type CallFacts, type CoachingReport } from '$lib/session/coaching-report';
import { scoreCall } from '$lib/session/rubric';

export const PLAYBOOK = parsePlaybook(`---
id: plant-uptime-en
title: Plant uptime
locale: en
version: 1
offer: Predictive maintenance
---

# Needs
- Fewer unplanned line stops {#downtime}
- Shorter changeovers {#changeover}
- Pass the customer audit {#audit}

# Problem
- How often does a line stop without warning? {#stops}
  - Need: downtime

# Capability
## Wear alerts {#wear-alerts}
- Feature: Sensors on each motor.
- Advantage: Change a part before it fails.
- Benefit: Plan repairs between shifts.
- Meets: downtime

# Objections
## Too expensive {#price}
- Answer: Compare the fee with one stop.
`).playbook!;

// A hand-built call: 7 questions (2 situation, one need-payoff cold), one need still implied, two
// explicit of which one was met, a feature before any explicit need that then drew an objection,
// a summary before the ask, and a continuation. Scored by the real rubric:
// 5+5+10+5+3+7+5+5+5+5+5+5+0 = 65.
export const FACTS: CallFacts = {
	questions: {
		total: 7,
		free: 1,
		byType: {
			situation: { count: 2, share: 2 / 7 },
			problem: { count: 2, share: 2 / 7 },
			implication: { count: 2, share: 2 / 7 },
			needPayoff: { count: 1, share: 1 / 7 }
		},
		situationTooMany: false,
		cold: [9],
		developing: 3
	},
	needs: {
		total: 3,
		untouched: [],
		developed: ['downtime'],
		implied: ['changeover'],
		explicit: ['downtime', 'audit'],
		met: ['downtime'],
		unmetExplicit: ['audit'],
		benefits: 2,
		benefitsMeetingExplicit: 1
	},
	capability: {
		features: 1,
		advantages: 0,
		benefits: 2,
		advantageLike: 1,
		beforeExplicitNeed: [5],
		unlinked: [{ index: 5, kind: 'feature', cardId: 'wear-alerts' }]
	},
	objections: [{ index: 6, objectionId: 'price', by: 'buyer', after: 'feature', answered: true }],
	objectionsAfter: { feature: 1, advantage: 0, benefit: 0, proposal: 0, none: 0 },
	commitment: {
		summaries: 1,
		proposals: 1,
		summaryBeforeFirstProposal: true,
		early: 0,
		repeated: 0
	},
	time: {
		totalMs: 600_000,
		stages: {
			opening: { ms: 120_000, share: 0.2 },
			investigating: { ms: 240_000, share: 0.4 },
			demonstrating: { ms: 180_000, share: 0.3 },
			committing: { ms: 60_000, share: 0.1 }
		},
		leftOpening: true,
		openingBegun: true
	},
	outcome: { outcome: 'continuation', advanced: false, primary: false, closedByBuyer: false }
};

export const REPORT: CoachingReport = {
	version: REPORT_VERSION,
	playbookId: 'plant-uptime-en',
	eventCount: 20,
	...FACTS,
	score: scoreCall(FACTS)
};
