import type { IDataObject } from 'n8n-workflow';

import type { LineItem, Party, SimpleInvoice } from '../../core/canonical';
import { buildSimpleInvoice, decimalToNumber, InvalidValueError, simpleText } from '../../core/canonical';
import { canonicalKind, paymentMethodOf } from './codes';
import { fromGrosze, lineGrossGrosze, toGrosze } from './money';

/** A line as the node read it, and the line's position (from 1) for messages. */
export function serviceOf(item: LineItem, position: number): IDataObject {
	const where = `Line item ${position}`;
	const quantity = item.quantity ?? '1';
	const service: IDataObject = {
		name: item.name,
		tax_symbol: item.vatRate,
		quantity: decimalToNumber(quantity, `${where}: Quantity`),
	};
	if (item.unitNetPrice !== undefined) {
		service.unit_net_price = toGrosze(item.unitNetPrice, `${where}: Unit Net Price`);
	} else if (item.unitGrossPrice !== undefined) {
		// inFakt takes a gross line as its total and derives the net from it.
		service.gross_price = lineGrossGrosze(item.unitGrossPrice, quantity, `${where}: Unit Gross Price`);
	}
	if (item.unit !== undefined) service.unit = item.unit;
	if (item.classification !== undefined) service.pkwiu = item.classification;
	if (item.discountPercent !== undefined) service.discount = decimalToNumber(item.discountPercent, `${where}: Discount (%)`);
	return service;
}

/** What a line must have before inFakt sees it: a VAT rate, and one price. */
export function checkLine(item: LineItem, position: number): void {
	const where = `Line item ${position}`;
	if (item.vatRate === undefined) {
		throw new InvalidValueError(`${where}: VAT Rate`, '', 'one of 23, 8, 5, 0, zw, np', 'Pick the VAT rate of the line.');
	}
	if (item.unitNetPrice === undefined && item.unitGrossPrice === undefined) {
		throw new InvalidValueError(`${where}: Unit Net Price`, '', 'a price', 'Give the Unit Net Price or the Unit Gross Price of the line.');
	}
	if (item.unitNetPrice !== undefined && item.unitGrossPrice !== undefined) {
		throw new InvalidValueError(`${where}: Unit Gross Price`, item.unitGrossPrice, 'empty when Unit Net Price is given', 'Give one price per line, net or gross.');
	}
}

/** Two letters, as inFakt stores countries (ISO 3166 alpha-2). */
export function countryCode(value: string, label: string): string {
	const code = value.trim().toUpperCase();
	if (!/^[A-Z]{2}$/.test(code)) throw new InvalidValueError(label, value, 'a two-letter country code such as PL or DE');
	return code;
}

export interface InlineBuyer extends Party {
	firstName?: string;
	lastName?: string;
	streetNumber?: string;
	flatNumber?: string;
}

/** A buyer written on the invoice itself, not taken from a client card. */
export function inlineBuyerOf(buyer: InlineBuyer): IDataObject {
	const fields: IDataObject = {
		client_company_name: buyer.name,
		client_first_name: buyer.firstName,
		client_last_name: buyer.lastName,
		client_tax_code: buyer.taxId,
		client_street: buyer.street,
		client_street_number: buyer.streetNumber,
		client_flat_number: buyer.flatNumber,
		client_city: buyer.city,
		client_post_code: buyer.postCode,
		client_country: buyer.country === undefined ? undefined : countryCode(buyer.country, 'Buyer Details: Country'),
		client_email: buyer.email,
		client_business_activity_kind: buyer.isPerson === undefined ? undefined : buyer.isPerson ? 'private_person' : 'other_business',
	};
	return withoutEmpty(fields);
}

/** The bank account printed on the invoice, from an account of `/bank_accounts.json`. */
export function bankFieldsOf(account: IDataObject): IDataObject {
	return withoutEmpty({ bank_account: simpleText(account.account_number), bank_name: simpleText(account.bank_name), swift: simpleText(account.swift) });
}

/** The invoice's own fields, under the node's names; every one optional (Update sends only what is set). */
export interface InvoiceFields {
	kind?: string;
	number?: string;
	issueDate?: string;
	saleDate?: string;
	dueDate?: string;
	currency?: string;
	paymentMethod?: string;
	notes?: string;
	splitPayment?: boolean;
	saleType?: string;
	vatExemptionReason?: string;
	clientId?: string;
	/** Set with a number on create, so a number already taken is refused instead of issued twice. */
	checkDuplicateNumber?: boolean;
}

export function invoiceFieldsOf(fields: InvoiceFields): IDataObject {
	return withoutEmpty({
		kind: fields.kind,
		number: fields.number,
		check_duplicate_number: fields.checkDuplicateNumber,
		invoice_date: fields.issueDate,
		sale_date: fields.saleDate,
		payment_date: fields.dueDate,
		currency: fields.currency?.toUpperCase(),
		payment_method: fields.paymentMethod === undefined ? undefined : paymentMethodOf(fields.paymentMethod),
		notes: fields.notes,
		split_payment: fields.splitPayment,
		sale_type: fields.saleType,
		vat_exemption_reason: fields.vatExemptionReason === undefined ? undefined : Number(fields.vatExemptionReason),
		client_id: fields.clientId === undefined ? undefined : Number(fields.clientId),
	});
}

/** The body every invoice write sends: `{"invoice":{…}}`. */
export function invoiceBody(invoice: IDataObject): IDataObject {
	return { invoice };
}

export function withoutEmpty(fields: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== null && value !== ''));
}

/** The ID every invoice operation takes: the UUID, not the numeric `id`. */
export function invoiceIdOf(invoice: IDataObject): string {
	return String(invoice.uuid ?? '');
}

function buyerNameOf(invoice: IDataObject): string | null {
	const company = simpleText(invoice.client_company_name);
	if (company !== null) return company;
	const person = [simpleText(invoice.client_first_name), simpleText(invoice.client_last_name)].filter((part) => part !== null).join(' ');
	return person === '' ? null : person;
}

/** How Simplify's `provider` names this service, lower case like every node's. */
const PROVIDER = 'infakt';

/** The invoice in the shape every node of the package gives, amounts back from grosze to decimals. */
export function simplifyInvoice(invoice: IDataObject): SimpleInvoice {
	const services = Array.isArray(invoice.services) ? (invoice.services as IDataObject[]) : [];
	return buildSimpleInvoice(PROVIDER, {
		id: simpleText(invoice.uuid),
		number: simpleText(invoice.number),
		kind: canonicalKind(invoice.kind),
		status: simpleText(invoice.status),
		issueDate: simpleText(invoice.invoice_date),
		saleDate: simpleText(invoice.sale_date),
		dueDate: simpleText(invoice.payment_date),
		currency: simpleText(invoice.currency),
		net: fromGrosze(invoice.net_price, 'net_price'),
		vat: fromGrosze(invoice.tax_price, 'tax_price'),
		gross: fromGrosze(invoice.gross_price, 'gross_price'),
		paid: fromGrosze(invoice.paid_price, 'paid_price'),
		buyer: { name: buyerNameOf(invoice), taxId: simpleText(invoice.client_tax_code), city: simpleText(invoice.client_city) },
		items: services.map((service) => ({
			name: simpleText(service.name),
			quantity: simpleText(service.quantity),
			unit: simpleText(service.unit),
			unitNetPrice: fromGrosze(service.unit_net_price, 'unit_net_price'),
			vatRate: simpleText(service.tax_symbol),
			gross: fromGrosze(service.gross_price, 'gross_price'),
		})),
	});
}

/** How an invoice reads in the editor's list: `5/01/2024 · Firma Sp. z o.o. · 2024-01-15`. */
export function invoiceLabel(invoice: IDataObject): string {
	return [simpleText(invoice.number) ?? invoiceIdOf(invoice), buyerNameOf(invoice), simpleText(invoice.invoice_date)]
		.filter((part) => part !== null)
		.join(' · ');
}

/** What Get Next Number answers, under the node's names. */
export function nextNumberOf(answer: IDataObject): IDataObject {
	return { nextNumber: simpleText(answer.next_number), kind: simpleText(answer.invoice_kind), date: simpleText(answer.invoice_date) };
}

/** The buyer as a client of the account. */
export function clientBuyerOf(clientId: string): IDataObject {
	return { client_id: Number(clientId) };
}

/** Whether a listed invoice is the one a keyed create looks for: this kind, exactly this number. */
export function isNumbered(invoice: IDataObject, kind: string, number: string): boolean {
	return invoice.kind === kind && invoice.number === number;
}

export function pdfQuery(documentType: string, language: string): IDataObject {
	return { document_type: documentType, locale: language };
}

export interface EmailOptions {
	printType: string;
	language?: string;
	recipient?: string;
	sendCopy?: boolean;
}

export function emailBody(options: EmailOptions): IDataObject {
	return withoutEmpty({ print_type: options.printType, locale: options.language, recipient: options.recipient, send_copy: options.sendCopy });
}

/** No date: inFakt takes today. */
export function paymentBody(paidDate: string | undefined): IDataObject {
	return withoutEmpty({ paid_date: paidDate });
}

export function nextNumberQuery(kind: string, date: string): IDataObject {
	return { kind, date };
}
