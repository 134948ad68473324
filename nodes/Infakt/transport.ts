import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import type { Expectation } from '../core/answers';
import type { ProviderFailure } from '../core/errors';
import type { ListLimits } from '../core/pagination';
import { collectPages } from '../core/pagination';
import type { RateLimit } from '../core/pacing';
import type { ApiResponse, RequestContext, ServiceDefinition } from '../core/transport';
import { sendRequest } from '../core/transport';
import { apiBaseUrl, credentialSecrets, CREDENTIAL_TYPE } from './auth';
import { SERVICE_NAME } from './mapping/codes';
import { describeErrors } from './mapping/fields';
import type { ListPage } from './mapping/list';
import { readListPage } from './mapping/list';

/** Lists serve at most 100 records a page. */
export const MAX_PAGE_SIZE = 100;

/** Per key, every 60 seconds: 300 reads and 150 writes (docs/services/infakt.md, "Limits"). */
const RATE_LIMITS: RateLimit[] = [
	{ requests: 300, perMs: 60_000, scope: 'read' },
	{ requests: 150, perMs: 60_000, scope: 'write' },
];

function isRecord(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{"error":"…"}`, `{"errors":{field:[…]}}` (422), or `{"message":"…"}` as some answers have it. */
export function readInfaktFailure(status: number, body: unknown): ProviderFailure {
	if (isRecord(body)) {
		const fields = describeErrors(body.errors);
		if (fields !== undefined) return { message: fields, status, hint: 'Correct the fields named above.' };
		for (const said of [body.error, body.message]) {
			if (typeof said === 'string' && said.trim() !== '') return { message: said.trim(), status };
		}
	}
	return { message: `The service answered with HTTP ${status}`, status };
}

export const infakt: ServiceDefinition = {
	name: SERVICE_NAME,
	credentialType: CREDENTIAL_TYPE,
	baseUrl: apiBaseUrl,
	secrets: credentialSecrets,
	readFailure: readInfaktFailure,
	hints: {
		401: 'Check the API key in the inFakt credential: copy it again from inFakt → Account settings → API, and check the environment (production or sandbox).',
		402: 'The inFakt plan of this account does not allow more of this (e.g. invoices this month). Check the subscription in inFakt.',
		403: 'The API key lacks the scope for this (api:invoices:read to read, api:invoices:write to change anything), or inFakt blocks this IP address. Check the key in inFakt → Account settings → API.',
		404: 'Check the ID: the record does not exist in this account, or it was deleted.',
		423: 'inFakt is processing the invoice (e.g. sending it to KSeF) and it is locked for now. Try again later.',
	},
	rateLimits: RATE_LIMITS,
};

export interface InfaktCall {
	qs?: IDataObject;
	body?: IDataObject;
	expect?: Expectation;
	itemIndex?: number;
}

export async function infaktRequest<T = IDataObject>(ctx: RequestContext, method: IHttpRequestMethods, path: string, call: InfaktCall = {}): Promise<T> {
	return (await infaktResponse<T>(ctx, method, path, call)).body;
}

/** The whole answer, for the writes whose status says what happened (201 or 202). */
export async function infaktResponse<T = IDataObject>(ctx: RequestContext, method: IHttpRequestMethods, path: string, call: InfaktCall = {}): Promise<ApiResponse<T>> {
	return await sendRequest<T>(ctx, infakt, { method, path, qs: call.qs, body: call.body, expect: call.expect ?? 'object', itemIndex: call.itemIndex });
}

/** One page of a list, from `offset`; a list answer without the envelope fails as unreadable. */
export async function infaktPage(ctx: RequestContext, path: string, qs: IDataObject, offset: number, limit: number, itemIndex?: number): Promise<ListPage> {
	const body = await infaktRequest<unknown>(ctx, 'GET', path, { qs: { ...qs, offset, limit }, itemIndex });
	const page = readListPage(body);
	if (page === undefined) throw new Error(`${SERVICE_NAME}: the answer could not be read: it was not a list (no "entities")`);
	return page;
}

/** A list read by offset until the limit, or until `total_count` records are read. */
export async function infaktList(ctx: RequestContext, path: string, qs: IDataObject, limits: ListLimits, itemIndex?: number): Promise<IDataObject[]> {
	return await collectPages<IDataObject>({
		...limits,
		maxPageSize: MAX_PAGE_SIZE,
		fetchPage: async (page, pageSize) => {
			const offset = (page - 1) * pageSize;
			const { entities, totalCount } = await infaktPage(ctx, path, qs, offset, pageSize, itemIndex);
			return { records: entities, hasMore: entities.length > 0 && offset + entities.length < totalCount };
		},
	});
}

export async function infaktDownload(ctx: RequestContext, path: string, qs: IDataObject, itemIndex: number): Promise<ApiResponse<Buffer>> {
	return await sendRequest<Buffer>(ctx, infakt, { method: 'GET', path, qs, binary: true, itemIndex });
}
