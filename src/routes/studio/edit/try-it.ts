// The plan of a "try it" rehearsal: the playbook's first advance as the goal (a generic demo
// when it has none), so the trainer goes from the editor to the call in one key.
import type { Playbook } from '$lib/playbook/types';
import type { PlanForm } from '../../plan/plan-form';

/** A complete plan form for rehearsing `playbook` right away. */
export function tryItForm(playbook: Playbook, objective: string): PlanForm {
	const first = playbook.commitment.advances[0];
	return {
		mode: 'rehearsal',
		objective,
		primary: first ? `pb:${first.id}` : 'kind:demo',
		primaryOwn: '',
		fallback: '',
		fallbackOwn: '',
		accountName: '',
		tier: playbook.meta.tier ?? ''
	};
}
