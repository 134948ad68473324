import { InvalidValueError } from './errors';
import type { VatRate } from './types';

/**
 * Canonical VAT rates: `"23"`, `"zw"` (exempt), `"np"` (not subject to VAT). What a service writes for
 * each is that provider's mapping.
 */

const EXEMPT = 'zw';
const NOT_SUBJECT = 'np';
const EXPECTED_RATE = 'a whole percentage from 0 to 100, "zw" (exempt) or "np" (not subject to VAT)';

const CODE_WORDS: Record<string, string> = { [EXEMPT]: 'zw (exempt)', [NOT_SUBJECT]: 'np (not subject to VAT)' };

/**
 * `"23"`, `23`, `"23%"`, `" ZW "` → `"23"`, `"zw"`; anything else is refused with the field named. With
 * `allowed`, the service's own rates, a well-formed rate it does not have (99 %) is refused too, before
 * it could reach the service as some other figure.
 */
export function normalizeVatRate(input: string | number, fieldLabel = 'VAT Rate', allowed?: readonly VatRate[]): VatRate {
	const text = String(input).trim().toLowerCase().replace(/\s*%$/, '');
	const isCode = text === EXEMPT || text === NOT_SUBJECT;
	if (!isCode && (!/^\d{1,3}$/.test(text) || Number(text) > 100)) {
		throw new InvalidValueError(fieldLabel, input, EXPECTED_RATE);
	}
	const rate = isCode ? text : String(Number(text));
	if (allowed !== undefined && !allowed.includes(rate)) {
		const listed = allowed.map((code) => CODE_WORDS[code] ?? code).join(', ');
		throw new InvalidValueError(fieldLabel, input, `one of ${allowed.join(', ')}`, `Use one of the VAT rates the service offers: ${listed}.`);
	}
	return rate;
}
