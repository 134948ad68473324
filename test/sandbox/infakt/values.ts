/**
 * Reading one field of a JSON body as a Rails model casts it, with every refusal recorded in `Problems`
 * under the field's wire name. Absent (undefined) and null both read as "not given".
 */
import { isIsoDate } from '../common/dates';
import { idFrom } from '../common/table';
import { MESSAGE } from './errors';
import type { Problems } from './errors';

export type Input = Record<string, unknown>;

export function isObject(value: unknown): value is Input {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const given = (value: unknown): boolean => value !== undefined && value !== null;

/** Strings as sent; numbers become their text, as a string column casts them. Empty reads as not given. */
export function readText(input: Input, field: string, problems: Problems): string | null {
	const value = input[field];
	if (!given(value)) return null;
	if (typeof value === 'number') return String(value);
	if (typeof value !== 'string') {
		problems.add(field, MESSAGE.INVALID);
		return null;
	}
	return value.trim() === '' ? null : value;
}

export function readEnum(input: Input, field: string, allowed: readonly string[], problems: Problems, message: string = MESSAGE.INVALID): string | null {
	const value = readText(input, field, problems);
	if (value !== null && !allowed.includes(value)) {
		problems.add(field, message);
		return null;
	}
	return value;
}

export function readDate(input: Input, field: string, problems: Problems): string | null {
	const value = input[field];
	if (!given(value) || value === '') return null;
	if (!isIsoDate(value)) {
		problems.add(field, MESSAGE.INVALID);
		return null;
	}
	return value;
}

/** Whole numbers only: money is in grosze, so `12.5` is a client sending złoty by mistake. */
export function readInteger(input: Input, field: string, problems: Problems): number | null {
	const value = input[field];
	if (!given(value) || value === '') return null;
	const id = idFrom(value);
	if (id === undefined) {
		problems.add(field, MESSAGE.NOT_INTEGER);
		return null;
	}
	return id;
}

/** `true`/`false`, or the strings and digits Rails casts to them. */
export function readBoolean(input: Input, field: string, problems: Problems): boolean | null {
	const value = input[field];
	if (!given(value)) return null;
	if (value === true || value === 'true' || value === 1 || value === '1') return true;
	if (value === false || value === 'false' || value === 0 || value === '0') return false;
	problems.add(field, MESSAGE.INVALID);
	return null;
}

const ALPHA2 = /^[A-Z]{2}$/;

export function readCountry(input: Input, field: string, problems: Problems): string | null {
	const value = readText(input, field, problems);
	if (value !== null && !ALPHA2.test(value)) {
		problems.add(field, MESSAGE.INVALID);
		return null;
	}
	return value;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function readEmail(input: Input, field: string, problems: Problems): string | null {
	const value = readText(input, field, problems);
	if (value !== null && !EMAIL.test(value)) {
		problems.add(field, MESSAGE.INVALID);
		return null;
	}
	return value;
}

/** Documented on the invoice resource and reused for clients (docs/services/infakt.md, Invoices). */
export const PAYMENT_METHODS = [
	'transfer',
	'cash',
	'card',
	'barter',
	'check',
	'bill_of_sale',
	'delivery',
	'compensation',
	'accredited',
	'paypal',
	'instalment_sale',
	'payu',
	'tpay',
	'przelewy24',
	'dotpay',
	'other',
] as const;

export const BUSINESS_ACTIVITY_KINDS = ['private_person', 'self_employed', 'other_business'] as const;
