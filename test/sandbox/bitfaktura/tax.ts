/**
 * VAT rates as the API takes them: a number, or a code for "not taxed" (BitFaktura and Fakturownia READMEs).
 * Arithmetic in cents.
 */
import { divideRounded, formatPlain, HUNDRED_PERCENT, parseScaled, RATE_SCALE } from '../common/decimal';

/**
 * `zw` exempt, `np` not subject (both READMEs); the Fakturownia README adds `disabled` and spelled-out
 * variants of `np`.
 */
const NOT_TAXED = new Set(['zw', 'np', 'disabled', 'n/a', 'na', 'nie podlega', 'not applicable']);

/**
 * Used when neither the position nor its product names a rate. The engine takes the account's default
 * rate; every documented example uses 23 (INFERRED).
 */
export const DEFAULT_TAX = '23';

export interface TaxRate {
	/** As stored and answered: `"23"`, `"8.5"`, `"zw"`. */
	label: string;
	/** Hundredths of a percent; 0 for the not-taxed codes. */
	rate: bigint;
}

export function parseTax(value: unknown): TaxRate | undefined {
	if (typeof value === 'string' && NOT_TAXED.has(value.trim().toLowerCase())) {
		return { label: value.trim().toLowerCase(), rate: 0n };
	}
	const rate = parseScaled(value, RATE_SCALE);
	if (rate === undefined || rate < 0n) return undefined;
	return { label: formatPlain(rate, RATE_SCALE), rate };
}

export function grossFromNet(netCents: bigint, rate: bigint): bigint {
	return netCents + divideRounded(netCents * rate, HUNDRED_PERCENT);
}

/** net = gross / (1 + rate), rounded to the cent. */
export function netFromGross(grossCents: bigint, rate: bigint): bigint {
	return divideRounded(grossCents * HUNDRED_PERCENT, HUNDRED_PERCENT + rate);
}
