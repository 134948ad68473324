/**
 * Fixed-point numbers as bigint counts of minor units (cents for money, 1/10000 for quantities), so amounts
 * never pass through floating point. Shared by every fake service. Rounding is half away from zero, like
 * Ruby's BigDecimal default and the rounding Polish invoices use.
 */

const MONEY_SCALE = 2;
export const QUANTITY_SCALE = 4;
/** Tax rates are kept in hundredths of a percent: 23 % → 2300. */
export const RATE_SCALE = 2;
export const HUNDRED_PERCENT = 10000n;

const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/** `value` (a JSON number or a decimal string) in units of 10^-scale, or undefined when it is not a number. */
export function parseScaled(value: unknown, scale: number): bigint | undefined {
	let text: string;
	if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
	else if (typeof value === 'string') text = value.trim();
	else return undefined;
	const match = DECIMAL_TEXT.exec(text);
	if (!match) return undefined;
	const [, sign, whole = '', fraction = ''] = match;
	if (whole === '' && fraction === '') return undefined;
	// One digit past the scale decides the rounding; the digits after it cannot change a half-up result.
	const withGuardDigit = BigInt(`${whole || '0'}${fraction.padEnd(scale + 1, '0').slice(0, scale + 1)}`);
	const rounded = (withGuardDigit + 5n) / 10n;
	return sign === '-' ? -rounded : rounded;
}

export function divideRounded(numerator: bigint, denominator: bigint): bigint {
	const quotient = numerator / denominator;
	const remainder = numerator % denominator;
	const absRemainder = remainder < 0n ? -remainder : remainder;
	const absDenominator = denominator < 0n ? -denominator : denominator;
	if (2n * absRemainder < absDenominator) return quotient;
	return quotient + (numerator < 0n !== denominator < 0n ? -1n : 1n);
}

function digitsOf(value: bigint, scale: number): { sign: string; whole: string; fraction: string } {
	const negative = value < 0n;
	const text = (negative ? -value : value).toString().padStart(scale + 1, '0');
	return {
		sign: negative ? '-' : '',
		whole: text.slice(0, text.length - scale),
		fraction: text.slice(text.length - scale),
	};
}

/** Money as the API sends it: a string with two decimals, `"58.32"`. */
export function formatMoney(cents: bigint): string {
	const { sign, whole, fraction } = digitsOf(cents, MONEY_SCALE);
	return `${sign}${whole}.${fraction}`;
}

/** Quantities as Rails prints a BigDecimal: at least one decimal, no trailing zeros (`"13.0"`, `"2.5"`). */
export function formatQuantity(units: bigint): string {
	const { sign, whole, fraction } = digitsOf(units, QUANTITY_SCALE);
	return `${sign}${whole}.${fraction.replace(/0+$/, '') || '0'}`;
}

/** A rate or percentage without noise: 23 → `"23"`, 8.5 → `"8.5"`. */
export function formatPlain(units: bigint, scale: number): string {
	const { sign, whole, fraction } = digitsOf(units, scale);
	const trimmed = fraction.replace(/0+$/, '');
	return trimmed ? `${sign}${whole}.${trimmed}` : `${sign}${whole}`;
}

export const parseMoney = (value: unknown): bigint | undefined => parseScaled(value, MONEY_SCALE);
export const parseQuantity = (value: unknown): bigint | undefined => parseScaled(value, QUANTITY_SCALE);

/** Money stored in a record; absent or malformed reads as zero. */
export function moneyOf(value: unknown): bigint {
	return parseMoney(value) ?? 0n;
}
