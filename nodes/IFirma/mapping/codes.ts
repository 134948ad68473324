import type { PaymentMethod, VatRate } from '../../core/canonical';
import { InvalidValueError, normalizeVatRate, parseDecimal, PAYMENT_METHODS, UnsupportedValueError } from '../../core/canonical';
import { canonicalValue } from '../../core/canonical/values';

/*
 * iFirma's codes for the canonical values: VAT rates, payment methods and flat tax rates, as its
 * documentation writes them (docs/services/ifirma.md, "Line" and "Domestic invoice").
 */

/** The documented `StawkaVat` values: 0.23, 0.08, 0.05 and 0.00, and null for an exempt (`ZW`) line. */
export const VAT_RATES: readonly VatRate[] = ['23', '8', '5', '0', 'zw'];

const EXEMPT = 'zw';

/** iFirma's pair: the rate as a fraction (`StawkaVat`, `0.23`) and its type (`TypStawkiVat`), `PRC` or `ZW`. */
export interface IfirmaVatRate {
	rate: number | null;
	type: 'PRC' | 'ZW';
}

/** `"23"` → `{ rate: 0.23, type: 'PRC' }`, `"zw"` → `{ rate: null, type: 'ZW' }`; iFirma has no `np`. */
export function vatRateToIfirma(rate: VatRate): IfirmaVatRate {
	const canonical = normalizeVatRate(rate);
	if (canonical === EXEMPT) return { rate: null, type: 'ZW' };
	if (canonical === 'np') {
		throw new UnsupportedValueError('iFirma', 'vatRate', canonical, 'iFirma offers percentage rates and "zw" (exempt) only');
	}
	// The point is moved in text, not by arithmetic, so the number is exactly the literal 0.07, 0.23….
	const fraction = canonical === '100' ? '1' : `0.${canonical.padStart(2, '0')}`;
	return { rate: Number(fraction), type: 'PRC' };
}

// A fraction from 0 to 1 with at most two places: exactly the whole percentages.
const WHOLE_PERCENT_FRACTION = /^(0|1)(?:\.(\d{1,2}))?$/;

function isMissing(value: unknown): value is null | undefined | '' {
	return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** iFirma's pair as read back (`0.23` + `PRC`, `null` + `ZW`); a missing type → `null`. */
export function vatRateFromIfirma(rate: number | string | null | undefined, type: string | null | undefined): VatRate | null {
	if (isMissing(type)) return null;
	const kind = type.trim().toUpperCase();
	if (kind === 'ZW') return EXEMPT;
	const fraction = kind === 'PRC' && !isMissing(rate) ? WHOLE_PERCENT_FRACTION.exec(parseDecimal(rate, 'VAT Rate')) : null;
	if (fraction === null || (fraction[1] === '1' && fraction[2] !== undefined)) {
		throw new UnsupportedValueError('iFirma', 'vatRate', `${String(rate)} ${type}`, 'only whole percentages and ZW have a canonical code');
	}
	return normalizeVatRate(fraction[1] + (fraction[2] ?? '').padEnd(2, '0'));
}

/** `SposobZaplaty` for each canonical method iFirma has; it has no "other". */
const PAYMENT_METHOD_CODES: Readonly<Partial<Record<PaymentMethod, string>>> = {
	transfer: 'PRZ',
	cash: 'GTK',
	card: 'KAR',
	cashOnDelivery: 'POB',
	cheque: 'CZK',
	barter: 'BAR',
	compensation: 'KOM',
};

export function hasPaymentMethod(method: string): boolean {
	return PAYMENT_METHOD_CODES[method as PaymentMethod] !== undefined;
}

export function paymentMethodToIfirma(method: string): string {
	const canonical = canonicalValue(PAYMENT_METHODS, method, 'Payment Method');
	const code = PAYMENT_METHOD_CODES[canonical];
	if (code === undefined) throw new UnsupportedValueError('iFirma', 'paymentMethod', canonical);
	return code;
}

/**
 * `StawkaRyczaltu`, by the percentage a user writes: the pro forma page's list (its `0.85` is the 8.5 %
 * it means) with the 12 % and 14 % rates in force since 2022. Written out, so each goes on the wire as
 * exactly the documented number.
 */
const FLAT_TAX_RATES: ReadonlyMap<string, number> = new Map([
	['3', 0.03],
	['5.5', 0.055],
	['8.5', 0.085],
	['10', 0.1],
	['12', 0.12],
	['12.5', 0.125],
	['14', 0.14],
	['15', 0.15],
	['17', 0.17],
]);

export const FLAT_TAX_RATE_WORDS = [...FLAT_TAX_RATES.keys()].join(', ');

/** `"8.5"`, `"8,5 %"` → `0.085`; a rate iFirma does not have is refused, naming the field. */
export function flatTaxRateToIfirma(percent: string, label: string): number {
	const canonical = parseDecimal(percent.trim().replace(/\s*%$/, ''), label);
	const rate = FLAT_TAX_RATES.get(canonical);
	if (rate === undefined) {
		throw new InvalidValueError(label, percent, `one of ${FLAT_TAX_RATE_WORDS}`, `Use one of the flat tax rates iFirma offers: ${FLAT_TAX_RATE_WORDS} (percent).`);
	}
	return rate;
}
