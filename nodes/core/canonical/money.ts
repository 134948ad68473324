import { InvalidValueError } from './errors';
import type { DecimalString } from './types';

/**
 * Money and quantities travel as decimal strings, never as floats: 0.1 + 0.2 must stay 0.3 on an
 * invoice. Canonical form has no exponent, no leading zeros, no trailing fractional zeros and a dot as
 * separator: `"10.23"`, `"2"`, `"-0.5"`.
 */

const USER_DECIMAL = /^(-?)(\d*)(?:[.,](\d*))?$/;
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

function checkScale(scale: number): void {
	if (!Number.isInteger(scale) || scale < 0) throw new RangeError(`A scale must be a whole number ≥ 0, got ${scale}`);
}

/**
 * For services whose JSON wants a number: the number is only produced when it carries the
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

/**
 * For services that count money in minor units (grosze, cents): `"12.3"` becomes `1230` by moving the
 * decimal point in the text, so no float ever holds the amount. More places than the unit has are refused.
 */
export function decimalToMinorUnits(input: string | number, fieldLabel: string, sign: DecimalSign = 'any', places = 2): number {
	const decimal = parseDecimal(input, fieldLabel, { places, sign });
	const negative = decimal.startsWith('-');
	const [integer, fraction = ''] = decimal.replace('-', '').split('.');
	const digits = `${integer}${fraction.padEnd(places, '0')}`.replace(/^0+(?=\d)/, '');
	const minor = Number(digits);
	if (!Number.isSafeInteger(minor)) {
		throw new InvalidValueError(fieldLabel, input, 'an amount small enough to be counted exactly');
	}
	return negative && minor !== 0 ? -minor : minor;
}

/** The other way: `1230` becomes `"12.3"`. Anything but a whole number of minor units is not an amount. */
export function minorUnitsToDecimal(value: unknown, fieldLabel: string, places = 2): DecimalString {
	const text = typeof value === 'number' ? (Number.isSafeInteger(value) ? String(value) : '') : String(value ?? '');
	const match = /^(-?)(\d+)$/.exec(text.trim());
	if (match === null) throw new InvalidValueError(fieldLabel, value, 'a whole number of minor units');
	const digits = match[2].padStart(places + 1, '0');
	const split = digits.length - places;
	return canonicalFromParts(match[1] === '-', digits.slice(0, split), digits.slice(split));
}
