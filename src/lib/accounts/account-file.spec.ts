import { describe, expect, it } from 'vitest';
import {
	FILE_FIELD_CODES,
	FILE_GROUPS,
	fieldsOf,
	hasSensitive,
	needsConsent,
	withoutSensitive
} from './account-file';

describe('account file', () => {
	it('has the 32 fields of the domain text in seven groups', () => {
		expect(FILE_FIELD_CODES).toHaveLength(32);
		expect(FILE_GROUPS.map((g) => fieldsOf(g).length)).toEqual([7, 2, 5, 5, 5, 7, 1]);
	});

	it('marks health, religion, family and physical traits sensitive', () => {
		const file = { health: 'x', religion: 'y', children: 'z', physical: 'w', food: 'tea' };
		expect(withoutSensitive(file)).toEqual({ food: 'tea' });
		expect(hasSensitive({ food: 'tea' })).toBe(false);
		expect(hasSensitive({ food: 'tea', health: '  ' })).toBe(false);
		expect(hasSensitive({ health: 'knee' })).toBe(true);
	});

	it('asks for consent only before the first sensitive field, and only once', () => {
		expect(needsConsent({}, { food: 'tea' })).toBe(false);
		expect(needsConsent({}, { health: 'knee' })).toBe(true);
		expect(needsConsent({}, { health: 'knee' }, 1_000)).toBe(false);
		expect(needsConsent({ religion: 'x' }, { religion: 'x', health: 'knee' })).toBe(false);
	});
});
