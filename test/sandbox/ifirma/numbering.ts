/**
 * Document numbers: one series per type, `N/YYYY` by year of issue (the Pro forma page's `314/2014`; the
 * series format is the sandbox's choice), and finding a document by id or by number with `/` written as `_`
 * (Pro forma page: `314/2014` → `314_2014`).
 */
import type { DocumentRecord, IfirmaStore } from './store';
import { documentsOf } from './store';

/** INFERRED: corrections get their own series, printed `KOR/N/YYYY`. */
export const CORRECTION_SERIES = 'KOR';

/** The `Numer` field: "<= 10 znaków". */
export const MAX_NUMBER = 9999999999;

export function fullNumber(series: string, number: number, year: number): string {
	return series === CORRECTION_SERIES ? `${CORRECTION_SERIES}/${number}/${year}` : `${number}/${year}`;
}

function numbersOf(store: IfirmaStore, series: string, year: number): number[] {
	return documentsOf(store)
		.filter((document) => document.series === series && document.issueDate.startsWith(`${year}-`))
		.map((document) => document.number);
}

export function isNumberTaken(store: IfirmaStore, series: string, year: number, number: number): boolean {
	return numbersOf(store, series, year).includes(number);
}

/** `Numer: null` takes the next number after the highest of the series and year. */
export function nextNumber(store: IfirmaStore, series: string, year: number): number {
	return Math.max(0, ...numbersOf(store, series, year)) + 1;
}

/** `x` as a path gives it: the numeric id or the full number with underscores. */
export function findDocument(
	store: IfirmaStore,
	x: string,
	accept: (document: DocumentRecord) => boolean,
): DocumentRecord | undefined {
	if (/^\d+$/.test(x)) {
		const byId = store.documents.get(x);
		return byId !== undefined && accept(byId) ? byId : undefined;
	}
	// Types number independently, so `1_2026` names one document per type.
	const number = x.replace(/_/g, '/');
	return documentsOf(store).find((document) => document.fullNumber === number && accept(document));
}
