import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { PriceMode } from '../../../core/canonical';
import { checkLength } from '../../../core/canonical';
import { inputError } from '../../../core/errors';
import { readDate, todayIn } from '../../../core/fields/dates';
import { readLineItems } from '../../../core/fields/lineItems';
import { readParty } from '../../../core/fields/party';
import { checked, checkLengths, optionalText, readCollection, readText, requireText } from '../../../core/params';
import { readClientId } from '../../locators';
import { CLIENT_LENGTHS } from '../../mapping/contractor';
import type { Buyer, DocumentDraft, ProformaTerms } from '../../mapping/document';
import { DOCUMENT_TEXT_LENGTHS, documentBody } from '../../mapping/document';
import type { DocumentType } from '../../mapping/documentTypes';
import { BILL, FOREIGN_CURRENCY_INVOICE, MAIL_ORDER_INVOICE, SERVICE_EXPORT } from '../../mapping/documentTypes';
import type { IfirmaLine } from '../../mapping/lines';
import { LINE_LIMITS } from '../../mapping/lines';
import { BUYER_DETAIL_OPTIONS, INVOICE_DETAILS } from './fields';

function readBuyer(ctx: IExecuteFunctions, itemIndex: number): Buyer {
	const buyerType = ctx.getNodeParameter('buyerType', itemIndex) as string;
	if (buyerType === 'contractor') return { by: 'client', identifier: readClientId(ctx, itemIndex) };
	if (buyerType === 'taxId') {
		const prefix = checked(ctx, itemIndex, () => checkLength(readText(ctx, 'buyerEuPrefix', itemIndex), CLIENT_LENGTHS.euPrefix, 'Buyer EU Prefix'));
		return {
			by: 'taxId',
			taxId: requireText(ctx, 'buyerTaxId', itemIndex, 'Buyer Tax ID', CLIENT_LENGTHS.taxId),
			...(prefix !== '' && { euPrefix: prefix }),
		};
	}
	const values = readCollection(ctx, 'buyer', itemIndex);
	checkLengths(ctx, itemIndex, values, CLIENT_LENGTHS, BUYER_DETAIL_OPTIONS, 'Buyer Details');
	const party = readParty(requireText(ctx, 'buyerName', itemIndex, 'Buyer Name', CLIENT_LENGTHS.name), {
		...values,
		postCode: requireText(ctx, 'buyerPostCode', itemIndex, 'Buyer Post Code', CLIENT_LENGTHS.postCode),
		city: requireText(ctx, 'buyerCity', itemIndex, 'Buyer City', CLIENT_LENGTHS.city),
	});
	return { by: 'details', details: { ...party, euPrefix: optionalText(values.euPrefix) } };
}

/** The item's lines: the canonical fields checked by the core, with iFirma's own fields beside them. */
function readLines(ctx: IExecuteFunctions, itemIndex: number): IfirmaLine[] {
	const items = readLineItems(ctx, itemIndex, { required: true, limits: LINE_LIMITS });
	const rows = (ctx.getNodeParameter('lineItems', itemIndex, {}) as { item?: IDataObject[] }).item ?? [];
	return items.map((item, index) => ({
		...item,
		flatTaxRate: optionalText(rows[index]?.flatTaxRate),
		foreignName: optionalText(rows[index]?.foreignName),
		foreignUnit: optionalText(rows[index]?.foreignUnit),
	}));
}

/** The fields that belong to some invoice types only; set on another type they are refused, not dropped. */
function typeTerms(ctx: IExecuteFunctions, itemIndex: number, type: DocumentType, details: IDataObject): Partial<DocumentDraft> {
	const terms: Partial<DocumentDraft> = {};
	if (type === MAIL_ORDER_INVOICE) {
		const received = requireText(ctx, 'paymentReceivedDate', itemIndex, 'Payment Received Date');
		terms.paymentReceivedDate = readDate(ctx, received, 'Payment Received Date', itemIndex);
	}
	if (type.foreignCurrency === true) {
		const currency = requireText(ctx, 'currency', itemIndex, 'Currency').toUpperCase();
		if (!/^[A-Z]{3}$/.test(currency)) throw inputError(ctx.getNode(), `Currency must be a three-letter code such as EUR, got "${currency}"`, itemIndex);
		terms.currency = currency;
	}
	if (type === FOREIGN_CURRENCY_INVOICE) terms.saleType = ctx.getNodeParameter('saleType', itemIndex) as string;
	if (type === BILL) terms.ledgerEntry = ctx.getNodeParameter('ledgerEntry', itemIndex) as string;
	const only = (value: unknown, label: string, applies: boolean): string | undefined => {
		const text = optionalText(value);
		if (text !== undefined && !applies) {
			throw inputError(ctx.getNode(), `${label} does not apply to a ${type.name}`, itemIndex, 'Remove it from Additional Fields.');
		}
		return text;
	};
	terms.language = only(details.language, 'Language', type.printLanguage === true);
	terms.serviceName = only(details.serviceName, 'Service Name', type === SERVICE_EXPORT);
	return terms;
}

/**
 * The body of `<type>.json` for the item: every required field of the docs, checked before sending. A
 * pro forma brings its terms, which take the place of a sale's.
 */
export function readDocumentBody(ctx: IExecuteFunctions, itemIndex: number, type: DocumentType, proforma?: ProformaTerms): IDataObject {
	const details = readCollection(ctx, 'additionalFields', itemIndex);
	checkLengths(ctx, itemIndex, details, DOCUMENT_TEXT_LENGTHS, INVOICE_DETAILS);
	const lines = readLines(ctx, itemIndex);
	const number = optionalText(details.number);
	if (number !== undefined && !/^\d{1,10}$/.test(number)) {
		throw inputError(ctx.getNode(), `Number must be a whole number of up to 10 digits, got "${number}"`, itemIndex, 'Leave it empty for the next number in the series.');
	}
	const draft: DocumentDraft = {
		type,
		proforma,
		pricing: ctx.getNodeParameter('priceMode', itemIndex) as PriceMode,
		issueDate: readDate(ctx, details.issueDate, 'Issue Date', itemIndex) ?? todayIn(ctx),
		paymentMethod: ctx.getNodeParameter('paymentMethod', itemIndex) as string,
		buyer: readBuyer(ctx, itemIndex),
		lines,
		number: number === undefined ? undefined : Number(number),
		dueDate: readDate(ctx, details.dueDate, 'Due Date', itemIndex),
		saleDate: readDate(ctx, details.saleDate, 'Sale Date', itemIndex),
		saleDateFormat: optionalText(details.saleDateFormat),
		paid: optionalText(details.paidAmount),
		signatureKind: optionalText(details.signatureKind),
		showBdoNumber: details.showBdoNumber === true,
		placeOfIssue: optionalText(details.placeOfIssue),
		bankAccount: optionalText(details.bankAccount),
		splitPayment: details.splitPayment as boolean | undefined,
		seriesName: optionalText(details.seriesName),
		templateName: optionalText(details.templateName),
		recipientSignature: optionalText(details.recipientSignature),
		issuerSignature: optionalText(details.issuerSignature),
		notes: optionalText(details.notes),
		...typeTerms(ctx, itemIndex, type, details),
	};
	return checked(ctx, itemIndex, () => documentBody(draft));
}
