import { describe, expect, it } from 'vitest';
import { ERASED_NAME, scrubName } from './people';

describe('scrubName', () => {
	it('replaces every mention, whatever the case, and escapes the name', () => {
		expect(scrubName('Met Li Wei; li wei said LI WEI (ok).', 'Li Wei')).toBe(
			`Met ${ERASED_NAME}; ${ERASED_NAME} said ${ERASED_NAME} (ok).`
		);
		expect(scrubName('王总说要问王总(财务)', '王总')).toBe(
			`${ERASED_NAME}说要问${ERASED_NAME}(财务)`
		);
		expect(scrubName('a+b met a+b', 'a+b')).toBe(`${ERASED_NAME} met ${ERASED_NAME}`);
	});

	it('leaves text alone for a one-letter name', () => {
		expect(scrubName('a bad day', 'a')).toBe('a bad day');
	});
});
