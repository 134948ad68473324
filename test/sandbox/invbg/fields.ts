/**
 * Reading a v3 JSON body field by field. Every complaint is collected, so one 422 names every bad field.
 * Absent means "not sent" (a PATCH leaves it alone); `null` clears an optional field.
 */
import { isIsoDate } from '../common/dates';
import type { Complaints, Text } from './errors';
import { refuse, text } from './errors';
import type { Flag } from './store';

const REQUIRED = text('Полето е задължително', 'The field is required');
const NOT_TEXT = text('Стойността трябва да е текст', 'The value must be text');
const NOT_NUMBER = text('Стойността трябва да е число', 'The value must be a number');
const NOT_BOOLEAN = text('Стойността трябва да е true или false', 'The value must be true or false');
const NOT_FLAG = text('Стойността трябва да е 0 или 1', 'The value must be 0 or 1');
const NOT_DATE = text('Датата трябва да е във формат ГГГГ-ММ-ДД', 'The date must be YYYY-MM-DD');
const NOT_ALLOWED = text('Непозволена стойност', 'The value is not allowed');

export const ALPHA2 = /^[A-Z]{2}$/;
export const CURRENCY = /^[A-Z]{3}$/;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A JSON object body, or a 422 on `body` (INFERRED). */
export function objectBody(body: unknown): Record<string, unknown> {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		throw refuse('body', text('Тялото на заявката трябва да е JSON обект', 'The request body must be a JSON object'));
	}
	return body as Record<string, unknown>;
}

interface TextRule {
	required?: boolean;
	max?: number;
	pattern?: RegExp;
	/** Said when `pattern` does not match. */
	patternText?: Text;
}

export class FieldReader {
	constructor(
		readonly body: Record<string, unknown>,
		readonly complaints: Complaints,
		/** A create: required fields must be present. A PATCH checks only what it sends. */
		readonly creating: boolean,
	) {}

	/**
	 * INFERRED, as a strict fake: a field the endpoint does not take is refused, so a misspelt name fails a test
	 * instead of being dropped without a word.
	 */
	onlyKnown(known: readonly string[], readOnly: readonly string[] = []): void {
		for (const key of Object.keys(this.body)) {
			if (readOnly.includes(key)) this.complaints.add(key, text('Полето е само за четене', 'The field is read-only'));
			else if (!known.includes(key)) this.complaints.add(key, text('Непознато поле', 'Unknown field'));
		}
	}

	private present(key: string, required: boolean | undefined): unknown {
		const value = this.body[key];
		if ((value === undefined && this.creating) || value === null || value === '') {
			if (required && (this.creating || key in this.body)) this.complaints.add(key, REQUIRED);
		}
		return value;
	}

	text(key: string, rule: TextRule = {}): string | null | undefined {
		const value = this.present(key, rule.required);
		if (value === undefined) return undefined;
		if (value === null || value === '') return null;
		if (typeof value !== 'string') return void this.complaints.add(key, NOT_TEXT);
		if (rule.max !== undefined && [...value].length > rule.max) {
			return void this.complaints.add(key, text(`Най-много ${rule.max} знака`, `At most ${rule.max} characters`));
		}
		if (rule.pattern && !rule.pattern.test(value))
			return void this.complaints.add(key, rule.patternText ?? NOT_ALLOWED);
		return value;
	}

	oneOf<T extends string>(key: string, values: readonly T[], required = false): T | null | undefined {
		const value = this.present(key, required);
		if (value === undefined) return undefined;
		if (value === null || value === '') return null;
		if (typeof value !== 'string' || !values.includes(value as T)) return void this.complaints.add(key, NOT_ALLOWED);
		return value as T;
	}

	/** A decimal as a JSON number (a string is refused: v3 takes numbers), at most `scale` places. */
	decimal(
		key: string,
		options: { required?: boolean; scale: number; positive?: boolean; min?: number },
	): number | null | undefined {
		const value = this.present(key, options.required);
		if (value === undefined || value === null) return value as undefined | null;
		if (typeof value !== 'number' || !Number.isFinite(value)) return void this.complaints.add(key, NOT_NUMBER);
		return checkDecimal(this.complaints, key, value, options);
	}

	bool(key: string): boolean | null | undefined {
		const value = this.present(key, false);
		if (value === undefined || value === null) return value as undefined | null;
		if (typeof value !== 'boolean') return void this.complaints.add(key, NOT_BOOLEAN);
		return value;
	}

	flag(key: string): Flag | undefined {
		const value = this.body[key];
		if (value === undefined) return undefined;
		if (value !== 0 && value !== 1) return void this.complaints.add(key, NOT_FLAG);
		return value;
	}

	date(key: string, required = false): string | null | undefined {
		const value = this.present(key, required);
		if (value === undefined) return undefined;
		if (value === null || value === '') return null;
		if (!isIsoDate(value)) return void this.complaints.add(key, NOT_DATE);
		return value;
	}
}

/** Shared by body fields and nested ones (`items[0].price`). */
export function checkDecimal(
	complaints: Complaints,
	key: string,
	value: number,
	options: { scale: number; positive?: boolean; min?: number },
): number | undefined {
	const written = String(value);
	if (/e/i.test(written) || (written.split('.')[1] ?? '').length > options.scale) {
		return void complaints.add(
			key,
			text(`Най-много ${options.scale} знака след запетаята`, `At most ${options.scale} decimal places`),
		);
	}
	if (options.positive && value <= 0)
		return void complaints.add(key, text('Стойността трябва да е положителна', 'The value must be positive'));
	if (options.min !== undefined && value < options.min) {
		return void complaints.add(key, text(`Най-малко ${options.min}`, `At least ${options.min}`));
	}
	return value;
}
