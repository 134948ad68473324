import type { IDataObject } from 'n8n-workflow';

import type { DecimalString, InvoiceDiscount, SimpleInvoice } from '../../core/canonical';
import { buildSimpleInvoice } from '../../core/canonical';
import type { XmlInputObject } from '../../core/xml';
import type { BuyerInput, InvoiceInput, LineInput } from './invoice';
import { documentKind, flag, V1_DOCUMENT_TYPES, v1Currency, v1Date, V1_PAYMENT_METHODS } from './values';

/** A line with what only the XML API keeps of it. */
export interface V1LineInput extends LineInput {
	discount?: InvoiceDiscount;
	/** How many units the unit price is for (`price_single_is_for_quantity`). */
	priceForQuantity?: DecimalString;
	notes?: string;
	/** Your own product code (`outside_id`) and group (`outside_group_id`). */
	externalId?: string;
	externalGroupId?: string;
}

/** The buyer with what only the XML API keeps of it. */
export interface V1BuyerInput extends BuyerInput {
	recipient?: string;
	bankName?: string;
	bankIban?: string;
	bankBic?: string;
	/** The client's ID in your own system (`outside_client_id`). */
	externalId?: string;
}

export interface V1DocumentInput extends Omit<InvoiceInput, 'buyer' | 'items' | 'dueDate' | 'currencyRate'> {
	buyer: V1BuyerInput;
	items: V1LineInput[];
	paymentMethodOther?: string;
	/** inv.bg mails the document here once it is issued. */
	sendToEmail?: string;
	returnPdf: boolean;
	/** Printed as extra fields; an `email` one makes a contact of the client (the vendor page). */
	extraFields: Record<string, string>;
}

export interface V1Login {
	username: string;
	password: string;
}

function present(values: XmlInputObject): XmlInputObject {
	return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== ''));
}

function info(input: V1DocumentInput): XmlInputObject {
	return present({
		type: V1_DOCUMENT_TYPES[input.type],
		number: input.number ?? 'AUTO',
		related_invoice: input.relatedInvoice?.number,
		related_invoice_date: input.relatedInvoice === undefined ? undefined : v1Date(input.relatedInvoice.date),
		status: input.status === undefined ? undefined : input.status.toUpperCase(),
		date_create: v1Date(input.issueDate),
		date_event: v1Date(input.eventDate ?? input.issueDate),
		currency: v1Currency(input.currency),
		reduction_value: input.discount?.value,
		reduction_type: input.discount === undefined ? undefined : input.discount.kind === 'percent' ? 'percent' : 'currency',
		payment_method: V1_PAYMENT_METHODS[input.paymentMethod],
		payment_method_other: input.paymentMethod === 'other' ? input.paymentMethodOther : undefined,
		enter_objects_with_vat: flag(input.pricesWithVat),
		notes: input.notes,
		create_and_send_to_email: input.sendToEmail,
		create_and_return_pdf: flag(input.returnPdf),
		without_vat_reason: input.vatPercent === '0' ? input.withoutVatReason : undefined,
	});
}

/** A private person goes under the `person_*` elements, a company under its own. */
function client(buyer: V1BuyerInput): XmlInputObject {
	const party = buyer.isPerson === true
		? { is_person: 1, person_name: buyer.name, person_egn: buyer.personalId, person_city: buyer.city, person_address: buyer.street }
		: {
				firmname: buyer.name,
				bulstat: buyer.taxId,
				vat_number: buyer.vatNumber,
				town: buyer.city,
				address: buyer.street,
				mol: buyer.accountablePerson,
			};
	return present({
		...party,
		recipient: buyer.recipient,
		bank_name: buyer.bankName,
		bank_iban: buyer.bankIban,
		bank_bic: buyer.bankBic,
		outside_client_id: buyer.externalId,
	});
}

function object(line: V1LineInput): XmlInputObject {
	return present({
		name: line.name,
		quantity_unit: line.unit,
		quantity_value: line.quantity,
		price_single: line.unitPrice,
		price_single_is_for_quantity: line.priceForQuantity,
		reduction_value: line.discount?.value,
		reduction_type: line.discount === undefined ? undefined : line.discount.kind === 'percent' ? 'percent' : 'currency',
		notes: line.notes,
		outside_id: line.externalId,
		outside_group_id: line.externalGroupId,
	});
}

/**
 * The whole `<request>` as the codec writes it: the login as attributes, numbers as the decimal text the user
 * gave, dates as dd.mm.yyyy. The codec escapes every text, so a name such as `</name><evil/>` stays a name.
 */
export function v1Request(input: V1DocumentInput, login: V1Login): IDataObject {
	return {
		login: { '@username': login.username, '@password': login.password },
		invoice: {
			info: info(input),
			client: client(input.buyer),
			objects: { object: input.items.map(object) },
			...(Object.keys(input.extraFields).length > 0 && { additional_fields: input.extraFields }),
		},
	};
}

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The `<invoice>` of an OK answer, without the PDF, which goes to a binary property instead. */
export function v1Created(result: IDataObject): IDataObject {
	const invoice = typeof result.invoice === 'object' && result.invoice !== null ? (result.invoice as IDataObject) : {};
	return {
		id: text(invoice.id) ?? null,
		number: text(invoice.number) ?? null,
		viewUrl: text(invoice.view_url) ?? null,
	};
}

export function v1Pdf(result: IDataObject): Buffer | undefined {
	const invoice = typeof result.invoice === 'object' && result.invoice !== null ? (result.invoice as IDataObject) : {};
	const pdf = text(invoice.pdf);
	return pdf === undefined ? undefined : Buffer.from(pdf.replace(/\s+/g, ''), 'base64');
}

/** The shared invoice shape from what the XML API answers: the ID and number of the document asked for; the rest it does not say. */
export function simplifyV1Created(type: string, created: IDataObject): SimpleInvoice {
	return buildSimpleInvoice('inv.bg', {
		id: created.id as string | null,
		number: created.number as string | null,
		kind: documentKind(type),
	});
}
