/**
 * POST `fakturakraj/korekta/<x>.json`: a correction of a domestic invoice. The path and the reasons are known
 * (the MCP server's findings, iFirmaBundle); the body is INFERRED: `PowodKorekty`, `DataWystawienia`, the
 * lines as they are after the correction (same rules as on an invoice) and optional `Uwagi`. The correction
 * is a `fakturakraj` document of its own series, `KOR/N/YYYY`, whose totals are the change: after − before.
 */
import { accountingMonthLabel, isInAccountingMonth } from './accountingMonth';
import { documentNotFound } from './envelope';
import type { Endpoint } from './endpoint';
import { ok, route } from './endpoint';
import { documentType, DOMESTIC } from './documentTypes';
import { commitDocument } from './issue';
import type { CentTotals } from './lines';
import { computeTotals, LINE_FIELDS, readLines } from './lines';
import { CORRECTION_SERIES, findDocument, nextNumber } from './numbering';
import { checkShape } from './shape';
import type { DocumentRecord, IfirmaStore } from './store';
import { FieldReader, Problems } from './validation';

export const CORRECTION_REASONS = ['OBOW_RABAT', 'ZWR_SPRZ_TOW', 'ZWR_NAB_KWOT', 'ZWR_NAB_ZAL', 'PODW_CENY', 'POMYLKI'];

/** Fields of the corrected document a correction does not inherit. */
const NOT_INHERITED = new Set(['Numer', 'Pozycje', 'Uwagi', 'DataWystawienia', 'Zaplacono', 'ZaplaconoNaDokumencie']);

function countFromOf(document: DocumentRecord): 'NET' | 'BRT' {
	return document.body.LiczOd === 'NET' ? 'NET' : 'BRT';
}

/** The corrected document's totals as its lines state them (a correction's own totals are a difference). */
function statedTotals(document: DocumentRecord): CentTotals {
	const lines = readLines(document.body, new Problems(), true);
	if (lines === undefined) throw new Error(`stored lines of ${document.fullNumber} no longer read`);
	return computeTotals(lines, countFromOf(document));
}

function correct(store: IfirmaStore, x: string, body: unknown): DocumentRecord {
	const original = findDocument(store, x, (candidate) => candidate.type === DOMESTIC);
	if (original === undefined) throw documentNotFound();
	const fields = checkShape(body, {
		PowodKorekty: 'string',
		DataWystawienia: 'string',
		Pozycje: { arrayOf: LINE_FIELDS },
		Uwagi: 'string',
	});
	const problems = new Problems();
	const reader = new FieldReader(fields, problems);
	reader.choice('PowodKorekty', CORRECTION_REASONS, { required: true });
	const issueDate = reader.date('DataWystawienia', { required: true });
	reader.text('Uwagi', { max: 1000 });
	// INFERRED: a correction is booked in the open month and cannot predate what it corrects.
	if (issueDate !== undefined && issueDate < original.issueDate) {
		reader.fail(
			'DataWystawienia',
			`nie może być wcześniejsza niż data wystawienia faktury korygowanej (${original.issueDate})`,
		);
	}
	if (issueDate !== undefined && !isInAccountingMonth(store, issueDate)) {
		reader.fail('DataWystawienia', `musi należeć do otwartego miesiąca księgowego ${accountingMonthLabel(store)}`);
	}
	const lines = readLines(fields, problems, true);
	problems.throwIfAny();
	const spec = documentType(DOMESTIC);
	if (lines === undefined || issueDate === undefined || spec === undefined) {
		throw new Error('a correction without problems was not read');
	}
	const before = statedTotals(original);
	const after = computeTotals(lines, countFromOf(original));
	const year = Number(issueDate.slice(0, 4));
	const inherited = Object.fromEntries(Object.entries(original.body).filter(([key]) => !NOT_INHERITED.has(key)));
	const record = commitDocument(
		store,
		{
			spec,
			series: CORRECTION_SERIES,
			body: { ...inherited, ...fields },
			issueDate,
			saleDate: original.saleDate,
			dueDate: original.dueDate,
			currency: original.currency,
			totals: { net: after.net - before.net, vat: after.vat - before.vat, gross: after.gross - before.gross },
			paid: 0n,
			number: nextNumber(store, CORRECTION_SERIES, year),
			year,
			resolution: { existing: original.contractor },
		},
		{ contractor: original.contractor },
	);
	record.kind = original.kind;
	record.correctedId = original.id;
	record.correctionReason = typeof fields.PowodKorekty === 'string' ? fields.PowodKorekty : null;
	record.linesBefore = Array.isArray(original.body.Pozycje) ? original.body.Pozycje : [];
	return record;
}

export const correctionEndpoints: readonly Endpoint[] = [
	route('POST', '/iapi/fakturakraj/korekta/:x.json', ({ store, params, body }) =>
		// INFERRED text.
		ok('Faktura korygująca została pomyślnie dodana.', { Identyfikator: correct(store, params.x ?? '', body).id }),
	),
];
