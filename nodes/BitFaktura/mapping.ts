import type { IDataObject } from 'n8n-workflow';

import type { DocumentKind, LineItem, Party, SimpleClient, SimpleInvoice, SimpleProduct } from '../core/canonical';
import {
	buildSimpleClient,
	buildSimpleInvoice,
	buildSimpleProduct,
	documentKindFromProvider,
	vatRateFromBitFaktura,
	vatRateToBitFaktura,
} from '../core/canonical';

const PROVIDER = 'bitfaktura' as const;

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
