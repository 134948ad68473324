import type { CanonicalConcept } from './errors';
import { InvalidValueError, LookupRequiredError, UnsupportedValueError } from './errors';
import type { ApiDialect } from './types';

/**
 * One cell of an enum table (a row of CANONICAL.md): what a service writes for a canonical value.
 * - a string: the service's code, both ways;
 * - `LOOKUP`: an id from the account's own dictionary (Afaktury), resolved by the node;
 * - `FREE_TEXT`: the service takes the user's own words (BitFaktura's "other" payment type);
 * - `readOnly(code)`: the service reports the value but does not let the API create it;
 * - no cell: the service has no such value.
 */
export const LOOKUP = { lookup: true } as const;
export const FREE_TEXT = { freeText: true } as const;

export interface ReadOnlyCell {
	readonly readOnly: string;
}

export function readOnly(code: string): ReadOnlyCell {
	return { readOnly: code };
}

export type EnumCell = string | typeof LOOKUP | typeof FREE_TEXT | ReadOnlyCell;

export type EnumTable<Canonical extends string> = Record<Canonical, Partial<Record<ApiDialect, EnumCell>>>;

function sameCode(left: string, right: string): boolean {
	return left.trim().toLowerCase() === right.trim().toLowerCase();
}

/** Reads a canonical value typed by a user or an expression, forgiving case: `"CashOnDelivery"` is fine. */
export function canonicalValue<Canonical extends string>(
	values: readonly Canonical[],
	input: string,
	fieldLabel: string,
): Canonical {
	const found = values.find((value) => sameCode(value, input));
	if (found === undefined) throw new InvalidValueError(fieldLabel, input, `one of ${values.join(', ')}`);
	return found;
}

/** What the service writes for a cell, in responses at least; `undefined` when it writes nothing fixed. */
function writtenCode(cell: EnumCell | undefined): string | undefined {
	if (typeof cell === 'string') return cell;
	return cell !== undefined && 'readOnly' in cell ? cell.readOnly : undefined;
}

/** The user's own words for a `FREE_TEXT` cell, with the field they come from for the error message. */
export interface FreeTextInput {
	text: string | undefined;
	fieldLabel: string;
}

/** The service's code for a canonical value. */
export function toDialectCode<Canonical extends string>(
	table: EnumTable<Canonical>,
	concept: CanonicalConcept,
	dialect: ApiDialect,
	value: Canonical,
	freeText?: FreeTextInput,
): string {
	const cell = table[value][dialect];
	if (typeof cell === 'string') return cell;
	if (cell === undefined) throw new UnsupportedValueError(dialect, concept, value);
	if (cell === LOOKUP) throw new LookupRequiredError(dialect, concept, value);
	if (cell === FREE_TEXT) {
		const text = freeText?.text?.trim() ?? '';
		if (text === '') {
			throw new InvalidValueError(freeText?.fieldLabel ?? 'Description', text, 'a description in your own words');
		}
		return text;
	}
	throw new UnsupportedValueError(dialect, concept, value, 'the service reports it but its API cannot create it');
}

/**
 * The canonical value for a code the service wrote, ignoring case; empty → `null`. A service that takes
 * free text reads every code it does not list as the `FREE_TEXT` value (the text stays in the raw record).
 */
export function fromDialectCode<Canonical extends string>(
	table: EnumTable<Canonical>,
	concept: CanonicalConcept,
	dialect: ApiDialect,
	code: string | number | null | undefined,
): Canonical | null {
	if (code === null || code === undefined || String(code).trim() === '') return null;
	const text = String(code);
	const cells = (Object.keys(table) as Canonical[]).map((value) => [value, table[value][dialect]] as const);
	const known = cells.find(([, cell]) => {
		const written = writtenCode(cell);
		return written !== undefined && sameCode(written, text);
	});
	if (known !== undefined) return known[0];
	if (cells.some(([, cell]) => cell === LOOKUP)) throw new LookupRequiredError(dialect, concept, text);
	const freeTextRow = cells.find(([, cell]) => cell === FREE_TEXT);
	if (freeTextRow !== undefined) return freeTextRow[0];
	throw new UnsupportedValueError(dialect, concept, text);
}
