/**
 * What the Pro forma page adds to the pro forma beyond issue and read: the pro forma with its invoice in one
 * request (`add.json`), the invoice from an existing pro forma (`add/<x>.json`) and the search by order
 * number.
 */
import { documentNotFound, IfirmaError, KOD } from './envelope';
import type { Endpoint } from './endpoint';
import { ok, route } from './endpoint';
import { ADDED } from './documents';
import { documentType, DOMESTIC, PROFORMA } from './documentTypes';
import type { DocumentType } from './documentTypes';
import { commitDocument, prepareDocument } from './issue';
import type { PreparedDocument } from './issue';
import { findDocument } from './numbering';
import { checkShape } from './shape';
import type { ContractorRecord, DocumentRecord, IfirmaStore } from './store';
import { documentsOf } from './store';
import { Problems } from './validation';

function typeOf(name: string): DocumentType {
	const spec = documentType(name);
	if (spec === undefined) throw new Error(`unknown document type ${name}`);
	return spec;
}

/** Fields a pro forma has and a domestic invoice does not, or that the invoice gets anew. */
const PROFORMA_ONLY = new Set([
	'TypFakturyKrajowej',
	'NumerZamowienia',
	'Numer',
	'DataWystawienia',
	'DataSprzedazy',
	'TerminPlatnosci',
]);
const BUYER_FIELDS = new Set(['Kontrahent', 'IdentyfikatorKontrahenta', 'PrefiksUEKontrahenta', 'NIPKontrahenta']);

/**
 * The domestic invoice a pro forma turns into, sold and issued on `date` (INFERRED: sale date = issue date).
 * INFERRED: the pro forma's payment term is kept when it is not before that date; the invoice is numbered
 * next in its own series; amounts paid default to 0 and the sale date format to daily.
 */
function invoiceBody(
	proformaFields: Record<string, unknown>,
	date: string,
	contractor?: ContractorRecord,
): Record<string, unknown> {
	const kept = Object.entries(proformaFields).filter(
		([key]) => !PROFORMA_ONLY.has(key) && (contractor === undefined || !BUYER_FIELDS.has(key)),
	);
	const due = proformaFields.TerminPlatnosci;
	return {
		Zaplacono: 0,
		ZaplaconoNaDokumencie: 0,
		FormatDatySprzedazy: 'DZN',
		...Object.fromEntries(kept),
		...(contractor === undefined ? {} : { IdentyfikatorKontrahenta: contractor.Identyfikator }),
		Numer: null,
		DataWystawienia: date,
		DataSprzedazy: date,
		...(typeof due === 'string' && due >= date ? { TerminPlatnosci: due } : {}),
	};
}

/** Rules the invoice adds are reported under `Faktura.`, so the client sees they are not the pro forma's. */
function prepareInvoice(
	store: IfirmaStore,
	fields: Record<string, unknown>,
	problems: Problems,
): PreparedDocument | undefined {
	const own = new Problems();
	const prepared = prepareDocument(store, typeOf(DOMESTIC), fields, own);
	problems.absorb(own, 'Faktura.');
	return prepared;
}

function requireSale(problems: Problems, type: unknown): void {
	// INFERRED: only a sale pro forma turns into a domestic invoice ("dotyczy to jedynie faktury krajowej sprzedaży").
	if (typeof type === 'string' && type.toUpperCase() !== 'SPRZ') {
		problems.add('TypFakturyKrajowej', 'fakturę krajową można wystawić tylko do pro formy typu SPRZ');
	}
}

function issueBoth(store: IfirmaStore, body: unknown): [DocumentRecord, DocumentRecord] {
	const spec = typeOf(PROFORMA);
	const fields = checkShape(body, spec.fields);
	const problems = new Problems();
	requireSale(problems, fields.TypFakturyKrajowej);
	const proforma = prepareDocument(store, spec, fields, problems);
	const issueDate = typeof fields.DataWystawienia === 'string' ? fields.DataWystawienia : '';
	// The invoice's own rules only once the pro forma is sound; otherwise they would repeat its problems.
	const invoice = proforma === undefined ? undefined : prepareInvoice(store, invoiceBody(fields, issueDate), problems);
	problems.throwIfAny();
	if (proforma === undefined || invoice === undefined) throw new Error('documents without problems were not prepared');
	const proformaRecord = commitDocument(store, proforma);
	const invoiceRecord = commitDocument(store, invoice, {
		contractor: proformaRecord.contractor,
		proformaId: proformaRecord.id,
	});
	proformaRecord.invoiceId = invoiceRecord.id;
	return [proformaRecord, invoiceRecord];
}

/** The invoice is issued and sold today (INFERRED: as the ifirma screen does when it converts a pro forma). */
function issueFromProforma(store: IfirmaStore, x: string): DocumentRecord {
	const proforma = findDocument(store, x, (document) => document.type === PROFORMA);
	if (proforma === undefined) throw documentNotFound();
	const existing = proforma.invoiceId === null ? undefined : store.documents.get(proforma.invoiceId);
	if (existing !== undefined) {
		// INFERRED: one invoice per pro forma.
		throw new IfirmaError(
			KOD.VALIDATION,
			`Do faktury pro forma ${proforma.fullNumber} wystawiono już fakturę ${existing.fullNumber}`,
		);
	}
	const problems = new Problems();
	requireSale(problems, proforma.body.TypFakturyKrajowej);
	const prepared = prepareInvoice(store, invoiceBody(proforma.body, store.today, proforma.contractor), problems);
	problems.throwIfAny();
	if (prepared === undefined) throw new Error('an invoice without problems was not prepared');
	const invoice = commitDocument(store, prepared, { contractor: proforma.contractor, proformaId: proforma.id });
	proforma.invoiceId = invoice.id;
	return invoice;
}

function found(document: DocumentRecord, type: 'PROFORMA' | 'FAKTURA_KRAJ'): Record<string, string> {
	return { Typ: type, PelnyNumer: document.fullNumber, Identyfikator: document.id };
}

/** INFERRED: an order number with `/` may be given with `_`, as document numbers are. */
function findByOrder(store: IfirmaStore, order: string): Record<string, string>[] {
	const wanted = new Set([order, order.replace(/_/g, '/')]);
	return documentsOf(store)
		.filter((document) => document.type === PROFORMA && document.orderNumber !== null && wanted.has(document.orderNumber))
		.flatMap((proforma) => {
			const invoice = proforma.invoiceId === null ? undefined : store.documents.get(proforma.invoiceId);
			const pair = [found(proforma, 'PROFORMA')];
			if (invoice !== undefined) pair.push(found(invoice, 'FAKTURA_KRAJ'));
			return pair;
		});
}

export const proformaEndpoints: readonly Endpoint[] = [
	route('POST', '/iapi/fakturaproformakraj/add.json', ({ store, body }) => {
		const [proforma, invoice] = issueBoth(store, body);
		// INFERRED key for the invoice's id.
		return ok(ADDED, { Identyfikator: proforma.id, IdentyfikatorFaktury: invoice.id });
	}),
	route('GET', '/iapi/fakturaproformakraj/add/:x.json', ({ store, params }) =>
		ok(ADDED, { Identyfikator: issueFromProforma(store, params.x ?? '').id }),
	),
	// INFERRED shape and text; the Pro forma page only says "a list of the types found and their numbers".
	route('GET', '/iapi/fakturaproformakraj/find/:order.json', ({ store, params }) =>
		ok('Wyniki wyszukiwania', { Wynik: findByOrder(store, params.order ?? '') }),
	),
];
