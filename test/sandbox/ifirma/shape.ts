/**
 * The JSON types of every documented body (the "Typ danych" columns of ifirma's pages). A value of
 * the wrong JSON type is a malformed domain object, Kod 200, before any business rule runs; so is a field
 * the endpoint does not know (INFERRED: a strict deserializer; it also catches misspelt field names that
 * would otherwise be dropped without a word). `null` passes here everywhere: whether a field may be empty is
 * a validation question (Kod 201).
 */
import { IfirmaError, KOD } from './envelope';

export type Shape = 'string' | 'number' | 'boolean' | 'object' | { object: Fields } | { arrayOf: Fields };
export type Fields = Readonly<Record<string, Shape>>;

const TYPE_NAMES: Record<string, string> = {
	string: 'String',
	number: 'Number',
	boolean: 'Boolean',
	object: 'obiekt',
	array: 'tablica',
};

export function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expected(path: string, type: string): string {
	return `${path}: oczekiwano typu ${TYPE_NAMES[type] ?? type}`;
}

function checkValue(value: unknown, shape: Shape, path: string, problems: string[]): void {
	// Undefined only reaches here from seed helpers' objects, where it means the same as leaving the key out.
	if (value === null || value === undefined) return;
	if (shape === 'string' || shape === 'number' || shape === 'boolean') {
		if (typeof value !== shape) problems.push(expected(path, shape));
		return;
	}
	if (shape === 'object') {
		if (!isPlainObject(value)) problems.push(expected(path, 'object'));
		return;
	}
	if ('object' in shape) {
		if (!isPlainObject(value)) problems.push(expected(path, 'object'));
		else checkFields(value, shape.object, `${path}.`, problems);
		return;
	}
	if (!Array.isArray(value)) {
		problems.push(expected(path, 'array'));
		return;
	}
	value.forEach((item, index) => {
		const itemPath = `${path}[${index}]`;
		if (!isPlainObject(item)) problems.push(expected(itemPath, 'object'));
		else checkFields(item, shape.arrayOf, `${itemPath}.`, problems);
	});
}

function checkFields(value: Record<string, unknown>, fields: Fields, prefix: string, problems: string[]): void {
	for (const [name, item] of Object.entries(value)) {
		const shape = fields[name];
		if (shape === undefined) problems.push(`${prefix}${name}: nieznane pole`);
		else checkValue(item, shape, `${prefix}${name}`, problems);
	}
}

/** The body as an object whose fields all have their documented JSON types; Kod 200 naming each one that does not. */
export function checkShape(body: unknown, fields: Fields): Record<string, unknown> {
	if (!isPlainObject(body)) {
		throw new IfirmaError(KOD.STRUCTURE, 'Nieprawidłowa struktura obiektu domenowego: oczekiwano obiektu JSON');
	}
	const problems: string[] = [];
	checkFields(body, fields, '', problems);
	if (problems.length > 0) {
		throw new IfirmaError(KOD.STRUCTURE, `Nieprawidłowa struktura obiektu domenowego: ${problems.join('; ')}`);
	}
	return body;
}
