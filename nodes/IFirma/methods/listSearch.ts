import type { ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import type { SimpleInvoice } from '../../core/canonical';
import { CORRECTED_TYPE } from '../mapping/actions';
import { clientSearchPath, SEARCH_NO_MATCH, searchResults, simplifyClient } from '../mapping/contractor';
import { simplifyDocument } from '../mapping/document';
import { invoiceType } from '../mapping/documentTypes';
import { INVOICE_LIST_PATH, listEntries, listQuery, MAX_PAGE_SIZE, pageQuery, PROFORMA_LIST_PATH } from '../mapping/lists';
import { ifirmaRequest } from '../transport';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Lists go by issue date and come in no documented order, so the picker reads them in windows of issue
 * dates, newest first, back for a year: a month, then two, three and six more months, so that a year
 * costs four requests of the account's 100 a minute. The first window ends a day after today in UTC, so
 * an invoice issued today in any time zone is in it.
 */
const WINDOW_ENDS_DAYS_BACK = [31, 92, 183, 366];

/** A dropdown page gathers at least this many documents, so a rare search does not end in an empty list that cannot scroll on. */
const ENOUGH = 20;

interface Position {
	window: number;
	page: number;
}

function positionOf(token: string | undefined): Position {
	const [window, page] = (token ?? '').split(':').map(Number);
	return Number.isInteger(window) && Number.isInteger(page) && window >= 0 && page >= 1 ? { window, page } : { window: 0, page: 1 };
}

function daysBack(days: number): string {
	return new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);
}

function windowOf(index: number): { issuedFrom: string; issuedTo: string } {
	const newest = index === 0 ? -1 : WINDOW_ENDS_DAYS_BACK[index - 1];
	return { issuedFrom: daysBack(WINDOW_ENDS_DAYS_BACK[index] - 1), issuedTo: daysBack(newest) };
}

function nextPosition({ window, page }: Position, fullPage: boolean): Position | undefined {
	if (fullPage) return { window, page: page + 1 };
	return window + 1 < WINDOW_ENDS_DAYS_BACK.length ? { window: window + 1, page: 1 } : undefined;
}

function newestFirst(a: SimpleInvoice, b: SimpleInvoice): number {
	return (b.issueDate ?? '').localeCompare(a.issueDate ?? '') || Number(b.id) - Number(a.id);
}

function documentItem(document: SimpleInvoice): INodeListSearchItems {
	const details = [document.buyer.name, document.issueDate].filter((part) => part !== null).join(', ');
	return { name: details === '' ? String(document.number) : `${String(document.number)} (${details})`, value: String(document.id) };
}

/** A parameter the picker narrows its list by; one set by an expression that needs input data cannot be read while editing. */
function parameterText(ctx: ILoadOptionsFunctions, name: string): string | undefined {
	try {
		const value = ctx.getNodeParameter(name, '') as unknown;
		return typeof value === 'string' && value !== '' ? value : undefined;
	} catch {
		return undefined;
	}
}

/** The type of invoice the operation is about, so the list holds only those: a payment's, a correction's, or the chosen document type's. */
function invoiceTypeCode(ctx: ILoadOptionsFunctions): string | undefined {
	if (parameterText(ctx, 'resource') === 'payment') return parameterText(ctx, 'invoiceType');
	if (parameterText(ctx, 'operation') === 'correct') return CORRECTED_TYPE.code;
	const endpoint = parameterText(ctx, 'documentType');
	return endpoint === undefined ? undefined : invoiceType(endpoint)?.code;
}

async function searchDocuments(
	ctx: ILoadOptionsFunctions,
	path: string,
	typeCode: string | undefined,
	filter: string | undefined,
	token: string | undefined,
): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const matches = (document: SimpleInvoice) =>
		needle === '' || [document.number, document.buyer.name].some((text) => text !== null && text.toLowerCase().includes(needle));
	const results: INodeListSearchItems[] = [];
	let position: Position | undefined = positionOf(token);
	while (position !== undefined && results.length < ENOUGH) {
		const qs = { ...listQuery({ ...windowOf(position.window), typeCode }), ...pageQuery(position.page, MAX_PAGE_SIZE) };
		const entries = listEntries((await ifirmaRequest(ctx, 'GET', path, { qs })).payload);
		results.push(...entries.map((entry) => simplifyDocument(entry)).filter(matches).sort(newestFirst).map(documentItem));
		position = nextPosition(position, entries.length === MAX_PAGE_SIZE);
	}
	return { results, paginationToken: position === undefined ? undefined : `${position.window}:${position.page}` };
}

export const listSearch = {
	/** iFirma's search matches the phrase in names, NIPs and identifiers and answers at most 20 clients. */
	async searchClients(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const phrase = (filter ?? '').trim();
		if (phrase === '') return { results: [] };
		const answer = await ifirmaRequest(this, 'GET', clientSearchPath(phrase), { acceptCodes: [SEARCH_NO_MATCH] });
		const results = searchResults(answer.payload)
			.map(simplifyClient)
			.map((client) => ({ name: client.taxId === null ? String(client.name) : `${String(client.name)} (${client.taxId})`, value: String(client.id) }));
		return { results };
	},

	async searchInvoices(this: ILoadOptionsFunctions, filter?: string, token?: string): Promise<INodeListSearchResult> {
		return await searchDocuments(this, INVOICE_LIST_PATH, invoiceTypeCode(this), filter, token);
	},

	async searchProformas(this: ILoadOptionsFunctions, filter?: string, token?: string): Promise<INodeListSearchResult> {
		return await searchDocuments(this, PROFORMA_LIST_PATH, undefined, filter, token);
	},
};
