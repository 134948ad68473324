import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import type { DecimalRule, IsoDate, PriceMode, SimpleInvoice, VatRate } from '../../core/canonical';
import { buildSimpleInvoice, decimalToNumber } from '../../core/canonical';
import { paymentMethodToIfirma, vatRateFromIfirma } from './codes';
import type { ClientDetails } from './contractor';
import { contractorOf } from './contractor';
import type { DocumentType } from './documentTypes';
import { documentTypeOfCode } from './documentTypes';
import type { IfirmaLine } from './lines';
import { lineOf } from './lines';

/*
 * A document's body and answers as iFirma writes them (docs/services/ifirma.md, "Domestic invoice" and
 * "Pro forma extras"): the same fields for every type, a pro forma's terms instead of a sale's, and the
 * few fields that belong to some types only.
 */

/**
 * `Zaplacono` is documented as 0 or more; two places are inferred, as for any amount of money. A
 * registered payment's amounts are inferred to follow the same rule.
 */
export const AMOUNT: DecimalRule = { places: 2, sign: 'nonNegative' };

/** A document's own texts and an email's message, by the field in the node that fills them; all documented. */
export const DOCUMENT_TEXT_LENGTHS: Readonly<Record<string, number>> = {
	placeOfIssue: 50, // MiejsceWystawienia
	bankAccount: 28, // NumerKontaBankowego
	recipientSignature: 70, // PodpisOdbiorcy
	issuerSignature: 70, // PodpisWystawcy
	notes: 1000, // Uwagi
	orderNumber: 30, // NumerZamowienia
	message: 1000, // Tekst
};

/** Most documents go without the buyer's signature. */
export const WITHOUT_SIGNATURE = 'BPO';

export const SIGNATURE_KIND_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Without Recipient Signature', value: WITHOUT_SIGNATURE },
	{ name: 'Without Recipient and Issuer Signatures', value: 'BWO' },
	{ name: 'Person Authorised to Receive', value: 'OUP' },
	{ name: 'Authorisation', value: 'UPO' },
];

/** The sale dated by its day, not its month. */
export const DAILY_SALE_DATE = 'DZN';

export const SALE_DATE_FORMAT_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Day', value: DAILY_SALE_DATE },
	{ name: 'Month', value: 'MSC' },
];

/** A sale pro forma is the one iFirma can issue together with its invoice. */
export const SALE_PROFORMA = 'SPRZ';

export const PROFORMA_KIND_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Sale', value: SALE_PROFORMA },
	{ name: 'Construction Services', value: 'BUD' },
	{ name: 'Advance Payment', value: 'ZAL' },
];

export const DOMESTIC_SALE = 'KRAJOWA';

export const SALE_TYPE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Domestic', value: DOMESTIC_SALE },
	{ name: 'Dispatch From Poland', value: 'WYSYLKOWA' },
];

export const NO_LEDGER_ENTRY = 'NIE';

export const LEDGER_ENTRY_OPTIONS: INodePropertyOptions[] = [
	{ name: 'None', value: NO_LEDGER_ENTRY },
	{ name: 'Goods', value: 'TOW' },
	{ name: 'Other', value: 'POZ' },
];

/** Who the document is for, in the order iFirma looks a client up: identifier, then NIP, then details. */
export type Buyer =
	| { by: 'client'; identifier: string }
	| { by: 'taxId'; taxId: string; euPrefix?: string }
	| { by: 'details'; details: ClientDetails };

/** What a pro forma states instead of a sale: the invoice it precedes and the shop's order. */
export interface ProformaTerms {
	kind: string;
	orderNumber: string;
}

/** A document to issue, with the node's values read and checked; codes from the node's options pass as they are. */
export interface DocumentDraft {
	type: DocumentType;
	pricing: PriceMode;
	issueDate: IsoDate;
	paymentMethod: string;
	buyer: Buyer;
	lines: IfirmaLine[];
	proforma?: ProformaTerms;
	number?: number;
	dueDate?: IsoDate;
	saleDate?: IsoDate;
	saleDateFormat?: string;
	/** Already paid, a decimal. */
	paid?: string;
	signatureKind?: string;
	showBdoNumber?: boolean;
	placeOfIssue?: string;
	bankAccount?: string;
	splitPayment?: boolean;
	seriesName?: string;
	templateName?: string;
	recipientSignature?: string;
	issuerSignature?: string;
	notes?: string;
	paymentReceivedDate?: IsoDate;
	currency?: string;
	saleType?: string;
	ledgerEntry?: string;
	language?: string;
	serviceName?: string;
}

function buyerFields(buyer: Buyer): IDataObject {
	if (buyer.by === 'client') return { IdentyfikatorKontrahenta: buyer.identifier };
	if (buyer.by === 'taxId') {
		return { NIPKontrahenta: buyer.taxId, ...(buyer.euPrefix !== undefined && { PrefiksUEKontrahenta: buyer.euPrefix }) };
	}
	const { details } = buyer;
	// The identifier and NIP go in the lookup fields too, so a client iFirma already has is reused.
	return {
		...(details.externalId !== undefined && { IdentyfikatorKontrahenta: details.externalId }),
		...(details.euPrefix !== undefined && { PrefiksUEKontrahenta: details.euPrefix }),
		...(details.taxId !== undefined && { NIPKontrahenta: details.taxId }),
		Kontrahent: contractorOf(details),
	};
}

/** What a sale states and a pro forma does not: when it was sold and how much is paid. */
function saleFields(draft: DocumentDraft): IDataObject {
	if (draft.proforma !== undefined) return { TypFakturyKrajowej: draft.proforma.kind, NumerZamowienia: draft.proforma.orderNumber };
	const paid = draft.paid === undefined ? 0 : decimalToNumber(draft.paid, 'Paid Amount', AMOUNT);
	return {
		DataSprzedazy: draft.saleDate ?? draft.issueDate,
		FormatDatySprzedazy: draft.saleDateFormat ?? DAILY_SALE_DATE,
		Zaplacono: paid,
		ZaplaconoNaDokumencie: paid,
	};
}

/** Only the fields given; the service's defaults apply to the rest. */
function given(fields: Record<string, string | number | boolean | undefined>): IDataObject {
	return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as IDataObject;
}

/** The body of `<type>.json`: every field the docs require, with what the draft leaves out at its default. */
export function documentBody(draft: DocumentDraft): IDataObject {
	const lines = draft.lines.map((line, index) => lineOf(line, index + 1, draft.pricing, draft.type));
	return {
		LiczOd: draft.pricing === 'net' ? 'NET' : 'BRT',
		DataWystawienia: draft.issueDate,
		...saleFields(draft),
		...given({ TerminPlatnosci: draft.dueDate }),
		SposobZaplaty: paymentMethodToIfirma(draft.paymentMethod),
		RodzajPodpisuOdbiorcy: draft.signatureKind ?? WITHOUT_SIGNATURE,
		WidocznyNumerBdo: draft.showBdoNumber === true,
		Numer: draft.number ?? null,
		...given({
			MiejsceWystawienia: draft.placeOfIssue,
			NumerKontaBankowego: draft.bankAccount,
			SplitPayment: draft.splitPayment,
			NazwaSeriiNumeracji: draft.seriesName,
			NazwaSzablonu: draft.templateName,
			PodpisOdbiorcy: draft.recipientSignature,
			PodpisWystawcy: draft.issuerSignature,
			Uwagi: draft.notes,
			DataOtrzymaniaZaplaty: draft.paymentReceivedDate,
			Waluta: draft.currency,
			TypSprzedazy: draft.saleType,
			WpisDoKpir: draft.ledgerEntry,
			Jezyk: draft.language,
			NazwaUslugi: draft.serviceName,
		}),
		...buyerFields(draft.buyer),
		Pozycje: lines,
	};
}

export function issuePath(type: DocumentType): string {
	return `${type.endpoint}.json`;
}

/** A document at its type's address: `fakturakraj/3654778.json`, `fakturakraj/12_2026.pdf`. */
export function documentPath(type: DocumentType, ref: string, extension: 'json' | 'pdf' | 'xml' = 'json'): string {
	return `${type.endpoint}/${ref}.${extension}`;
}

/** A PDF dated the day it is downloaded instead of the original. */
export const DUPLICATE_QUERY: IDataObject = { typ: 'dup' };

/** The identifier an issue answered with. */
export function issuedIdOf(payload: IDataObject): string {
	return String(payload.Identyfikator ?? '');
}

/** The answer an issue would have given for a document known by its reference: a found one stands in for it. */
export function issuedAnswerOf(ref: string): IDataObject {
	return { Identyfikator: ref };
}

/**
 * An invoice number as iFirma takes it in a URL: `314/2014` becomes `314_2014`; a numeric
 * `Identyfikator` stays as it is.
 */
export function documentRef(value: string, label = 'Document ID or Number'): string {
	const ref = value.trim().replace(/\//g, '_');
	if (ref === '') throw new Error(`${label} is required`);
	if (!/^[\p{L}\p{N}_.-]+$/u.test(ref)) {
		throw new Error(`${label} "${value.trim()}" is not an ifirma identifier or invoice number`);
	}
	return ref;
}

/** How the document's prices count (`LiczOd`), for lines that must be priced as it is. */
export function pricingOf(record: IDataObject): PriceMode {
	return record.LiczOd === 'BRT' ? 'gross' : 'net';
}

function text(value: unknown): string | null {
	return value === undefined || value === null || value === '' ? null : String(value);
}

/** A rate as read back; a pairing outside the canonical codes is shown as missing rather than guessed. */
function vatRateOf(line: IDataObject): VatRate | null {
	try {
		return vatRateFromIfirma(line.StawkaVat as number | null, line.TypStawkiVat as string | null);
	} catch {
		return null;
	}
}

/**
 * A document as read (`<type>/<id>.json`) or as a list entry (`faktury.json`), in the canonical shape.
 * Lists name the buyer in flat fields and carry no lines; a read document has both in full.
 */
export function simplifyDocument(record: IDataObject, type?: DocumentType): SimpleInvoice {
	const contractor = (record.Kontrahent ?? undefined) as IDataObject | undefined;
	const lines = Array.isArray(record.Pozycje) ? (record.Pozycje as IDataObject[]) : [];
	const netPrices = record.LiczOd === 'NET';
	return buildSimpleInvoice('ifirma', {
		id: text(record.FakturaId ?? record.Identyfikator),
		number: text(record.PelnyNumer),
		kind: (type ?? documentTypeOfCode(record.Rodzaj))?.kind ?? null,
		status: text(record.StatusPlatnosci),
		issueDate: text(record.DataWystawienia),
		saleDate: text(record.DataSprzedazy),
		dueDate: text(record.TerminPlatnosci),
		currency: text(record.Waluta),
		net: text(record.Netto),
		vat: text(record.VAT),
		gross: text(record.Brutto),
		paid: text(record.Zaplacono),
		buyer: contractor
			? { name: text(contractor.Nazwa), taxId: text(contractor.NIP), city: text(contractor.Miejscowosc) }
			: { name: text(record.KontrahentNazwa), taxId: text(record.NIPKontrahenta), city: null },
		items: lines.map((line) => ({
			name: text(line.NazwaPelna),
			quantity: text(line.Ilosc),
			unit: text(line.Jednostka),
			unitNetPrice: netPrices ? text(line.CenaJednostkowa) : null,
			vatRate: vatRateOf(line),
			gross: null,
		})),
	});
}
