import { describe, expect, it } from 'vitest';
import { planDefaults } from './plan-defaults';

describe('plan defaults from an account', () => {
	it('carries the last agreed next step and the needs still implied', () => {
		expect(
			planDefaults({
				name: 'Acme',
				nextStep: { text: ' Demo to the GM ', date: '2026-12-10' },
				needs: [
					{ id: 'speed', level: 'explicit' },
					{ id: 'cost', level: 'implied' }
				]
			})
		).toEqual({ accountName: 'Acme', objective: 'Demo to the GM', openNeeds: ['cost'] });
	});

	it('starts empty for an account never called', () => {
		expect(planDefaults({ name: 'New' })).toEqual({
			accountName: 'New',
			objective: '',
			openNeeds: []
		});
	});
});
