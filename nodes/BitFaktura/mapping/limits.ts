import type { DecimalRule } from '../../core/canonical';
import type { LineItemLimits } from '../../core/fields/lineItems';
import { CORRECTION_KIND, VAT_RATES } from './codes';

/*
 * What BitFaktura keeps of the values sent to it. Its own documentation states no precision or length;
 * the Polish edition of the same engine (Fakturownia) states a few, and each value below says whether it
 * is documented there or inferred (docs/services/bitfaktura.md).
 */

/**
 * Inferred: no precision is documented; answers captured from the service carry every amount with two
 * decimals (`"58.32"`). Any sign: the docs show negative amounts on correction lines and no lower bound.
 */
export const MONEY: DecimalRule = { places: 2, sign: 'any' };

/** Inferred: no precision is documented for quantities; four places hold grams, litres and minutes. */
export const QUANTITY: DecimalRule = { places: 4, sign: 'positive' };

/** A correction's line states the change, which the docs show as a negative quantity (`"quantity": -1`). */
const CORRECTION_QUANTITY: DecimalRule = { ...QUANTITY, sign: 'nonZero' };

/** Inferred: no precision is documented for a discount percentage; two places, as for money. */
const PERCENT: DecimalRule = { places: 2, sign: 'any' };

/**
 * Names and streets of buyers and sellers: the Polish docs give 255 characters as the engine's own limit.
 * Inferred for the other short texts, which a Rails application keeps in the same 255-character columns.
 */
const SHORT_TEXT = 255;

/**
 * The Polish docs give 65 535 characters for an invoice's notes. Inferred for the other long texts: a
 * line's name, which those docs limit to 256 characters only for Polish e-invoices (KSeF) and call that
 * a new restriction, so the engine itself keeps longer ones.
 */
const LONG_TEXT = 65535;

const LINE_LIMITS: LineItemLimits = {
	numbers: {
		quantity: QUANTITY,
		unitNetPrice: MONEY,
		unitGrossPrice: MONEY,
		totalGross: MONEY,
		discountPercent: PERCENT,
		discountAmount: MONEY,
	},
	vatRates: VAT_RATES,
	maxLengths: { name: LONG_TEXT, unit: SHORT_TEXT, classification: SHORT_TEXT, description: LONG_TEXT },
};

const CORRECTION_LINE_LIMITS: LineItemLimits = { ...LINE_LIMITS, numbers: { ...LINE_LIMITS.numbers, quantity: CORRECTION_QUANTITY } };

/** The limits of the lines of an invoice of this kind: only a correction's quantities may be negative. */
export function lineLimitsFor(kind: unknown): LineItemLimits {
	return kind === CORRECTION_KIND ? CORRECTION_LINE_LIMITS : LINE_LIMITS;
}

/** Every text of a buyer, seller or client card, by its field in the node. */
export const PARTY_LENGTHS: Readonly<Record<string, number>> = {
	name: SHORT_TEXT,
	taxId: SHORT_TEXT,
	street: SHORT_TEXT,
	city: SHORT_TEXT,
	postCode: SHORT_TEXT,
	country: SHORT_TEXT,
	email: SHORT_TEXT,
	phone: SHORT_TEXT,
	bankAccount: SHORT_TEXT,
	externalId: SHORT_TEXT,
};

/** A client card: the party's texts and the card's own. */
export const CLIENT_LENGTHS: Readonly<Record<string, number>> = {
	...PARTY_LENGTHS,
	bank: SHORT_TEXT,
	firstName: SHORT_TEXT,
	lastName: SHORT_TEXT,
	note: LONG_TEXT,
	person: SHORT_TEXT,
	registerNumber: SHORT_TEXT,
	shortcut: SHORT_TEXT,
	www: SHORT_TEXT,
};

/** An invoice's own texts, by its field in the node. */
export const INVOICE_TEXT_LENGTHS: Readonly<Record<string, number>> = { notes: LONG_TEXT, internalNote: LONG_TEXT };
