import type { ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { simpleText } from '../../core/canonical';
import { documentListItem } from '../mapping/document';
import { listQuery } from '../mapping/list';
import { DEFAULT_MODULE, isDocumentModule, listPath, PRODUCT_LIST_PATH } from '../mapping/modules';
import { afakturyPage } from '../transport';

/** A dropdown page: enough to scroll on, few enough for one request. */
const PAGE_SIZE = 50;

/** The document type the node is set to; one set by an expression that needs input data cannot be read while editing. */
function documentModule(ctx: ILoadOptionsFunctions): string {
	try {
		const value = ctx.getNodeParameter('documentType', DEFAULT_MODULE) as unknown;
		return typeof value === 'string' && isDocumentModule(value) ? value : DEFAULT_MODULE;
	} catch {
		return DEFAULT_MODULE;
	}
}

function pageOf(token: string | undefined): number {
	const page = Number(token);
	return Number.isInteger(page) && page >= 1 ? page : 1;
}

function nextToken(page: number, pages: number | undefined, found: number): string | undefined {
	const more = pages === undefined ? found === PAGE_SIZE : page < pages;
	return more ? String(page + 1) : undefined;
}

export const listSearch = {
	/** Newest first, by Afaktury's own phrase search (number, buyer). */
	async searchDocuments(this: ILoadOptionsFunctions, filter?: string, token?: string): Promise<INodeListSearchResult> {
		const page = pageOf(token);
		const query = listQuery({ phrase: filter, sortDescending: true });
		const envelope = await afakturyPage(this, listPath(documentModule(this)), query, page, PAGE_SIZE);
		return { results: envelope.records.map(documentListItem), paginationToken: nextToken(page, envelope.pages, envelope.records.length) };
	},

	async searchProducts(this: ILoadOptionsFunctions, filter?: string, token?: string): Promise<INodeListSearchResult> {
		const page = pageOf(token);
		const envelope = await afakturyPage(this, PRODUCT_LIST_PATH, listQuery({ phrase: filter }), page, PAGE_SIZE);
		const results: INodeListSearchItems[] = envelope.records.map((record) => {
			const code = simpleText(record.productNumber);
			const name = simpleText(record.name) ?? String(record.id);
			return { name: code === null ? name : `${name} (${code})`, value: String(record.id) };
		});
		return { results, paginationToken: nextToken(page, envelope.pages, envelope.records.length) };
	},
};
