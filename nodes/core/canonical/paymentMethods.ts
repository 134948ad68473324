import type { EnumTable } from './enumTable';
import { FREE_TEXT, LOOKUP, canonicalValue, fromDialectCode, toDialectCode } from './enumTable';
import type { ApiDialect, PaymentMethod } from './types';
import { PAYMENT_METHODS } from './types';

/** CANONICAL.md, "Payment method": what each service writes for each canonical method. */
export const PAYMENT_METHOD_CODES: EnumTable<PaymentMethod> = {
	transfer: {
		bitfaktura: 'transfer',
		infakt: 'Przelew',
		infaktV3: 'transfer',
		ifirma: 'PRZ',
		invbg: 'bank',
		afaktury: LOOKUP,
	},
	cash: { bitfaktura: 'cash', infakt: 'Gotówka', infaktV3: 'cash', ifirma: 'GTK', invbg: 'cash', afaktury: LOOKUP },
	card: {
		bitfaktura: 'card',
		infakt: 'Karta płatnicza',
		infaktV3: 'card',
		ifirma: 'KAR',
		invbg: 'card',
		afaktury: LOOKUP,
	},
	cashOnDelivery: {
		bitfaktura: 'cash_on_delivery',
		infakt: 'Za pobraniem',
		infaktV3: 'delivery',
		ifirma: 'POB',
		invbg: 'ondlv',
		afaktury: LOOKUP,
	},
	cheque: { bitfaktura: 'cheque', infakt: 'Czek', infaktV3: 'check', ifirma: 'CZK', afaktury: LOOKUP },
	barter: { bitfaktura: 'barter', infakt: 'Barter', infaktV3: 'barter', ifirma: 'BAR', afaktury: LOOKUP },
	compensation: {
		bitfaktura: 'compensation',
		infakt: 'Kompensata',
		infaktV3: 'compensation',
		ifirma: 'KOM',
		afaktury: LOOKUP,
	},
	other: { bitfaktura: FREE_TEXT, infakt: 'Inny', infaktV3: 'other', invbg: 'other', afaktury: LOOKUP },
};

/**
 * The service's code for a payment method. BitFaktura prints its "other" payment type as the user's own
 * words, so `otherDescription` is required there; inv.bg takes it in a separate field of the invoice.
 */
export function paymentMethodToProvider(dialect: ApiDialect, method: string, otherDescription?: string): string {
	const canonical = canonicalValue(PAYMENT_METHODS, method, 'Payment Method');
	return toDialectCode(PAYMENT_METHOD_CODES, 'paymentMethod', dialect, canonical, {
		text: otherDescription,
		fieldLabel: 'Other Payment Method',
	});
}

/** The canonical payment method for a code the service wrote; empty → `null`. */
export function paymentMethodFromProvider(
	dialect: ApiDialect,
	code: string | number | null | undefined,
): PaymentMethod | null {
	return fromDialectCode(PAYMENT_METHOD_CODES, 'paymentMethod', dialect, code);
}
