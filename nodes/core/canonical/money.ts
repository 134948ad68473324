import { InvalidValueError } from './errors';
import type { DecimalString } from './types';

/**
 * Money and quantities travel as decimal strings and are computed on integers (bigint), never on
 * floats: 0.1 + 0.2 must stay 0.3 on an invoice. Canonical form has no exponent, no leading zeros, no
 * trailing fractional zeros and a dot as separator: `"10.23"`, `"2"`, `"-0.5"`.
 */

/** A decimal as an integer count of 10^-scale units: `"10.23"` is `{ units: 1023n, scale: 2 }`. */
interface ScaledDecimal {
	units: bigint;
	scale: number;
}

const USER_DECIMAL = /^(-?)(\d*)(?:[.,](\d*))?$/;
const CANONICAL_LIKE_DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;
const EXPECTED_DECIMAL = 'a decimal number such as 10.23 or 10,23';

function canonicalFromParts(negative: boolean, integerDigits: string, fractionDigits: string): DecimalString {
	const integer = integerDigits.replace(/^0+/, '') || '0';
	const fraction = fractionDigits.replace(/0+$/, '');
	const body = fraction === '' ? integer : `${integer}.${fraction}`;
	return negative && body !== '0' ? `-${body}` : body;
}

/** Which sign a service allows for a number: quantities are `positive`, a correction's are `nonZero`. */
export type DecimalSign = 'positive' | 'nonZero' | 'nonNegative' | 'any';

/** What a service keeps of a number: its decimal places, and which sign it may have. */
export interface DecimalRule {
	places: number;
	sign: DecimalSign;
}

const SIGN_WORDS: Record<DecimalSign, string> = {
	positive: 'a number greater than 0',
	nonZero: 'a number other than 0',
	nonNegative: 'a number of 0 or more',
	any: 'a number',
};

function hasAllowedSign(decimal: DecimalString, sign: DecimalSign): boolean {
	const negative = decimal.startsWith('-');
	const zero = decimal === '0';
	if (sign === 'positive') return !negative && !zero;
	if (sign === 'nonZero') return !zero;
	if (sign === 'nonNegative') return !negative;
	return true;
}

/**
 * A canonical decimal the service keeps exactly as given. More places than it keeps are refused, not
 * rounded: `0.30000000000000004` is float noise from an expression, and a rounded quantity or price would
 * put a figure on the document that nobody entered.
 */
function checkRule(decimal: DecimalString, rule: DecimalRule, fieldLabel: string, input: unknown): DecimalString {
	checkScale(rule.places);
	const places = decimal.split('.')[1]?.length ?? 0;
	if (places <= rule.places && hasAllowedSign(decimal, rule.sign)) return decimal;
	const expected = `${SIGN_WORDS[rule.sign]} with at most ${rule.places} decimal place${rule.places === 1 ? '' : 's'}`;
	throw new InvalidValueError(
		fieldLabel,
		input,
		expected,
		`Enter ${expected}. A value with more decimal places is refused rather than rounded.`,
	);
}

/**
 * Reads a number the user typed or an expression produced: `"10,23"` (Polish and Bulgarian comma),
 * `" 10.230 "`, `7`, `-1.5`. Rejects anything that is not plainly a decimal, including exponents,
 * which no accountant types and which hide float artefacts; with a `rule`, also a number the service
 * cannot keep as it is.
 */
export function parseDecimal(input: string | number, fieldLabel: string, rule?: DecimalRule): DecimalString {
	if (typeof input === 'number' && !Number.isFinite(input)) {
		throw new InvalidValueError(fieldLabel, input, EXPECTED_DECIMAL);
	}
	const text = String(input).trim();
	const match = USER_DECIMAL.exec(text);
	if (match === null || (match[2] === '' && (match[3] ?? '') === '')) {
		throw new InvalidValueError(fieldLabel, input, EXPECTED_DECIMAL);
	}
	const decimal = canonicalFromParts(match[1] === '-', match[2], match[3] ?? '');
	return rule === undefined ? decimal : checkRule(decimal, rule, fieldLabel, input);
}

function toScaled(decimal: DecimalString): ScaledDecimal {
	const match = CANONICAL_LIKE_DECIMAL.exec(decimal);
	if (match === null) throw new InvalidValueError('Amount', decimal, 'a decimal number such as 10.23');
	const fraction = match[3] ?? '';
	const magnitude = BigInt(match[2] + fraction);
	return { units: match[1] === '-' ? -magnitude : magnitude, scale: fraction.length };
}

function fromScaled(units: bigint, scale: number): DecimalString {
	const negative = units < 0n;
	const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
	const cut = digits.length - scale;
	return canonicalFromParts(negative, digits.slice(0, cut), digits.slice(cut));
}

/** Changes the number of decimal places, rounding half away from zero (the accountants' "half up"). */
function rescale({ units, scale }: ScaledDecimal, targetScale: number): bigint {
	if (targetScale >= scale) return units * 10n ** BigInt(targetScale - scale);
	const divisor = 10n ** BigInt(scale - targetScale);
	const magnitude = units < 0n ? -units : units;
	const rounded = magnitude / divisor + ((magnitude % divisor) * 2n >= divisor ? 1n : 0n);
	return units < 0n ? -rounded : rounded;
}

function checkScale(scale: number): void {
	if (!Number.isInteger(scale) || scale < 0) throw new RangeError(`A scale must be a whole number ≥ 0, got ${scale}`);
}

/** `"10.235"` → `1024n` grosze/cents (scale 2), rounded half up; inFakt v3 counts money this way. */
export function toMinorUnits(decimal: DecimalString, scale = 2): bigint {
	checkScale(scale);
	return rescale(toScaled(decimal), scale);
}

/** `1024` grosze/cents → `"10.24"`. */
export function fromMinorUnits(units: bigint | number | string, scale = 2): DecimalString {
	checkScale(scale);
	const isWhole =
		typeof units === 'bigint' ||
		(typeof units === 'number' && Number.isSafeInteger(units)) ||
		(typeof units === 'string' && /^-?\d+$/.test(units));
	if (!isWhole) throw new InvalidValueError('Amount in minor units', units, 'a whole number');
	return fromScaled(BigInt(units), scale);
}

/** The exact sum of decimal strings; no values sum to `"0"`. */
export function addDecimals(...values: DecimalString[]): DecimalString {
	const scaled = values.map(toScaled);
	const scale = Math.max(0, ...scaled.map((value) => value.scale));
	const total = scaled.reduce((sum, value) => sum + rescale(value, scale), 0n);
	return fromScaled(total, scale);
}

/** Quantity × price, computed exactly and rounded half up to `scale` places (2 for money). */
export function multiplyDecimals(quantity: DecimalString, price: DecimalString, scale = 2): DecimalString {
	checkScale(scale);
	const left = toScaled(quantity);
	const right = toScaled(price);
	const product = { units: left.units * right.units, scale: left.scale + right.scale };
	return fromScaled(rescale(product, scale), scale);
}

/** A decimal with exactly `scale` places for display or for services that want them: `"2"` → `"2.00"`. */
export function formatMoney(decimal: DecimalString, scale = 2): string {
	checkScale(scale);
	const units = rescale(toScaled(decimal), scale);
	const negative = units < 0n;
	const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
	const cut = digits.length - scale;
	const body = scale === 0 ? digits : `${digits.slice(0, cut)}.${digits.slice(cut)}`;
	return negative ? `-${body}` : body;
}

/**
 * For services whose JSON wants a number (iFirma): the number is only produced when it carries the
 * decimal exactly, so a 17-digit amount fails loudly instead of drifting.
 */
export function decimalToNumber(decimal: DecimalString, fieldLabel: string, rule?: DecimalRule): number {
	const canonical = parseDecimal(decimal, fieldLabel, rule);
	const number = Number(canonical);
	if (String(number) !== canonical) {
		throw new InvalidValueError(fieldLabel, decimal, 'a number with at most 15 significant digits');
	}
	return number;
}
