/**
 * A document as GET `<type>/<x>.json|.pdf|.xml` gives it. The JSON puts the document's fields directly inside
 * `response` (ifirma's shop connectors); beyond `PelnyNumer`, `Kontrahent` and `Pozycje` the keys are
 * INFERRED: the request fields as stored, plus the id, number, code, totals, paid amount and links.
 */
import { formatMoney } from '../common/decimal';
import { onePagePdf } from '../common/pdf';
import type { Payload } from './envelope';
import { documentType } from './documentTypes';
import { centsOf } from './money';
import type { DocumentRecord } from './store';

/** Request fields that the answer replaces with what they resolved to. */
const RESOLVED_FIELDS = new Set([
	'Kontrahent',
	'Pozycje',
	'IdentyfikatorKontrahenta',
	'PrefiksUEKontrahenta',
	'NIPKontrahenta',
	'Numer',
	'Zaplacono',
	'DataWystawienia',
	'DataSprzedazy',
	'TerminPlatnosci',
]);

function links(document: DocumentRecord): Payload {
	const payload: Payload = {};
	if (document.invoiceId !== null) payload.IdentyfikatorFaktury = document.invoiceId;
	if (document.proformaId !== null) payload.IdentyfikatorProformy = document.proformaId;
	if (document.correctedId !== null) {
		payload.IdentyfikatorFakturyKorygowanej = document.correctedId;
		payload.PozycjePrzedKorekta = document.linesBefore;
	}
	return payload;
}

export function documentJson(document: DocumentRecord): Payload {
	const stored = Object.fromEntries(Object.entries(document.body).filter(([key]) => !RESOLVED_FIELDS.has(key)));
	return {
		FakturaId: Number(document.id),
		PelnyNumer: document.fullNumber,
		Numer: document.number,
		Rodzaj: document.kind,
		DataWystawienia: document.issueDate,
		DataSprzedazy: document.saleDate,
		TerminPlatnosci: document.dueDate,
		...stored,
		Waluta: document.currency,
		IdentyfikatorKontrahenta: document.contractor.Identyfikator,
		Kontrahent: { ...document.contractor },
		Pozycje: document.body.Pozycje,
		Netto: document.totals.net,
		VAT: document.totals.vat,
		Brutto: document.totals.gross,
		Zaplacono: document.paid,
		CzyWyslano: document.sent,
		...links(document),
	};
}

const money = (amount: number): string => formatMoney(centsOf(amount));

/** With `duplicateOf`, the print-out is a duplicate dated that day (Pro forma page: `?typ=dup`). */
export function documentPdf(document: DocumentRecord, duplicateOf?: string): Buffer {
	const title = document.correctedId !== null ? 'Faktura korygujaca' : (documentType(document.type)?.title ?? 'Faktura');
	return onePagePdf([
		`${title} ${document.fullNumber}`,
		...(duplicateOf === undefined ? [] : [`DUPLIKAT z dnia ${duplicateOf}`]),
		`Data wystawienia: ${document.issueDate}`,
		`Nabywca: ${document.contractor.Nazwa}`,
		`Netto: ${money(document.totals.net)} VAT: ${money(document.totals.vat)}`,
		`Brutto: ${money(document.totals.gross)} ${document.currency}`,
		`Zaplacono: ${money(document.paid)}`,
	]);
}

function escapeXml(text: string): string {
	return text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function element(name: string, value: unknown): string {
	if (value === null || value === undefined) return `<${name}/>`;
	if (Array.isArray(value)) return `<${name}>${value.map((item) => element('Pozycja', item)).join('')}</${name}>`;
	if (typeof value === 'object') {
		return `<${name}>${Object.entries(value).map(([key, item]) => element(key, item)).join('')}</${name}>`;
	}
	return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** INFERRED element names: the JSON keys, money with two decimals. */
export function documentXml(document: DocumentRecord): Buffer {
	const fields = {
		...documentJson(document),
		Netto: money(document.totals.net),
		VAT: money(document.totals.vat),
		Brutto: money(document.totals.gross),
		Zaplacono: money(document.paid),
	};
	return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${element('Faktura', fields)}\n`, 'utf8');
}
