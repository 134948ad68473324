/**
 * Issuing a document (POST `<type>.json`): the shared rules of the Domestic invoice and Pro forma pages, the
 * type's own fields, dates against the accounting month, contractor resolution, totals and numbering.
 * Preparing and committing are apart so a request that issues two documents (pro forma `add.json`)
 * validates both before storing either.
 */
import { addDays, addMonths, monthStart } from '../common/dates';
import { accountingMonthLabel, isInAccountingMonth, lastDayOfAccountingMonth } from './accountingMonth';
import type { ContractorRecord, DocumentRecord, IfirmaStore } from './store';
import { contractorOf, resolveContractor } from './contractors';
import type { Resolution } from './contractors';
import type { DocumentType } from './documentTypes';
import type { CentTotals } from './lines';
import { computeTotals, readLines } from './lines';
import { amountOf } from './money';
import { fullNumber, isNumberTaken, MAX_NUMBER, nextNumber } from './numbering';
import { checkShape } from './shape';
import { FieldReader, Problems, REQUIRED } from './validation';

/** `SposobZaplaty` codes of the Domestic invoice and Pro forma pages. */
export const PAYMENT_METHODS = [
	'GTK', 'POB', 'PRZ', 'KAR', 'PZA', 'CZK', 'KOM', 'BAR', 'DOT', 'PAL', 'ALG', 'P24', 'TPA', 'ELE',
];
const SIGNATURE_KINDS = ['OUP', 'UPO', 'BPO', 'BWO'];
/** `< 100000000` in cents. */
const AMOUNT_LIMIT = 100000000n * 100n;
/** A bill may be issued up to 90 days after the sale (Bill page). */
const BILL_ISSUE_DAYS = 90;
/** A pro forma may be issued up to 7 days after the sale (Pro forma page). */
const PROFORMA_ISSUE_DAYS = 7;

export interface PreparedDocument {
	spec: DocumentType;
	/** The numbering series: the type, or `KOR` for corrections. */
	series: string;
	body: Record<string, unknown>;
	issueDate: string;
	saleDate: string | null;
	dueDate: string | null;
	currency: string;
	totals: CentTotals;
	paid: bigint;
	number: number;
	year: number;
	resolution: Resolution;
}

/** `Numer`: the key must be there; null takes the next number, a number already used is refused (INFERRED). */
function readNumber(
	store: IfirmaStore,
	reader: FieldReader,
	series: string,
	year: number | undefined,
): number | undefined {
	if (!('Numer' in reader.source)) {
		reader.fail('Numer', `${REQUIRED} (null oznacza kolejny numer z serii)`);
		return undefined;
	}
	const given = reader.source.Numer;
	if (given === null || given === undefined) return year === undefined ? undefined : nextNumber(store, series, year);
	if (typeof given !== 'number' || !Number.isInteger(given) || given < 1 || given > MAX_NUMBER) {
		reader.fail('Numer', 'wymagana liczba całkowita od 1 do 9999999999 albo null');
		return undefined;
	}
	if (year !== undefined && isNumberTaken(store, series, year, given)) {
		reader.fail('Numer', `numer ${fullNumber(series, given, year)} jest już wykorzystany`);
		return undefined;
	}
	return given;
}

function readAmount(reader: FieldReader, key: string, required: boolean): bigint | undefined {
	const cents = reader.decimal(key, 2, { required });
	if (cents === undefined) return undefined;
	if (cents < 0n) reader.fail(key, 'nie może być ujemna');
	else if (cents >= AMOUNT_LIMIT) reader.fail(key, 'musi być mniejsza od 100000000');
	return cents;
}

function fifteenthOfNextMonth(date: string): string {
	return `${addMonths(monthStart(date), 1).slice(0, 8)}15`;
}

interface Dates {
	issue?: string;
	sale?: string;
	due?: string;
}

/** Sale date in the open month, issue date after the sale but not too long after, payment due after the sale. */
function checkInvoiceDates(
	store: IfirmaStore,
	spec: DocumentType,
	reader: FieldReader,
	{ issue, sale, due }: Dates,
): void {
	if (sale !== undefined && !isInAccountingMonth(store, sale)) {
		// INFERRED code 201 (a validation error; 202, an account setting, would fit too).
		const month = accountingMonthLabel(store);
		reader.fail('DataSprzedazy', `data sprzedaży musi należeć do otwartego miesiąca księgowego ${month}`);
	}
	if (issue !== undefined && sale !== undefined) {
		if (issue < sale) reader.fail('DataWystawienia', 'nie może być wcześniejsza niż data sprzedaży');
		const latest = spec.bill ? addDays(sale, BILL_ISSUE_DAYS) : fifteenthOfNextMonth(sale);
		if (issue > latest) reader.fail('DataWystawienia', `nie może być późniejsza niż ${latest}`);
	}
	if (due !== undefined && sale !== undefined && due < sale) {
		reader.fail('TerminPlatnosci', 'nie może być wcześniejszy niż data sprzedaży');
	}
}

/** The Pro forma page's rules: no sale date needed; issued by the last day of the accounting month. */
function checkProformaDates(store: IfirmaStore, reader: FieldReader, { issue, sale, due }: Dates): void {
	if (issue !== undefined) {
		const lastDay = lastDayOfAccountingMonth(store);
		if (issue > lastDay) {
			reader.fail('DataWystawienia', `nie może być późniejsza niż ostatni dzień miesiąca księgowego (${lastDay})`);
		}
		if (sale !== undefined && issue < sale) {
			reader.fail('DataWystawienia', 'nie może być wcześniejsza niż data sprzedaży');
		}
		const latest = sale === undefined ? undefined : addDays(sale, PROFORMA_ISSUE_DAYS);
		if (latest !== undefined && issue > latest) {
			reader.fail('DataWystawienia', `nie może być późniejsza niż ${latest} (data sprzedaży + 7 dni)`);
		}
	}
	// INFERRED: without a sale date the due date is measured from the issue date.
	const from = sale ?? issue;
	if (due !== undefined && from !== undefined && due < from) {
		reader.fail('TerminPlatnosci', `nie może być wcześniejszy niż ${sale ? 'data sprzedaży' : 'data wystawienia'}`);
	}
}

function readCommonFields(reader: FieldReader): void {
	reader.choice('SposobZaplaty', PAYMENT_METHODS, { required: true });
	reader.choice('RodzajPodpisuOdbiorcy', SIGNATURE_KINDS, { required: true });
	reader.text('NumerKontaBankowego', { max: 28 });
	reader.text('MiejsceWystawienia', { max: 50 });
	reader.text('PodpisOdbiorcy', { max: 70 });
	reader.text('PodpisWystawcy', { max: 70 });
	reader.text('Uwagi', { max: 1000 });
	if (!reader.has('WidocznyNumerGios') && !reader.has('WidocznyNumerBdo')) {
		reader.fail('WidocznyNumerGios', `${REQUIRED} (albo WidocznyNumerBdo)`);
	}
}

/** Validates a shape-checked body; problems go to `problems`, and undefined comes back when there are any. */
export function prepareDocument(
	store: IfirmaStore,
	spec: DocumentType,
	fields: Record<string, unknown>,
	problems: Problems,
): PreparedDocument | undefined {
	const reader = new FieldReader(fields, problems);
	// INFERRED: a bill has no VAT, so how its prices count does not matter and `LiczOd` is optional.
	const countFrom = reader.choice('LiczOd', ['NET', 'BRT'], { required: !spec.bill }) as 'NET' | 'BRT' | undefined;
	const issueDate = reader.date('DataWystawienia', { required: true });
	const saleDate = reader.date('DataSprzedazy', { required: !spec.proforma });
	reader.choice('FormatDatySprzedazy', ['DZN', 'MSC'], { required: !spec.proforma });
	const dueDate = reader.date('TerminPlatnosci');
	readCommonFields(reader);
	const currency = spec.readExtras(reader);
	const dates = { issue: issueDate, sale: saleDate, due: dueDate };
	if (spec.proforma) checkProformaDates(store, reader, dates);
	else checkInvoiceDates(store, spec, reader, dates);
	const year = issueDate === undefined ? undefined : Number(issueDate.slice(0, 4));
	const number = readNumber(store, reader, spec.type, year);
	const paid = readAmount(reader, 'Zaplacono', !spec.proforma);
	const paidOnDocument = readAmount(reader, 'ZaplaconoNaDokumencie', !spec.proforma);
	const lines = readLines(fields, problems, !spec.bill);
	const totals = lines === undefined ? undefined : computeTotals(lines, countFrom ?? 'BRT');
	if (totals !== undefined) {
		for (const [key, amount] of [['Zaplacono', paid], ['ZaplaconoNaDokumencie', paidOnDocument]] as const) {
			if (amount !== undefined && amount > totals.gross) {
				reader.fail(key, `nie może przekraczać kwoty brutto (${amountOf(totals.gross)})`);
			}
		}
	}
	const resolution = resolveContractor(store, fields, problems);
	const complete = issueDate !== undefined && year !== undefined && number !== undefined;
	if (!problems.empty || !complete || totals === undefined || resolution === undefined) return undefined;
	// Seed helpers' objects may hold undefined values; the stored body is what JSON would have carried.
	const body = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
	if (typeof body.TypFakturyKrajowej === 'string') body.TypFakturyKrajowej = body.TypFakturyKrajowej.toUpperCase();
	return {
		spec,
		series: spec.type,
		body,
		issueDate,
		saleDate: saleDate ?? null,
		dueDate: dueDate ?? null,
		currency,
		totals,
		paid: paid ?? 0n,
		number,
		year,
		resolution,
	};
}

export interface Links {
	/** Use this contractor instead of the resolution (the invoice of `add.json` shares the pro forma's). */
	contractor?: ContractorRecord;
	proformaId?: string;
}

export function commitDocument(store: IfirmaStore, prepared: PreparedDocument, links: Links = {}): DocumentRecord {
	const { spec, body, totals } = prepared;
	const record: DocumentRecord = {
		id: String(store.documentIds.take()),
		type: spec.type,
		kind: spec.kind,
		series: prepared.series,
		number: prepared.number,
		fullNumber: fullNumber(prepared.series, prepared.number, prepared.year),
		issueDate: prepared.issueDate,
		saleDate: prepared.saleDate,
		dueDate: prepared.dueDate,
		currency: prepared.currency,
		body,
		contractor: { ...(links.contractor ?? contractorOf(store, prepared.resolution)) },
		totals: { net: amountOf(totals.net), vat: amountOf(totals.vat), gross: amountOf(totals.gross) },
		paid: amountOf(prepared.paid),
		sent: false,
		orderNumber: typeof body.NumerZamowienia === 'string' ? body.NumerZamowienia : null,
		proformaId: links.proformaId ?? null,
		invoiceId: null,
		correctedId: null,
		correctionReason: null,
		linesBefore: null,
	};
	store.documents.set(record.id, record);
	return record;
}

/** POST `<type>.json`, and the seed helper: Kod 200 for a malformed body, 201 naming every failed rule. */
export function issueDocument(store: IfirmaStore, spec: DocumentType, body: unknown): DocumentRecord {
	const fields = checkShape(body, spec.fields);
	const problems = new Problems();
	const prepared = prepareDocument(store, spec, fields, problems);
	problems.throwIfAny();
	if (prepared === undefined) throw new Error('a document without problems was not prepared');
	return commitDocument(store, prepared);
}
