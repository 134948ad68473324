/**
 * GET `faktury.json` (everything but pro formas) and `proformy.json` with the parameters of
 * the List page. The answer has no paging metadata: none is documented.
 */
import { addDays, isIsoDate } from '../common/dates';
import type { Endpoint } from './endpoint';
import { ok, queryValue, route } from './endpoint';
import type { RecordedRequest } from '../server';
import { PROFORMA } from './documentTypes';
import { normalizedNip } from './contractors';
import { centsOf } from './money';
import { PAYMENT_STATUSES, paymentStatus } from './status';
import type { PaymentStatus } from './status';
import type { DocumentRecord, IfirmaStore } from './store';
import { documentsOf } from './store';
import { Problems, REQUIRED } from './validation';

const DEFAULT_PAGE_SIZE = 20;
/** INFERRED: clients cap the page at 100 (iFirmaBundle); the sandbox refuses more. */
const MAX_PAGE_SIZE = 100;
const DEFAULT_SPAN_DAYS = 30;
const AMOUNT = /^\d+(\.\d{1,2})?$/;
const POSITIVE_INTEGER = /^[1-9]\d*$/;

interface Filters {
	from: string;
	to: string;
	amountFrom?: bigint;
	amountTo?: bigint;
	contractor?: string;
	nip?: string;
	kind?: string;
	statuses?: PaymentStatus[];
	page: number;
	pageSize: number;
}

function readAmount(problems: Problems, name: string, value: string | undefined): bigint | undefined {
	if (value === undefined) return undefined;
	if (!AMOUNT.test(value)) {
		problems.add(name, 'nieprawidłowa kwota (np. 123.45)');
		return undefined;
	}
	return centsOf(Number(value));
}

function readPositive(problems: Problems, name: string, value: string | undefined, fallback: number): number {
	if (value === undefined) return fallback;
	if (!POSITIVE_INTEGER.test(value)) {
		problems.add(name, 'wymagana liczba całkowita większa od 0');
		return fallback;
	}
	return Number(value);
}

function readStatuses(problems: Problems, value: string | undefined): PaymentStatus[] | undefined {
	if (value === undefined) return undefined;
	const statuses = value.split(',').map((status) => status.trim());
	const unknown = statuses.filter((status) => !(PAYMENT_STATUSES as readonly string[]).includes(status));
	if (unknown.length > 0) {
		problems.add('status', `niedozwolona wartość "${unknown.join(',')}" (dozwolone: ${PAYMENT_STATUSES.join(', ')})`);
	}
	return statuses as PaymentStatus[];
}

/** Unknown parameters are ignored (INFERRED), as a query string usually is. */
function readFilters(request: RecordedRequest): Filters {
	const problems = new Problems();
	const from = queryValue(request, 'dataOd');
	if (from === undefined || from === '') problems.add('dataOd', REQUIRED);
	else if (!isIsoDate(from)) problems.add('dataOd', 'nieprawidłowa data (format RRRR-MM-DD)');
	const toGiven = queryValue(request, 'dataDo');
	if (toGiven !== undefined && !isIsoDate(toGiven)) problems.add('dataDo', 'nieprawidłowa data (format RRRR-MM-DD)');
	const pageSize = readPositive(problems, 'iloscNaStronie', queryValue(request, 'iloscNaStronie'), DEFAULT_PAGE_SIZE);
	if (pageSize > MAX_PAGE_SIZE) problems.add('iloscNaStronie', `maksymalnie ${MAX_PAGE_SIZE}`);
	const filters: Filters = {
		from: from ?? '',
		to: toGiven ?? (from !== undefined && isIsoDate(from) ? addDays(from, DEFAULT_SPAN_DAYS) : ''),
		amountFrom: readAmount(problems, 'kwotaOd', queryValue(request, 'kwotaOd')),
		amountTo: readAmount(problems, 'kwotaDo', queryValue(request, 'kwotaDo')),
		contractor: queryValue(request, 'kontrahent'),
		nip: queryValue(request, 'nipKontrahenta'),
		kind: queryValue(request, 'typ'),
		statuses: readStatuses(problems, queryValue(request, 'status')),
		page: readPositive(problems, 'strona', queryValue(request, 'strona'), 1),
		pageSize,
	};
	problems.throwIfAny();
	return filters;
}

function matches(document: DocumentRecord, filters: Filters, today: string): boolean {
	const gross = centsOf(document.totals.gross);
	return (
		document.issueDate >= filters.from &&
		document.issueDate <= filters.to &&
		(filters.amountFrom === undefined || gross >= filters.amountFrom) &&
		(filters.amountTo === undefined || gross <= filters.amountTo) &&
		(filters.contractor === undefined || document.contractor.Identyfikator === filters.contractor) &&
		(filters.nip === undefined || normalizedNip(document.contractor.NIP) === normalizedNip(filters.nip)) &&
		(filters.kind === undefined || document.kind === filters.kind) &&
		(filters.statuses === undefined || filters.statuses.includes(paymentStatus(document, today)))
	);
}

function listItem(document: DocumentRecord, today: string): Record<string, unknown> {
	return {
		FakturaId: Number(document.id),
		PelnyNumer: document.fullNumber,
		Rodzaj: document.kind,
		DataWystawienia: document.issueDate,
		DataSprzedazy: document.saleDate,
		TerminPlatnosci: document.dueDate,
		Brutto: document.totals.gross,
		Netto: document.totals.net,
		Zaplacono: document.paid,
		Waluta: document.currency,
		KontrahentNazwa: document.contractor.Nazwa,
		IdentyfikatorKontrahenta: document.contractor.Identyfikator,
		NIPKontrahenta: document.contractor.NIP,
		CzyWyslano: document.sent,
		CzySzkic: false,
		StatusPlatnosci: paymentStatus(document, today),
	};
}

function list(store: IfirmaStore, request: RecordedRequest, proformas: boolean): Record<string, unknown>[] {
	const filters = readFilters(request);
	const start = (filters.page - 1) * filters.pageSize;
	return documentsOf(store)
		.filter((document) => (document.type === PROFORMA) === proformas && matches(document, filters, store.today))
		.sort((a, b) => a.issueDate.localeCompare(b.issueDate) || Number(a.id) - Number(b.id))
		.slice(start, start + filters.pageSize)
		.map((document) => listItem(document, store.today));
}

export const listEndpoints: readonly Endpoint[] = [
	// INFERRED texts.
	route('GET', '/iapi/faktury.json', ({ store, request }) => ok('Lista faktur', { Wynik: list(store, request, false) })),
	route('GET', '/iapi/proformy.json', ({ store, request }) =>
		ok('Lista faktur pro forma', { Wynik: list(store, request, true) }),
	),
];
