import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import type { IsoDate } from '../../core/canonical';
import type { DocumentType } from './documentTypes';
import { DOMESTIC_INVOICE, PROFORMA } from './documentTypes';

/*
 * What iFirma does with issued documents, each at its own address (docs/services/ifirma.md, "Actions"):
 * sending by email, correcting a domestic invoice, the pro forma's invoice, and registering a payment.
 */

export function sendPath(type: DocumentType, ref: string): string {
	return `${type.endpoint}/send/${ref}.json`;
}

export interface SendOptions {
	recipient?: string;
	message?: string;
	includeTransferDetails?: boolean;
	cashOnDelivery?: boolean;
	mTransfer?: string;
	senderMailbox?: string;
	emailTemplate?: string;
	alsoByPost?: boolean;
	alsoAsEInvoice?: boolean;
}

export function sendBody(options: SendOptions): IDataObject {
	const fields: Array<[string, string | boolean | undefined]> = [
		['SkrzynkaEmailOdbiorcy', options.recipient],
		['Tekst', options.message],
		['Przelew', options.includeTransferDetails],
		['Pobranie', options.cashOnDelivery],
		['SkrzynkaEmail', options.senderMailbox],
		['SzablonEmail', options.emailTemplate],
		['MTransfer', options.mTransfer],
	];
	return Object.fromEntries(fields.filter(([, value]) => value !== undefined));
}

/** Sending by post or as an e-invoice too is asked in the query, not the body. */
export function sendQuery(options: SendOptions): IDataObject {
	return {
		...(options.alsoByPost === true && { wyslijPoczta: true }),
		...(options.alsoAsEInvoice === true && { wyslijEfaktura: true }),
	};
}

/** The reason a correction gives unless the user picks another. */
export const MISTAKE_ON_INVOICE = 'POMYLKI';

export const CORRECTION_REASON_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Discount Granted After Sale', value: 'OBOW_RABAT' },
	{ name: 'Goods Returned', value: 'ZWR_SPRZ_TOW' },
	{ name: 'Amounts Refunded to the Buyer', value: 'ZWR_NAB_KWOT' },
	{ name: 'Advance Refunded to the Buyer', value: 'ZWR_NAB_ZAL' },
	{ name: 'Price Increase', value: 'PODW_CENY' },
	{ name: 'Mistake on the Invoice', value: MISTAKE_ON_INVOICE },
];

/** Only a domestic invoice is corrected through the API. */
export const CORRECTED_TYPE = DOMESTIC_INVOICE;

export function correctionPath(ref: string): string {
	return `${CORRECTED_TYPE.endpoint}/korekta/${ref}.json`;
}

/** The body of a correction: its reason and every line as it reads after it, already in `Pozycje` form. */
export function correctionBody(correction: { reason: string; issueDate: IsoDate; lines: IDataObject[]; notes?: string }): IDataObject {
	return {
		PowodKorekty: correction.reason,
		DataWystawienia: correction.issueDate,
		Pozycje: correction.lines,
		...(correction.notes !== undefined && { Uwagi: correction.notes }),
	};
}

/** The pro forma and its domestic invoice issued in one request, with the pro forma's body. */
export const PROFORMA_WITH_INVOICE_PATH = `${PROFORMA.endpoint}/add.json`;

/** The invoice an issue of both answered with, next to the pro forma's own identifier. */
export function linkedInvoiceRef(payload: IDataObject): string | undefined {
	const id = payload.IdentyfikatorFaktury;
	return id === undefined || id === null ? undefined : String(id);
}

/** The domestic invoice of an existing pro forma, issued by reading this address. */
export function conversionPath(ref: string): string {
	return `${PROFORMA.endpoint}/add/${ref}.json`;
}

export function paymentPath(typeCode: string, ref: string): string {
	return `faktury/wplaty/${typeCode}/${ref}.json`;
}

export interface PaymentDraft {
	amount: number;
	date?: IsoDate;
	amountPln?: number;
	exchangeRate?: number;
}

export function paymentBody(payment: PaymentDraft): IDataObject {
	return {
		Kwota: payment.amount,
		...(payment.date !== undefined && { Data: payment.date }),
		...(payment.amountPln !== undefined && { KwotaPln: payment.amountPln }),
		...(payment.exchangeRate !== undefined && { Kurs: payment.exchangeRate }),
	};
}

/** The payment's identifier in the answer. */
export function paymentIdOf(payload: IDataObject): string | null {
	return payload.Wynik === undefined || payload.Wynik === null ? null : String(payload.Wynik);
}
