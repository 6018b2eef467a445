// What the history and progress screens keep of a call's coaching report: the score, each
// rubric rule's points, and the counts the trends need. Read off the one report the session
// module derives (analyze), never judged again here.
import type { CallDigest } from '$lib/db/types';
import { REPORT_VERSION, type CoachingReport } from '$lib/session/coaching-report';
import { RUBRIC } from '$lib/session/rubric';

/** Changes whenever the report's shape or the rubric's rules change, so cached digests go stale. */
export const DIGEST_VERSION = `${REPORT_VERSION}:${RUBRIC.map((r) => `${r.id}/${r.max}`).join(',')}`;

/** The digest of one call's report, stamped with the log length it was computed at. */
export function digestOf(report: CoachingReport): CallDigest {
	return {
		v: DIGEST_VERSION,
		eventCount: report.eventCount,
		score: report.score.total,
		max: report.score.max,
		rules: Object.fromEntries(report.score.lines.map((l) => [l.id, [l.points, l.max]])),
		questions: report.questions.total,
		implication: report.questions.byType.implication.count,
		needPayoff: report.questions.byType.needPayoff.count,
		benefits: report.needs.benefits,
		benefitsOnExplicit: report.needs.benefitsMeetingExplicit,
		explicitNeeds: report.needs.explicit.length,
		metNeeds: report.needs.met.length
	};
}
