import type { IDataObject } from 'n8n-workflow';

import type { Party, SimpleClient, SimpleProduct, VatRate } from '../../core/canonical';
import { buildSimpleClient, buildSimpleProduct, simpleAmount, simpleMoney, simpleText } from '../../core/canonical';
import { taxOf, vatRateOf } from './codes';
import { compact, numericId } from './wire';

/*
 * Clients, products, payments, warehouses, categories, departments and warehouse documents on the wire
 * (docs/services/bitfaktura.md, "Object fields"), and the compact shape of each for Simplify.
 */

/** A party as a client or department card: the same field names on both (Fakturownia's docs). */
function cardOf(party: Party): IDataObject {
	return compact({
		name: party.name === '' ? undefined : party.name,
		tax_no: party.taxId,
		street: party.street,
		city: party.city,
		post_code: party.postCode,
		country: party.country,
		email: party.email,
		phone: party.phone,
		bank_account: party.bankAccount,
	});
}

/** What a client card has beyond the canonical party. */
export interface ClientCard {
	bank?: string;
	firstName?: string;
	lastName?: string;
	note?: string;
	person?: string;
	registerNumber?: string;
	shortcut?: string;
	www?: string;
	tags?: string[];
}

export function clientOf(party: Party, card: ClientCard): IDataObject {
	return compact({
		...cardOf(party),
		company: party.isPerson === undefined ? undefined : !party.isPerson,
		external_id: party.externalId,
		bank: card.bank,
		first_name: card.firstName,
		last_name: card.lastName,
		note: card.note,
		person: card.person,
		register_number: card.registerNumber,
		shortcut: card.shortcut,
		www: card.www,
		tag_list: card.tags === undefined || card.tags.length === 0 ? undefined : card.tags,
	});
}

export interface ClientFilters {
	email?: string;
	externalId?: string;
	name?: string;
	shortcut?: string;
	taxId?: string;
}

export function clientListQuery(filters: ClientFilters): IDataObject {
	return compact({
		email: filters.email,
		external_id: filters.externalId,
		name: filters.name,
		shortcut: filters.shortcut,
		tax_no: filters.taxId,
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

/** A product's values as the node reads them: amounts as decimal strings, the rate as a canonical code. */
export interface ProductValues {
	name?: string;
	categoryId?: string;
	code?: string;
	currency?: string;
	description?: string;
	eanCode?: string;
	isService?: boolean;
	unit?: string;
	unitNetPrice?: string;
	unitGrossPrice?: string;
	purchaseNetPrice?: string;
	vatRate?: VatRate;
}

export function productOf(values: ProductValues): IDataObject {
	return compact({
		name: values.name,
		category_id: values.categoryId,
		code: values.code,
		currency: values.currency,
		description: values.description,
		ean_code: values.eanCode,
		quantity_unit: values.unit,
		price_net: values.unitNetPrice,
		price_gross: values.unitGrossPrice,
		purchase_price_net: values.purchaseNetPrice,
		tax: values.vatRate === undefined ? undefined : taxOf(values.vatRate),
		service: values.isService,
	});
}

/** With a warehouse, a product carries its stock level there; without, its stock in all of them. */
export function stockQuery(warehouseId: string | undefined): IDataObject {
	return compact({ warehouse_id: warehouseId });
}

export function productListQuery(filters: { warehouseId?: string; changedSince?: string }): IDataObject {
	return compact({ ...stockQuery(filters.warehouseId), date_from: filters.changedSince });
}

export function simplifyProduct(product: IDataObject): SimpleProduct {
	return buildSimpleProduct({
		id: product.id as number,
		name: product.name as string,
		code: product.code as string,
		unitNetPrice: product.price_net as string,
		vatRate: vatRateOf(product.tax),
		unit: product.quantity_unit as string,
	});
}

/** The buyer of the invoice BitFaktura generates from a payment. */
export interface PaymentInvoiceBuyer {
	name?: string;
	taxId?: string;
	street?: string;
	city?: string;
	postCode?: string;
	country?: string;
}

/** A payment's values as the node reads them: the amount as a decimal string, dates as `YYYY-MM-DD`. */
export interface PaymentValues {
	name?: string;
	amount?: string;
	clientId?: string;
	comment?: string;
	currency?: string;
	description?: string;
	invoiceIds?: number[];
	paid?: boolean;
	orderId?: string;
	paidDate?: string;
	provider?: string;
	payerEmail?: string;
	payerFirstName?: string;
	payerLastName?: string;
	productId?: string;
	quantity?: string;
	/** Given when BitFaktura is to issue an invoice for the payment, to this buyer. */
	invoiceBuyer?: PaymentInvoiceBuyer;
	/** Payments made through the API say so, as the API page's examples do (`"kind": "api"`). */
	fromApi?: boolean;
}

export function paymentOf(values: PaymentValues): IDataObject {
	const invoiceIds = values.invoiceIds ?? [];
	const buyer = values.invoiceBuyer;
	return compact({
		name: values.name,
		price: values.amount,
		client_id: numericId(values.clientId),
		comment: values.comment,
		currency: values.currency,
		description: values.description,
		invoice_id: invoiceIds.length === 1 ? invoiceIds[0] : undefined,
		invoice_ids: invoiceIds.length > 1 ? invoiceIds : undefined,
		paid: values.paid,
		oid: values.orderId,
		paid_date: values.paidDate,
		provider: values.provider,
		email: values.payerEmail,
		first_name: values.payerFirstName,
		last_name: values.payerLastName,
		product_id: numericId(values.productId),
		quantity: values.quantity,
		generate_invoice: buyer === undefined ? undefined : true,
		invoice_name: buyer?.name,
		invoice_tax_no: buyer?.taxId,
		invoice_street: buyer?.street,
		invoice_city: buyer?.city,
		invoice_post_code: buyer?.postCode,
		invoice_country: buyer?.country,
		kind: values.fromApi === true ? 'api' : undefined,
	});
}

/** The list embeds the invoices each payment settles when asked. */
export function paymentListQuery(includeInvoices: boolean): IDataObject {
	return includeInvoices ? { include: 'invoices' } : {};
}

/** The compact shape of a payment: what was paid, how much, when, and for which invoices. */
export interface SimplePayment {
	id: string | null;
	name: string | null;
	amount: string | null;
	currency: string | null;
	paid: boolean | null;
	date: string | null;
	invoiceIds: string[];
	clientId: string | null;
	orderId: string | null;
}

function invoiceIdsOf(payment: IDataObject): string[] {
	if (Array.isArray(payment.invoice_ids) && payment.invoice_ids.length > 0) return payment.invoice_ids.map(String);
	const single = simpleText(payment.invoice_id);
	return single === null ? [] : [single];
}

export function simplifyPayment(payment: IDataObject): SimplePayment {
	return {
		id: simpleText(payment.id),
		name: simpleText(payment.name),
		amount: simpleMoney(payment.price, 'amount'),
		currency: simpleText(payment.currency),
		paid: typeof payment.paid === 'boolean' ? payment.paid : null,
		date: simpleText(payment.paid_date),
		invoiceIds: invoiceIdsOf(payment),
		clientId: simpleText(payment.client_id),
		orderId: simpleText(payment.oid),
	};
}

/** Warehouses and categories: a name and a description; warehouses also a free label for their kind. */
export function namedRecordOf(values: { name?: string; description?: string; kind?: string }): IDataObject {
	return compact({ name: values.name, description: values.description, kind: values.kind });
}

/** A department is a seller company: a party card, with its own short name and bank name. */
export function departmentOf(party: Party, own: { bank?: string; person?: string; shortcut?: string }): IDataObject {
	return compact({ ...cardOf(party), bank: own.bank, person: own.person, shortcut: own.shortcut });
}

/** The one way the API page sends a file: the logo as a multipart field. */
export const LOGO_FIELD = 'department[logo]';

/** A department is a party: Simplify gives it the canonical party shape, as for clients. */
export function simplifyDepartment(department: IDataObject): SimpleClient {
	return simplifyClient(department);
}

/** One line of a warehouse document, as the node reads it. */
export interface WarehouseLine {
	productId?: string;
	productName?: string;
	quantity: string;
	unitNetPrice?: string;
	vatRate?: VatRate;
	purchaseNetPrice?: string;
	purchaseVatRate?: VatRate;
	targetWarehouseId?: string;
}

function warehouseActionOf(line: WarehouseLine): IDataObject {
	return compact({
		product_id: numericId(line.productId),
		product_name: line.productId === undefined ? line.productName : undefined,
		quantity: line.quantity,
		price_net: line.unitNetPrice,
		tax: line.vatRate === undefined ? undefined : taxOf(line.vatRate),
		purchase_price_net: line.purchaseNetPrice,
		purchase_tax: line.purchaseVatRate === undefined ? undefined : taxOf(line.purchaseVatRate),
		warehouse2_id: numericId(line.targetWarehouseId),
	});
}

export interface WarehouseDocumentValues {
	kind?: string;
	warehouseId?: string;
	number?: string;
	issueDate?: string;
	clientId?: string;
	clientName?: string;
	departmentId?: string;
	departmentName?: string;
	invoiceIds?: number[];
	lines?: WarehouseLine[];
}

export function warehouseDocumentOf(values: WarehouseDocumentValues): IDataObject {
	const invoiceIds = values.invoiceIds ?? [];
	const lines = values.lines ?? [];
	return compact({
		kind: values.kind,
		warehouse_id: numericId(values.warehouseId),
		number: values.number,
		issue_date: values.issueDate,
		client_id: values.clientId,
		client_name: values.clientName,
		department_id: values.departmentId,
		department_name: values.departmentName,
		invoice_ids: invoiceIds.length > 0 ? invoiceIds : undefined,
		warehouse_actions: lines.length > 0 ? lines.map(warehouseActionOf) : undefined,
	});
}

interface SimpleWarehouseLine {
	productId: string | null;
	name: string | null;
	quantity: string | null;
	unitNetPrice: string | null;
	purchaseNetPrice: string | null;
	targetWarehouseId: string | null;
}

/** The compact shape of a warehouse document: which goods moved, where, when and with whom. */
export interface SimpleWarehouseDocument {
	id: string | null;
	number: string | null;
	kind: string | null;
	issueDate: string | null;
	warehouseId: string | null;
	clientName: string | null;
	departmentName: string | null;
	items: SimpleWarehouseLine[];
}

export function simplifyWarehouseDocument(document: IDataObject): SimpleWarehouseDocument {
	const actions = Array.isArray(document.warehouse_actions) ? (document.warehouse_actions as IDataObject[]) : [];
	return {
		id: simpleText(document.id),
		number: simpleText(document.number),
		kind: simpleText(document.kind),
		issueDate: simpleText(document.issue_date),
		warehouseId: simpleText(document.warehouse_id),
		clientName: simpleText(document.client_name),
		departmentName: simpleText(document.department_name),
		items: actions.map((action) => ({
			productId: simpleText(action.product_id),
			name: simpleText(action.product_name),
			quantity: simpleAmount(action.quantity, 'quantity'),
			unitNetPrice: simpleMoney(action.price_net, 'unitNetPrice'),
			purchaseNetPrice: simpleMoney(action.purchase_price_net, 'purchaseNetPrice'),
			targetWarehouseId: simpleText(action.warehouse2_id),
		})),
	};
}
