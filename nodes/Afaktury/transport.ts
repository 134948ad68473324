import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import { jsonInQueryCodec } from '../core/codecs';
import type { ProviderFailure } from '../core/errors';
import type { ListLimits } from '../core/pagination';
import { collectPages } from '../core/pagination';
import type { RateLimit } from '../core/pacing';
import type { ApiResponse, RequestContext, ServiceDefinition } from '../core/transport';
import { sendRequest } from '../core/transport';
import { apiBaseUrl, BROWSER_USER_AGENT, credentialSecrets, CREDENTIAL_TYPE } from './auth';
import type { Envelope } from './mapping/envelope';
import { readEnvelope, refusalMessage } from './mapping/envelope';

/** Records per page of a list; the API documents no maximum, and Cloudflare frowns on many small requests. */
const MAX_PAGE_SIZE = 100;

/**
 * No limit is documented, but Cloudflare blocks bursts: one request every half second is what the
 * third-party client found safe (docs/services/afaktury.md, "Bot protection").
 */
const RATE_LIMITS: RateLimit[] = [{ requests: 1, perMs: 500 }];

function failureOf(body: unknown, status?: number): ProviderFailure | undefined {
	const envelope = readEnvelope(body);
	if (envelope === undefined || envelope.result) return undefined;
	const message = refusalMessage(envelope);
	const hint = envelope.errors.includes('Invalid authentication')
		? 'Check the token, or the account ID and key, in the Afaktury credential: copy them again from afaktury.pl → Settings → API key.'
		: undefined;
	return { message, ...(hint !== undefined && { hint }), ...(status !== undefined && { status }) };
}

export const afaktury: ServiceDefinition = {
	name: 'Afaktury',
	credentialType: CREDENTIAL_TYPE,
	baseUrl: apiBaseUrl,
	secrets: credentialSecrets,
	readFailure: (status, body) => failureOf(body, status) ?? { message: `The service answered with HTTP ${status}` },
	envelopeFailure: (body) => failureOf(body),
	isOwnAnswer: (body) => readEnvelope(body) !== undefined,
	hints: { 404: 'Nothing answers at this address. Check the custom API Address in the Afaktury credential.' },
	rateLimits: RATE_LIMITS,
	codec: jsonInQueryCodec('data'),
	headers: { 'User-Agent': BROWSER_USER_AGENT },
};

export interface AfakturyCall {
	/** GET: the object that goes, as JSON, in the `data` query parameter. */
	qs?: IDataObject;
	body?: IDataObject;
	itemIndex?: number;
}

/** One request, its envelope read; a refusal (`result: false`) has already failed in the service's words. */
export async function afakturyRequest(ctx: RequestContext, method: IHttpRequestMethods, path: string, call: AfakturyCall = {}): Promise<Envelope> {
	const response = await sendRequest<unknown>(ctx, afaktury, { method, path, qs: call.qs, body: call.body, expect: 'object', itemIndex: call.itemIndex });
	return readEnvelope(response.body) as Envelope;
}

/** One page of a list, and how many pages there are. */
export async function afakturyPage(ctx: RequestContext, path: string, query: IDataObject, page: number, count: number, itemIndex?: number): Promise<Envelope> {
	return await afakturyRequest(ctx, 'GET', path, { qs: { ...query, page, count }, itemIndex });
}

/** A list read page by page until the limit, or the last page the answer's `pages` names. */
export async function afakturyList(ctx: RequestContext, path: string, query: IDataObject, limits: ListLimits, itemIndex?: number): Promise<IDataObject[]> {
	return await collectPages<IDataObject>({
		...limits,
		maxPageSize: MAX_PAGE_SIZE,
		fetchPage: async (page, pageSize) => {
			const envelope = await afakturyPage(ctx, path, query, page, pageSize, itemIndex);
			const hasMore = envelope.pages === undefined ? envelope.records.length === pageSize : page < envelope.pages;
			return { records: envelope.records, hasMore: hasMore && envelope.records.length > 0 };
		},
	});
}

/** A PDF; a refusal answered as the JSON envelope fails like any other answer. */
export async function afakturyDownload(ctx: RequestContext, path: string, query: IDataObject, itemIndex: number): Promise<ApiResponse<Buffer>> {
	return await sendRequest<Buffer>(ctx, afaktury, { method: 'GET', path, qs: query, binary: true, itemIndex });
}
