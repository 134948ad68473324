import type { ICredentialDataDecryptedObject, IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';

import type { FieldError, ProviderFailure } from '../core/errors';
import { inputError } from '../core/errors';
import { statusErrorEnvelope } from '../core/envelopes';
import type { ListLimits } from '../core/pagination';
import { collectPages } from '../core/pagination';
import type { Expectation } from '../core/answers';
import type { ApiResponse, RequestContext, ServiceDefinition } from '../core/transport';
import { sendRequest } from '../core/transport';
import { accountBaseUrl, partnerBaseUrl } from './auth';

/** Lists are served at most 100 records a page (Fakturownia's docs); the default of 25 would cost four times the requests. */
export const MAX_PAGE_SIZE = 100;

export const CREDENTIAL_TYPE = 'bitFakturaApi';

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asMessages(value: unknown): string[] {
	if (Array.isArray(value)) return value.map(String);
	return [String(value)];
}

/** Errors come as `{"code":"error","message":…}`, the message a text or a map of field → messages. */
export function readBitFakturaFailure(status: number, body: unknown): ProviderFailure {
	if (isRecord(body)) {
		const said = body.message ?? body.error ?? body.errors;
		if (isRecord(said)) {
			const fieldErrors: FieldError[] = Object.entries(said).map(([field, messages]) => ({
				field,
				messages: asMessages(messages),
			}));
			return { message: 'The record was not accepted', fieldErrors };
		}
		if (typeof said === 'string' && said !== '') return { message: said };
	}
	if (typeof body === 'string' && body.trim() !== '' && !body.trimStart().startsWith('<')) {
		return { message: body.trim().slice(0, 300) };
	}
	return { message: `The service answered with HTTP ${status}` };
}

const account = (credentials: ICredentialDataDecryptedObject) => String(credentials.account ?? '');

/** The account's own address: every call but the partner ones. */
export const bitFaktura: ServiceDefinition = {
	name: 'BitFaktura',
	credentialType: CREDENTIAL_TYPE,
	baseUrl: (credentials) => accountBaseUrl(account(credentials)),
	secrets: (credentials) => [credentials.apiToken as string, credentials.integrationToken as string],
	readFailure: readBitFakturaFailure,
	envelopeFailure: statusErrorEnvelope,
	hints: {
		401: 'Check the API token in the BitFaktura credential (Settings → Account settings → Integration).',
		404: 'Check the ID: the record does not exist in this account, or it was deleted.',
	},
};

/** The brand's app address, where partners log users in and create users and accounts. */
export const bitFakturaPartner: ServiceDefinition = {
	...bitFaktura,
	baseUrl: (credentials) => partnerBaseUrl(account(credentials)),
	hints: {
		401: 'Check the Integration Token in the BitFaktura credential, and the login and password.',
	},
};

export interface BitFakturaCall {
	qs?: IDataObject;
	body?: IDataObject | Buffer;
	headers?: IDataObject;
	/** What a successful answer is: a record, a list, or nothing to read (deletes and actions). */
	expect?: Expectation;
	/** A POST that only reads (log in) is repeated like a read when the service is busy. */
	safe?: boolean;
	itemIndex?: number;
}

export async function bitFakturaRequest<T>(
	ctx: RequestContext,
	method: IHttpRequestMethods,
	path: string,
	call: BitFakturaCall = {},
): Promise<T> {
	const response = await sendRequest<T>(ctx, bitFaktura, { method, path, ...call });
	return response.body;
}

/**
 * The integration token only the service's partners get: an operation that needs it is refused before
 * sending when the credential has none.
 */
export async function requireIntegrationToken(ctx: IExecuteFunctions, itemIndex: number): Promise<void> {
	const credentials = await ctx.getCredentials(CREDENTIAL_TYPE, itemIndex);
	if (String(credentials.integrationToken ?? '').trim() !== '') return;
	throw inputError(
		ctx.getNode(),
		'This operation needs the Integration Token of the BitFaktura credential',
		itemIndex,
		'BitFaktura gives partners an integration token on request; enter it in the credential.',
	);
}

/** A partner call (log in, create a user or an account), sent to the brand's app address. */
export async function partnerRequest<T>(ctx: IExecuteFunctions, method: IHttpRequestMethods, path: string, call: BitFakturaCall): Promise<T> {
	await requireIntegrationToken(ctx, call.itemIndex ?? 0);
	const response = await sendRequest<T>(ctx, bitFakturaPartner, { method, path, ...call });
	return response.body;
}

export async function bitFakturaDownload(
	ctx: RequestContext,
	path: string,
	call: BitFakturaCall,
): Promise<ApiResponse<Buffer>> {
	return await sendRequest<Buffer>(ctx, bitFaktura, { method: 'GET', path, binary: true, ...call });
}

/**
 * Lists are bare arrays paged by `page`/`per_page`; a page past the end is empty. `keep` filters what the
 * API cannot: paging then goes on while the service still had full pages, until the limit is reached.
 */
export async function bitFakturaList(
	ctx: RequestContext,
	path: string,
	qs: IDataObject,
	limits: ListLimits,
	itemIndex?: number,
	keep?: (record: IDataObject) => boolean,
): Promise<IDataObject[]> {
	return await collectPages<IDataObject>({
		...limits,
		maxPageSize: MAX_PAGE_SIZE,
		fetchPage: async (page, pageSize) => {
			const records = await bitFakturaRequest<IDataObject[]>(ctx, 'GET', path, {
				qs: { ...qs, page, per_page: pageSize },
				expect: 'list',
				itemIndex,
			});
			return { records: keep ? records.filter(keep) : records, hasMore: records.length === pageSize };
		},
	});
}

/** One page of 100, for the editor's searchable lists and for lookups that need no more. */
export async function bitFakturaPage(ctx: RequestContext, path: string, qs: IDataObject, page: number, itemIndex?: number): Promise<IDataObject[]> {
	return await bitFakturaRequest<IDataObject[]>(ctx, 'GET', path, { qs: { ...qs, page, per_page: MAX_PAGE_SIZE }, expect: 'list', itemIndex });
}
