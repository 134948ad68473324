import type { IDataObject } from 'n8n-workflow';

import type {
	DecimalRule,
	DocumentKind,
	LineItem,
	Party,
	SimpleClient,
	SimpleInvoice,
	SimpleProduct,
	VatRate,
} from '../core/canonical';
import {
	buildSimpleClient,
	buildSimpleInvoice,
	buildSimpleProduct,
	documentKindFromProvider,
	vatRateFromBitFaktura,
	vatRateToBitFaktura,
} from '../core/canonical';
import type { LineItemLimits } from '../core/fields/lineItems';

const PROVIDER = 'bitfaktura' as const;

/*
 * What BitFaktura keeps of the values sent to it. Its own documentation states no rate list, precision
 * or length; the Polish edition of the same engine (Fakturownia) states a few, and each value below says
 * whether it is documented there or inferred.
 */

/**
 * `tax` takes any number besides `zw` (exempt) and `np` (not subject), so the rates are the ones the
 * engine's accounts charge: Ukraine's 20, 7 and 0 and Poland's 23, 8, 5 and 0. A figure outside them is
 * a typo (99 for 9.9), not a rate. 14 is Ukraine's rate for some agricultural goods, from its Tax Code,
 * not from the service's docs (inferred). The Polish docs add `disabled`, for margin-scheme lines that
 * need purchase prices this node does not send, so it is not offered.
 */
export const VAT_RATES: readonly VatRate[] = ['23', '20', '14', '8', '7', '5', '0', 'zw', 'np'];

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
	return kind === 'correction' ? CORRECTION_LINE_LIMITS : LINE_LIMITS;
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
	registerNumber: SHORT_TEXT,
	shortcut: SHORT_TEXT,
	www: SHORT_TEXT,
};

/** An invoice's own texts, by its field in the node. */
export const INVOICE_TEXT_LENGTHS: Readonly<Record<string, number>> = { notes: LONG_TEXT, internalNote: LONG_TEXT };

/** Only values the user set reach the wire; BitFaktura fills in the rest from the account. */
function compact(record: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** A canonical VAT code as BitFaktura's `tax`: a number for rates, `zw`/`np` as text. */
export function taxOf(vatRate: string | undefined): string | number | undefined {
	return vatRate === undefined ? undefined : vatRateToBitFaktura(vatRate);
}

/** A line item as a BitFaktura position; amounts stay decimal strings, which the API accepts. */
export function positionOf(item: LineItem): IDataObject {
	return compact({
		name: item.name === '' ? undefined : item.name,
		product_id: item.productId === undefined ? undefined : Number(item.productId),
		quantity: item.quantity,
		quantity_unit: item.unit,
		price_net: item.unitNetPrice,
		price_gross: item.unitGrossPrice,
		total_price_gross: item.totalGross,
		tax: taxOf(item.vatRate),
		discount_percent: item.discountPercent,
		discount: item.discountAmount,
		code: item.classification,
		description: item.description,
	});
}

/** A party under a prefix: `buyer_name`, `seller_tax_no`… on invoices. */
export function partyFieldsOf(prefix: 'buyer' | 'seller', party: Party): IDataObject {
	return compact({
		[`${prefix}_name`]: party.name === '' ? undefined : party.name,
		[`${prefix}_tax_no`]: party.taxId,
		[`${prefix}_street`]: party.street,
		[`${prefix}_city`]: party.city,
		[`${prefix}_post_code`]: party.postCode,
		[`${prefix}_country`]: party.country,
		[`${prefix}_email`]: party.email,
		[`${prefix}_phone`]: party.phone,
		[`${prefix}_bank_account`]: prefix === 'seller' ? party.bankAccount : undefined,
		[`${prefix}_company`]: prefix === 'buyer' && party.isPerson !== undefined ? !party.isPerson : undefined,
	});
}

/** A party as a client card. */
export function clientOf(party: Party): IDataObject {
	return compact({
		name: party.name === '' ? undefined : party.name,
		tax_no: party.taxId,
		street: party.street,
		city: party.city,
		post_code: party.postCode,
		country: party.country,
		email: party.email,
		phone: party.phone,
		company: party.isPerson === undefined ? undefined : !party.isPerson,
		bank_account: party.bankAccount,
		external_id: party.externalId,
	});
}

function kindOf(kind: unknown): DocumentKind | null {
	try {
		return documentKindFromProvider(PROVIDER, kind as string);
	} catch {
		return null;
	}
}

function vatOf(tax: unknown): string | null {
	try {
		return vatRateFromBitFaktura(tax as string);
	} catch {
		return tax === undefined || tax === null ? null : String(tax);
	}
}

export function simplifyInvoice(invoice: IDataObject): SimpleInvoice {
	const positions = Array.isArray(invoice.positions) ? (invoice.positions as IDataObject[]) : [];
	return buildSimpleInvoice(PROVIDER, {
		id: invoice.id as number,
		number: invoice.number as string,
		kind: kindOf(invoice.kind),
		status: invoice.status as string,
		issueDate: invoice.issue_date as string,
		saleDate: invoice.sell_date as string,
		dueDate: invoice.payment_to as string,
		currency: invoice.currency as string,
		net: invoice.price_net as string,
		vat: invoice.price_tax as string,
		gross: invoice.price_gross as string,
		paid: invoice.paid as string,
		buyer: {
			name: invoice.buyer_name as string,
			taxId: invoice.buyer_tax_no as string,
			city: invoice.buyer_city as string,
		},
		items: positions.map((position) => ({
			name: position.name as string,
			quantity: position.quantity as string,
			unit: position.quantity_unit as string,
			unitNetPrice: position.price_net as string,
			vatRate: vatOf(position.tax),
			gross: position.total_price_gross as string,
		})),
	});
}

export function simplifyClient(client: IDataObject): SimpleClient {
	return buildSimpleClient({
		id: client.id as number,
		name: client.name as string,
		taxId: client.tax_no as string,
		street: client.street as string,
		city: client.city as string,
		postCode: client.post_code as string,
		country: client.country as string,
		email: client.email as string,
		phone: client.phone as string,
	});
}

export function simplifyProduct(product: IDataObject): SimpleProduct {
	return buildSimpleProduct({
		id: product.id as number,
		name: product.name as string,
		code: product.code as string,
		unitNetPrice: product.price_net as string,
		vatRate: vatOf(product.tax),
		unit: product.quantity_unit as string,
	});
}
