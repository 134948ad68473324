import { InvalidValueError, LookupRequiredError, UnsupportedValueError } from './errors';
import { parseDecimal } from './money';
import type { VatRate } from './types';

/**
 * VAT rate codes: canonical `"23"`, `"zw"`, `"np"` ↔ what each service writes. Only the values differ
 * here; which request field carries them is each provider's `mapping.ts`.
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

function isMissing(value: unknown): value is null | undefined | '' {
	return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A percentage the service wrote as `"23.0"` or `23`; a fractional one has no canonical code. */
function percentageFrom(provider: 'bitfaktura' | 'infakt', code: string | number): VatRate {
	const text = String(code).trim();
	if (/^\d+(\.0+)?$/.test(text)) return normalizeVatRate(text.replace(/\.0+$/, ''));
	throw new UnsupportedValueError(provider, 'vatRate', text);
}

// BitFaktura writes other spellings of "not subject to VAT" in old records (Fakturownia README).
const BITFAKTURA_NOT_SUBJECT = new Set(['np', 'n/a', 'na', 'nie podlega', 'not applicable']);

/** BitFaktura `tax`: a number for percentages, the words `zw` and `np` as they are. */
export function vatRateToBitFaktura(rate: VatRate): number | 'zw' | 'np' {
	const canonical = normalizeVatRate(rate);
	return canonical === EXEMPT || canonical === NOT_SUBJECT ? canonical : Number(canonical);
}

/** BitFaktura `tax` as read back (`"23"`, `23`, `"zw"`, `"nie podlega"`…); missing → `null`. */
export function vatRateFromBitFaktura(tax: string | number | null | undefined): VatRate | null {
	if (isMissing(tax)) return null;
	const text = String(tax).trim().toLowerCase();
	if (text === EXEMPT) return EXEMPT;
	if (BITFAKTURA_NOT_SUBJECT.has(text)) return NOT_SUBJECT;
	return percentageFrom('bitfaktura', text);
}

/** inFakt `stawka_vat` (v2) and `tax_symbol` (v3) share the canonical spelling: `"23"`, `"zw"`, `"np"`. */
export function vatRateToInfakt(rate: VatRate): string {
	return normalizeVatRate(rate);
}

/** inFakt's code as read back; v2 sometimes leaves it empty (`""`) on old lines, which reads as `null`. */
export function vatRateFromInfakt(code: string | number | null | undefined): VatRate | null {
	if (isMissing(code)) return null;
	const text = String(code).trim().toLowerCase();
	return text === EXEMPT || text === NOT_SUBJECT ? text : percentageFrom('infakt', text);
}

/** iFirma's pair: the rate as a fraction (`0.23`) and its type, `PRC` (percentage) or `ZW` (exempt). */
export interface IfirmaVatRate {
	rate: number | null;
	type: 'PRC' | 'ZW';
}

/** `"23"` → `{ rate: 0.23, type: 'PRC' }`, `"zw"` → `{ rate: null, type: 'ZW' }`; iFirma has no `np`. */
export function vatRateToIfirma(rate: VatRate): IfirmaVatRate {
	const canonical = normalizeVatRate(rate);
	if (canonical === EXEMPT) return { rate: null, type: 'ZW' };
	if (canonical === NOT_SUBJECT) {
		throw new UnsupportedValueError(
			'ifirma',
			'vatRate',
			canonical,
			'iFirma offers percentage rates and "zw" (exempt) only',
		);
	}
	// The point is moved in text, not by arithmetic, so the number is exactly the literal 0.07, 0.23….
	const fraction = canonical === '100' ? '1' : `0.${canonical.padStart(2, '0')}`;
	return { rate: Number(fraction), type: 'PRC' };
}

// A fraction from 0 to 1 with at most two places: exactly the whole percentages.
const WHOLE_PERCENT_FRACTION = /^(0|1)(?:\.(\d{1,2}))?$/;

/** iFirma's pair as read back (`0.23` + `PRC`, `null` + `ZW`); missing type → `null`. */
export function vatRateFromIfirma(
	rate: number | string | null | undefined,
	type: string | null | undefined,
): VatRate | null {
	if (isMissing(type)) return null;
	const kind = type.trim().toUpperCase();
	if (kind === 'ZW') return EXEMPT;
	const fraction =
		kind === 'PRC' && !isMissing(rate) ? WHOLE_PERCENT_FRACTION.exec(parseDecimal(rate, 'VAT Rate')) : null;
	if (fraction === null || (fraction[1] === '1' && fraction[2] !== undefined)) {
		throw new UnsupportedValueError(
			'ifirma',
			'vatRate',
			`${String(rate)} ${type}`,
			'only whole percentages and ZW have a canonical code',
		);
	}
	return normalizeVatRate(fraction[1] + (fraction[2] ?? '').padEnd(2, '0'));
}

/** Afaktury stores a rate as an id of the account's VAT dictionary; the node must resolve it there. */
export function vatRateToAfaktury(rate: VatRate): never {
	throw new LookupRequiredError('afaktury', 'vatRate', normalizeVatRate(rate));
}

/**
 * How an inv.bg v1 document treats VAT, decided from all its lines: v1 has no per-line rate (the
 * account's default applies) and marks a document without VAT by a reason on the invoice. So lines may
 * leave the rate empty, or all be `zw`/`np`; a percentage cannot be honoured and is refused rather than
 * silently replaced by the account's default.
 */
export function vatTreatmentForInvBg(
	lineRates: ReadonlyArray<VatRate | undefined>,
): 'accountDefault' | 'withoutVat' {
	const given = lineRates
		.filter((rate): rate is VatRate => !isMissing(rate))
		.map((rate) => normalizeVatRate(rate));
	const percentage = given.find((rate) => rate !== EXEMPT && rate !== NOT_SUBJECT);
	if (percentage !== undefined) {
		throw new UnsupportedValueError(
			'invbg',
			'vatRate',
			percentage,
			'its XML API applies the account’s default VAT rate; leave the rate empty, or use zw/np with a reason for no VAT',
		);
	}
	if (given.length === 0) return 'accountDefault';
	if (given.length < lineRates.length) {
		throw new UnsupportedValueError(
			'invbg',
			'vatRate',
			given[0],
			'a document is either entirely without VAT or entirely at the account’s default rate',
		);
	}
	return 'withoutVat';
}
