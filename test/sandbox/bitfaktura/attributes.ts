/**
 * Turning request attributes into stored columns, as ActiveRecord does: unknown keys dropped (strong
 * parameters), values cast to the column type, references checked (`belongs_to` → "must exist").
 */
import { isIsoDate } from '../common/dates';
import { formatMoney, parseMoney } from '../common/decimal';
import type { FieldErrors } from './errors';
import { INVALID, MUST_EXIST, NOT_A_NUMBER } from './errors';
import type { Attributes } from './params';
import { idFrom } from '../common/table';

export function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Only the listed keys survive; a misspelt field is silently ignored, as strong parameters do. */
export function permit(attributes: Attributes, fields: readonly string[]): Attributes {
	const permitted: Attributes = {};
	for (const field of fields) {
		if (Object.prototype.hasOwnProperty.call(attributes, field)) permitted[field] = attributes[field];
	}
	return permitted;
}

/** Keys with a value; on create a `null` means "use the default" (e.g. `"number": null`). */
export function withoutBlanks(attributes: Attributes): Attributes {
	return Object.fromEntries(Object.entries(attributes).filter(([, value]) => !isBlank(value)));
}

/**
 * Every column present in a response, `null` until set, like the wide objects the API returns (captured
 * answers).
 */
export function nullColumns(fields: readonly string[]): Attributes {
	return Object.fromEntries(fields.map((field) => [field, null]));
}

const TRUE_TEXT = new Set(['1', 'true', 't', 'yes', 'on']);
const FALSE_TEXT = new Set(['0', 'false', 'f', 'no', 'off']);

export function castBoolean(value: unknown): boolean | null {
	if (typeof value === 'boolean') return value;
	if (typeof value === 'number') return value !== 0;
	if (typeof value === 'string') {
		const text = value.trim().toLowerCase();
		if (TRUE_TEXT.has(text)) return true;
		if (FALSE_TEXT.has(text)) return false;
	}
	return null;
}

export interface Casts {
	ids?: readonly string[];
	booleans?: readonly string[];
	money?: readonly string[];
	dates?: readonly string[];
}

/** A copy with typed values; values that cannot be cast are reported on `errors`. */
export function castAttributes(attributes: Attributes, casts: Casts, errors: FieldErrors): Attributes {
	const cast: Attributes = { ...attributes };
	const present = (field: string) => Object.prototype.hasOwnProperty.call(cast, field);
	for (const field of casts.ids ?? []) {
		// An id that is not a number stays as sent, so the reference check reports it as missing.
		if (present(field)) cast[field] = isBlank(cast[field]) ? null : (idFrom(cast[field]) ?? cast[field]);
	}
	for (const field of casts.booleans ?? []) {
		if (present(field)) cast[field] = castBoolean(cast[field]);
	}
	for (const field of casts.money ?? []) {
		if (!present(field) || isBlank(cast[field])) continue;
		const cents = parseMoney(cast[field]);
		if (cents === undefined) errors.add(field, NOT_A_NUMBER);
		else cast[field] = formatMoney(cents);
	}
	for (const field of casts.dates ?? []) {
		if (!present(field) || isBlank(cast[field])) continue;
		if (!isIsoDate(cast[field])) errors.add(field, INVALID);
	}
	return cast;
}

/** A set reference must point at an existing record; the error is keyed by the association name. */
export function checkReference(
	errors: FieldErrors,
	association: string,
	value: unknown,
	find: (id: unknown) => unknown,
): void {
	if (!isBlank(value) && find(value) === undefined) errors.add(association, MUST_EXIST);
}
