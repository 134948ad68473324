/**
 * Numbers as the service reads and writes them. Input: a JSON number or a numeric string (INFERRED: PHP
 * casts either). Output: strings, money with two decimals (`"100.00"`, common/decimal's formatMoney) and
 * quantities with five (`"1.00000"`), as the third-party client observed.
 */
import { divideRounded, parseScaled } from '../common/decimal';

const AMOUNT_SCALE = 5;
const AMOUNT_ONE = 10n ** BigInt(AMOUNT_SCALE);

export function formatAmount(units: bigint): string {
	const negative = units < 0n;
	const digits = (negative ? -units : units).toString().padStart(AMOUNT_SCALE + 1, '0');
	const cut = digits.length - AMOUNT_SCALE;
	return `${negative ? '-' : ''}${digits.slice(0, cut)}.${digits.slice(cut)}`;
}

export const parseAmount = (value: unknown): bigint | undefined => parseScaled(value, AMOUNT_SCALE);

/** An integer id or flag as PHP casts one: a whole JSON number or a string of digits. */
export function integerOf(value: unknown): number | undefined {
	if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
	if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
	return undefined;
}

/** A unit price in cents times a quantity, back in cents. */
export function lineTotal(unitCents: bigint, amountUnits: bigint): bigint {
	return divideRounded(unitCents * amountUnits, AMOUNT_ONE);
}
