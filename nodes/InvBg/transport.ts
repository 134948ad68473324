import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import { xmlInFormFieldCodec } from '../core/codecs';
import type { ListLimits } from '../core/pagination';
import { collectPages } from '../core/pagination';
import type { ApiResponse, RequestContext, ServiceDefinition } from '../core/transport';
import { sendRequest } from '../core/transport';
import { CREDENTIAL_TYPE, credentialSecrets, v1Url, v3BaseUrl } from './auth';
import { v1Failure, v1Result, v3Failure } from './mapping/failures';
import type { ListEndpoint } from './mapping/list';
import { pageQuery, readListPage } from './mapping/list';

/** v3 serves at most 100 records a page (third-party MCP pages). */
export const MAX_PAGE_SIZE = 100;

export const invBgV3: ServiceDefinition = {
	name: 'inv.bg',
	credentialType: CREDENTIAL_TYPE,
	baseUrl: v3BaseUrl,
	secrets: credentialSecrets,
	readFailure: v3Failure,
	hints: {
		401: 'Check the e-mail, password and company domain in the inv.bg credential.',
		404: 'Check the ID: the record may not exist in this company, or it was deleted.',
	},
	expiringToken: true,
};

export const invBgV1: ServiceDefinition = {
	name: 'inv.bg',
	credentialType: CREDENTIAL_TYPE,
	baseUrl: v1Url,
	// The login travels in every document, so the username is kept out of errors and items too.
	secrets: (credentials) => [...credentialSecrets(credentials), typeof credentials.username === 'string' ? credentials.username.trim() || undefined : undefined],
	readFailure: (status, body) => v1Failure(body) ?? { message: `The service answered with HTTP ${status}` },
	envelopeFailure: v1Failure,
	isOwnAnswer: (body) => v1Result(body) !== undefined,
	codec: xmlInFormFieldCodec('XMLDATA', 'request'),
};

export interface V3Call {
	qs?: IDataObject;
	body?: IDataObject;
	itemIndex?: number;
}

/** A v3 request whose answer is a record (or an ID); a refusal has already failed in the service's words. */
export async function v3Request(ctx: RequestContext, method: IHttpRequestMethods, path: string, call: V3Call = {}): Promise<IDataObject> {
	const response = await sendRequest<IDataObject>(ctx, invBgV3, { method, path, qs: call.qs, body: call.body, expect: 'object', itemIndex: call.itemIndex });
	return response.body;
}

/** A v3 change answered 204 with no body (PATCH, DELETE). */
export async function v3Change(ctx: RequestContext, method: IHttpRequestMethods, path: string, call: V3Call = {}): Promise<void> {
	await sendRequest<unknown>(ctx, invBgV3, { method, path, body: call.body, expect: 'nothing', itemIndex: call.itemIndex });
}

export interface V3Page {
	records: IDataObject[];
	total: number;
}

/** One page of a list, and how many records the list has in all. */
export async function v3Page(ctx: RequestContext, list: ListEndpoint, query: IDataObject, page: number, perPage: number, itemIndex?: number): Promise<V3Page> {
	return readListPage(await v3Request(ctx, 'GET', list.path, { qs: pageQuery(query, page, perPage), itemIndex }), list);
}

/** Whether pages after this one hold more, counted from the answer's `total`. */
export function hasMorePages(page: number, perPage: number, found: number, total: number): boolean {
	return found > 0 && page * perPage < total;
}

/** A list read page by page until the limit, or until `total` is reached. */
export async function v3List(ctx: RequestContext, list: ListEndpoint, query: IDataObject, limits: ListLimits, itemIndex?: number): Promise<IDataObject[]> {
	return await collectPages<IDataObject>({
		...limits,
		maxPageSize: MAX_PAGE_SIZE,
		fetchPage: async (page, perPage) => {
			const { records, total } = await v3Page(ctx, list, query, page, perPage, itemIndex);
			return { records, hasMore: hasMorePages(page, perPage, records.length, total) };
		},
	});
}

/** A file (the invoice's PDF); a refusal answered as JSON fails like any other answer. */
export async function v3Download(ctx: RequestContext, path: string, itemIndex: number): Promise<ApiResponse<Buffer>> {
	return await sendRequest<Buffer>(ctx, invBgV3, { method: 'GET', path, binary: true, itemIndex });
}

/** One XML document posted to the v1 API; its `<result>` when inv.bg answered OK. */
export async function v1Post(ctx: RequestContext, document: IDataObject, itemIndex: number): Promise<IDataObject> {
	const response = await sendRequest<unknown>(ctx, invBgV1, { method: 'POST', path: '', body: document, expect: 'object', itemIndex });
	return v1Result(response.body) as IDataObject;
}
