/**
 * Validation failures, Kod 201. Every offending field is collected before answering, so one reply names
 * them all: `Pozycje[0].NazwaPelna: pole wymagane; Kontrahent.KodPocztowy: pole wymagane` (format INFERRED;
 * ifirma documents the code, not its texts). Runs after shape.ts, so each value already has its JSON type.
 */
import { isIsoDate } from '../common/dates';
import { IfirmaError, KOD } from './envelope';

export const REQUIRED = 'pole wymagane';

export class Problems {
	private readonly messages: string[] = [];

	add(field: string, message: string): void {
		const text = `${field}: ${message}`;
		if (!this.messages.includes(text)) this.messages.push(text);
	}

	get empty(): boolean {
		return this.messages.length === 0;
	}

	/** Takes over another collector's problems, their fields prefixed (`Faktura.DataSprzedazy`). */
	absorb(other: Problems, prefix: string): void {
		for (const message of other.messages) {
			if (!this.messages.includes(`${prefix}${message}`)) this.messages.push(`${prefix}${message}`);
		}
	}

	throwIfAny(): void {
		if (!this.empty) throw new IfirmaError(KOD.VALIDATION, this.messages.join('; '));
	}
}

export function isGiven(value: unknown): boolean {
	return value !== undefined && value !== null;
}

/** Lengths in the docs are characters ("znaków"), so a Polish letter counts once. */
export function lengthOf(text: string): number {
	return [...text].length;
}

const PLAIN_DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * A JSON number as an exact count of 10^-scale units. JavaScript prints a parsed JSON number in its
 * shortest round-tripping form, so `78.00` reads as `78` and `0.1` as `0.1`: the digits the client meant.
 */
export function exactUnits(value: number, scale: number): bigint | 'too-precise' | undefined {
	const match = PLAIN_DECIMAL.exec(String(value));
	if (!match) return undefined;
	const [, sign, whole = '0', fraction = ''] = match;
	if (fraction.length > scale) return 'too-precise';
	const units = BigInt(`${whole}${fraction.padEnd(scale, '0')}`);
	return sign === '-' ? -units : units;
}

export interface TextRule {
	required?: boolean;
	max?: number;
}

export interface ChoiceRule {
	required?: boolean;
	ignoreCase?: boolean;
}

/** Reads typed fields of one JSON object, reporting problems under `prefix` (`Pozycje[0].`, `Kontrahent.`). */
export class FieldReader {
	constructor(
		readonly source: Record<string, unknown>,
		readonly problems: Problems,
		readonly prefix = '',
	) {}

	path(key: string): string {
		return `${this.prefix}${key}`;
	}

	fail(key: string, message: string): void {
		this.problems.add(this.path(key), message);
	}

	has(key: string): boolean {
		return isGiven(this.source[key]);
	}

	/** A string; `''` counts as missing when the field is required (ifirma's ">= 1 znak"). */
	text(key: string, rule: TextRule = {}): string | undefined {
		const value = this.source[key];
		if (typeof value !== 'string' || value === '') {
			if (rule.required) this.fail(key, REQUIRED);
			return typeof value === 'string' ? value : undefined;
		}
		if (rule.max !== undefined && lengthOf(value) > rule.max) this.fail(key, `maksymalnie ${rule.max} znaków`);
		return value;
	}

	/** One of `values`; with `ignoreCase` the answer is the canonical (listed) spelling. */
	choice(key: string, values: readonly string[], rule: ChoiceRule = {}): string | undefined {
		const value = this.text(key, { required: rule.required });
		if (value === undefined || value === '') return undefined;
		const found = rule.ignoreCase
			? values.find((allowed) => allowed.toUpperCase() === value.toUpperCase())
			: values.find((allowed) => allowed === value);
		if (found === undefined) this.fail(key, `niedozwolona wartość "${value}" (dozwolone: ${values.join(', ')})`);
		return found;
	}

	date(key: string, rule: { required?: boolean } = {}): string | undefined {
		const value = this.text(key, { required: rule.required });
		if (value === undefined || value === '') return undefined;
		if (!isIsoDate(value)) {
			this.fail(key, 'nieprawidłowa data (format RRRR-MM-DD)');
			return undefined;
		}
		return value;
	}

	flag(key: string): boolean | undefined {
		const value = this.source[key];
		return typeof value === 'boolean' ? value : undefined;
	}

	/** A number in 10^-scale units; more decimals than the scale is refused (INFERRED), not rounded. */
	decimal(key: string, scale: number, rule: { required?: boolean } = {}): bigint | undefined {
		const value = this.source[key];
		if (typeof value !== 'number') {
			if (rule.required) this.fail(key, REQUIRED);
			return undefined;
		}
		const units = exactUnits(value, scale);
		if (units === 'too-precise') this.fail(key, `maksymalnie ${scale} miejsc po przecinku`);
		else if (units === undefined) this.fail(key, 'nieprawidłowa liczba');
		return typeof units === 'bigint' ? units : undefined;
	}
}
