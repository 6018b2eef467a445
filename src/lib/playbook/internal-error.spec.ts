// A bug deep in the parser must surface as a diagnostic, never as an exception.
import { describe, expect, it, vi } from 'vitest';

vi.mock('./blocks', () => ({
	readBlocksReusing: () => {
		throw new RangeError('Maximum call stack size exceeded');
	}
}));

const { parsePlaybook } = await import('./parse');

describe('internal_error', () => {
	it('turns an exception inside the parser into an internal_error diagnostic', () => {
		const result = parsePlaybook(
			'---\nid: x\ntitle: X\nlocale: en\nversion: 1\noffer: O\n---\n# Opening\n- Hi\n',
			{ file: 'x.md' }
		);
		expect(result.playbook).toBeNull();
		expect(result.diagnostics).toEqual([
			expect.objectContaining({
				code: 'internal_error',
				severity: 'error',
				file: 'x.md',
				line: 1,
				column: 1,
				params: { detail: 'RangeError: Maximum call stack size exceeded' }
			})
		]);
	});
});
