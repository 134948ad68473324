/**
 * Readers for one field of an input object: each returns the accepted value or records a problem. Limits
 * are the RR page's field table (docs/services/afaktury.md, Document fields).
 */
import { isIsoDate } from '../common/dates';
import { parseMoney } from '../common/decimal';
import type { Dictionaries } from './dictionaries';
import { findEntry } from './dictionaries';
import type { Problems } from './envelope';
import type { Input } from './input';
import type { DictionaryModule } from './modules';
import { integerOf } from './numbers';

export function isAbsent(value: unknown): boolean {
	return value === undefined || value === null || value === '';
}

/** INFERRED: a number where a text belongs is taken as its decimal text (PHP would cast it). */
export function readText(problems: Problems, input: Input, name: string, max: number, required = false): string | null {
	const value = input[name];
	if (isAbsent(value)) {
		if (required) problems.empty(name);
		return null;
	}
	if (typeof value !== 'string' && typeof value !== 'number') {
		problems.add(name, 'must be a text');
		return null;
	}
	const text = String(value);
	if (text.length > max) problems.add(name, `at most ${max} characters`);
	return text;
}

export function readDate(problems: Problems, input: Input, name: string, required = false): string | null {
	const value = input[name];
	if (isAbsent(value)) {
		if (required) problems.empty(name);
		return null;
	}
	if (!isIsoDate(value)) {
		problems.add(name, 'must be a YYYY-MM-DD date');
		return null;
	}
	return value;
}

/** A flag such as `isVATPayer` or `sendToMe`: 0 or 1 (the samples send numbers). */
export function readFlag(problems: Problems, input: Input, name: string, fallback: number): number {
	const value = input[name];
	if (isAbsent(value)) return fallback;
	const flag = integerOf(typeof value === 'boolean' ? Number(value) : value);
	if (flag !== 0 && flag !== 1) {
		problems.add(name, 'must be 0 or 1');
		return fallback;
	}
	return flag;
}

export function readChoice(
	problems: Problems,
	input: Input,
	name: string,
	allowed: readonly number[],
	fallback: number,
): number {
	const value = input[name];
	if (isAbsent(value)) return fallback;
	const choice = integerOf(value);
	if (choice === undefined || !allowed.includes(choice)) {
		problems.add(name, `must be one of ${allowed.join(', ')}`);
		return fallback;
	}
	return choice;
}

export function readInteger(problems: Problems, input: Input, name: string, min: number): number | null {
	const value = input[name];
	if (isAbsent(value)) return null;
	const number = integerOf(value);
	if (number === undefined || number < min) {
		problems.add(name, `must be a whole number of at least ${min}`);
		return null;
	}
	return number;
}

/** An id of one of the account's own dictionaries; an id of another account's, or a value, is refused. */
export function readEntryId(
	problems: Problems,
	input: Input,
	name: string,
	dictionaries: Dictionaries,
	module: DictionaryModule,
	required: boolean,
): number | null {
	const value = input[name];
	if (isAbsent(value)) {
		if (required) problems.empty(name);
		return null;
	}
	const id = integerOf(value);
	if (id === undefined || findEntry(dictionaries, module, id) === undefined) {
		problems.add(name, `unknown ${module} id ${JSON.stringify(value)}`);
		return null;
	}
	return id;
}

export function readMoney(problems: Problems, input: Input, name: string, min?: bigint): bigint | null {
	const value = input[name];
	if (isAbsent(value)) return null;
	const cents = parseMoney(value);
	if (cents === undefined || (min !== undefined && cents < min)) {
		problems.add(name, min === undefined ? 'must be a number' : `must be a number of at least ${min}`);
		return null;
	}
	return cents;
}

/** INFERRED: the sandbox refuses field names it does not know, so a misspelt field cannot pass unnoticed. */
export function refuseUnknown(problems: Problems, input: Input, known: ReadonlySet<string>): void {
	for (const name of Object.keys(input)) {
		if (!known.has(name)) problems.add(name, 'unknown field');
	}
}

export function isObject(value: unknown): value is Input {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}
