import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { PriceMode } from '../../../core/canonical';
import type { DecimalRule } from '../../../core/canonical';
import { checkLength, decimalToNumber, paymentMethodToProvider } from '../../../core/canonical';
import { inputError } from '../../../core/errors';
import { readDate, todayIn } from '../../../core/fields/dates';
import { readLineItems } from '../../../core/fields/lineItems';
import { readParty } from '../../../core/fields/party';
import { checked, checkLengths, optionalText, readCollection, readText, requireText } from '../../../core/params';
import {
	documentType,
	FOREIGN_CURRENCY_INVOICE,
	FOREIGN_LANGUAGE_TYPES,
	MAIL_ORDER_INVOICE,
	BILL,
	PROFORMA,
	SERVICE_EXPORT,
} from '../../documentTypes';
import { AMOUNT, CONTRACTOR_LENGTHS, contractorOf, DOCUMENT_TEXT_LENGTHS, LINE_LIMITS, lineOf } from '../../mapping';
import { BUYER_DETAIL_OPTIONS, DOCUMENT_DETAIL_FIELDS } from './createFields';

/** Who the document is for, in the order ifirma looks a contractor up: identifier, then NIP, then details. */
function buyerOf(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const buyerType = ctx.getNodeParameter('buyerType', itemIndex) as string;
	if (buyerType === 'contractor') {
		return { IdentyfikatorKontrahenta: requireText(ctx, 'contractorId', itemIndex, 'Contractor Identifier', CONTRACTOR_LENGTHS.externalId) };
	}
	if (buyerType === 'taxId') {
		const prefix = checked(ctx, itemIndex, () =>
			checkLength(readText(ctx, 'buyerEuPrefix', itemIndex), CONTRACTOR_LENGTHS.euPrefix, 'Buyer EU Prefix'),
		);
		return {
			NIPKontrahenta: requireText(ctx, 'buyerTaxId', itemIndex, 'Buyer Tax ID', CONTRACTOR_LENGTHS.taxId),
			...(prefix !== '' && { PrefiksUEKontrahenta: prefix }),
		};
	}
	const details = readCollection(ctx, 'buyer', itemIndex);
	checkLengths(ctx, itemIndex, details, CONTRACTOR_LENGTHS, BUYER_DETAIL_OPTIONS, 'Buyer Details');
	const party = readParty(requireText(ctx, 'buyerName', itemIndex, 'Buyer Name', CONTRACTOR_LENGTHS.name), {
		...details,
		postCode: requireText(ctx, 'buyerPostCode', itemIndex, 'Buyer Post Code', CONTRACTOR_LENGTHS.postCode),
		city: requireText(ctx, 'buyerCity', itemIndex, 'Buyer City', CONTRACTOR_LENGTHS.city),
	});
	const prefix = optionalText(details.euPrefix);
	// The identifier and NIP go in the lookup fields too, so a contractor ifirma already has is reused.
	return {
		...(party.externalId !== undefined && { IdentyfikatorKontrahenta: party.externalId }),
		...(prefix !== undefined && { PrefiksUEKontrahenta: prefix }),
		...(party.taxId !== undefined && { NIPKontrahenta: party.taxId }),
		Kontrahent: contractorOf(party, prefix === undefined ? {} : { PrefiksUE: prefix }),
	};
}

function amount(ctx: IExecuteFunctions, itemIndex: number, value: unknown, label: string, rule: DecimalRule): number {
	return checked(ctx, itemIndex, () => decimalToNumber(String(value), label, rule));
}

/** Fields that belong to some document types only; set on another type they are refused, not dropped. */
function typeSpecific(ctx: IExecuteFunctions, itemIndex: number, endpoint: string, extra: IDataObject): IDataObject {
	const type = documentType(endpoint);
	const body: IDataObject = {};
	if (endpoint === MAIL_ORDER_INVOICE) {
		const received = requireText(ctx, 'paymentReceivedDate', itemIndex, 'Payment Received Date');
		body.DataOtrzymaniaZaplaty = readDate(ctx, received, 'Payment Received Date', itemIndex);
	}
	if (type.foreignCurrency) {
		const currency = requireText(ctx, 'currency', itemIndex, 'Currency').toUpperCase();
		if (!/^[A-Z]{3}$/.test(currency)) throw inputError(ctx.getNode(), `Currency must be a three-letter code such as EUR, got "${currency}"`, itemIndex);
		body.Waluta = currency;
	}
	if (endpoint === FOREIGN_CURRENCY_INVOICE) body.TypSprzedazy = ctx.getNodeParameter('saleType', itemIndex);
	if (endpoint === BILL) body.WpisDoKpir = ctx.getNodeParameter('ledgerEntry', itemIndex);
	const only = (value: unknown, label: string, types: string[], wireName: string) => {
		if (optionalText(value) === undefined) return;
		if (!types.includes(endpoint)) {
			throw inputError(ctx.getNode(), `${label} does not apply to a ${type.name}`, itemIndex, 'Remove it from Additional Fields.');
		}
		body[wireName] = optionalText(value);
	};
	only(extra.language, 'Language', FOREIGN_LANGUAGE_TYPES, 'Jezyk');
	only(extra.serviceName, 'Service Name', [SERVICE_EXPORT], 'NazwaUslugi');
	return body;
}

/** The body of `<type>.json` for the item: every required field of the docs, checked before sending. */
export function documentBody(ctx: IExecuteFunctions, itemIndex: number, endpoint: string): IDataObject {
	const type = documentType(endpoint);
	const extra = readCollection(ctx, 'additionalFields', itemIndex);
	checkLengths(ctx, itemIndex, extra, DOCUMENT_TEXT_LENGTHS, DOCUMENT_DETAIL_FIELDS);
	const pricing = ctx.getNodeParameter('priceMode', itemIndex) as PriceMode;
	const lines = readLineItems(ctx, itemIndex, { required: true, limits: LINE_LIMITS }).map((item, index) =>
		checked(ctx, itemIndex, () => lineOf(item, index + 1, pricing, type.withoutVat === true)),
	);
	const issueDate = readDate(ctx, extra.issueDate, 'Issue Date', itemIndex) ?? todayIn(ctx);
	const number = optionalText(extra.number);
	if (number !== undefined && !/^\d{1,10}$/.test(number)) {
		throw inputError(ctx.getNode(), `Number must be a whole number of up to 10 digits, got "${number}"`, itemIndex, 'Leave it empty for the next number in the series.');
	}

	const body: IDataObject = { LiczOd: pricing === 'net' ? 'NET' : 'BRT', DataWystawienia: issueDate };
	if (endpoint === PROFORMA) {
		body.TypFakturyKrajowej = ctx.getNodeParameter('proformaKind', itemIndex);
		body.NumerZamowienia = requireText(ctx, 'orderNumber', itemIndex, 'Order Number', DOCUMENT_TEXT_LENGTHS.orderNumber);
	} else {
		const paid = optionalText(extra.paidAmount) === undefined ? 0 : amount(ctx, itemIndex, extra.paidAmount, 'Paid Amount', AMOUNT);
		body.DataSprzedazy = readDate(ctx, extra.saleDate, 'Sale Date', itemIndex) ?? issueDate;
		body.FormatDatySprzedazy = extra.saleDateFormat ?? 'DZN';
		body.Zaplacono = paid;
		body.ZaplaconoNaDokumencie = paid;
	}
	const dueDate = readDate(ctx, extra.dueDate, 'Due Date', itemIndex);
	if (dueDate !== undefined) body.TerminPlatnosci = dueDate;
	body.SposobZaplaty = checked(ctx, itemIndex, () =>
		paymentMethodToProvider('ifirma', ctx.getNodeParameter('paymentMethod', itemIndex) as string),
	);
	body.RodzajPodpisuOdbiorcy = extra.signatureKind ?? 'BPO';
	body.WidocznyNumerBdo = extra.showBdoNumber === true;
	body.Numer = number === undefined ? null : Number(number);
	const optional: Record<string, unknown> = {
		MiejsceWystawienia: optionalText(extra.placeOfIssue),
		NumerKontaBankowego: optionalText(extra.bankAccount),
		SplitPayment: extra.splitPayment,
		NazwaSeriiNumeracji: optionalText(extra.seriesName),
		NazwaSzablonu: optionalText(extra.templateName),
		PodpisOdbiorcy: optionalText(extra.recipientSignature),
		PodpisWystawcy: optionalText(extra.issuerSignature),
		Uwagi: optionalText(extra.notes),
	};
	for (const [field, value] of Object.entries(optional)) if (value !== undefined) body[field] = value as IDataObject[string];
	Object.assign(body, typeSpecific(ctx, itemIndex, endpoint, extra), buyerOf(ctx, itemIndex), { Pozycje: lines });
	return body;
}
