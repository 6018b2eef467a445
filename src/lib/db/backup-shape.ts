// A small structural checker for backup sections: each shape is data, the checker rebuilds the
// value from checked fields only and collects every problem (no stop at the first).
import type { ProblemList } from './import-problems';

export type Shape =
	| 'string'
	| 'number'
	| 'int'
	| 'bool'
	| { enum: readonly string[] }
	| { object: Record<string, Field> }
	| { record: readonly string[]; of: Shape }
	| { array: Shape };
/** A field's shape; `[shape, true]` when it may be absent. */
export type Field = Shape | [Shape, true];

const isRec = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

function typeOk(shape: Shape, v: unknown): boolean {
	switch (shape) {
		case 'string':
			return typeof v === 'string';
		case 'number':
			return typeof v === 'number' && Number.isFinite(v);
		case 'int':
			return Number.isSafeInteger(v) && (v as number) >= 0;
		case 'bool':
			return typeof v === 'boolean';
	}
	if ('enum' in shape) return typeof v === 'string';
	if ('array' in shape) return Array.isArray(v);
	return isRec(v);
}

const kindName = (shape: Shape) =>
	typeof shape === 'string'
		? shape
		: 'array' in shape
			? 'array'
			: 'enum' in shape
				? 'string'
				: 'object';

/** `value` rebuilt from the parts that match `shape`, or `undefined` (problems recorded). */
export function checkShape(
	value: unknown,
	shape: Shape,
	path: string,
	problems: ProblemList
): unknown {
	if (!typeOk(shape, value)) {
		problems.add('type_invalid', path, `${path} must be of type ${kindName(shape)}.`, {
			expected: kindName(shape)
		});
		return undefined;
	}
	if (typeof shape === 'string') return value;
	if ('enum' in shape) {
		if (shape.enum.includes(value as string)) return value;
		problems.add('value_invalid', path, `${path} must be one of ${shape.enum.join(', ')}.`);
		return undefined;
	}
	if ('array' in shape) {
		const out = (value as unknown[]).map((v, i) =>
			checkShape(v, shape.array, `${path}[${i}]`, problems)
		);
		return out.includes(undefined) ? undefined : out;
	}
	const obj = value as Record<string, unknown>;
	const allowed = 'object' in shape ? Object.keys(shape.object) : shape.record;
	let ok = true;
	for (const key of Object.keys(obj))
		if (!allowed.includes(key)) {
			problems.add('field_unknown', `${path}.${key}`, `Unknown field ${path}.${key}.`);
			ok = false;
		}
	const out: Record<string, unknown> = {};
	for (const key of allowed) {
		const field: Field = 'object' in shape ? shape.object[key] : [shape.of, true];
		const [inner, optional] = Array.isArray(field) ? field : [field, false];
		if (obj[key] === undefined) {
			if (!optional) {
				problems.add('field_missing', `${path}.${key}`, `Missing field ${path}.${key}.`);
				ok = false;
			}
			continue;
		}
		const v = checkShape(obj[key], inner, `${path}.${key}`, problems);
		if (v === undefined) ok = false;
		else out[key] = v;
	}
	return ok ? out : undefined;
}
