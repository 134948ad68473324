import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import type { FieldError, ProviderFailure } from '../core/errors';
import { statusErrorEnvelope } from '../core/envelopes';
import type { ListLimits } from '../core/pagination';
import { collectPages } from '../core/pagination';
import type { Expectation } from '../core/answers';
import type { ApiResponse, RequestContext, ServiceDefinition } from '../core/transport';
import { sendRequest } from '../core/transport';

/** Lists are served at most 100 records a page (FK); the default of 25 would cost four times the requests. */
export const MAX_PAGE_SIZE = 100;

/**
 * `mycompany` → https://mycompany.bitfaktura.com.ua; a host or full URL serves the other brands of the same
 * engine (fakturownia.pl, invoiceocean.com, vosfactures.fr) and the local sandbox.
 */
export function accountBaseUrl(account: string): string {
	const value = account.trim();
	if (/^https?:\/\//i.test(value)) return value.replace(/\/+$/, '');
	if (value.includes('.')) return `https://${value.replace(/\/+$/, '')}`;
	return `https://${value}.bitfaktura.com.ua`;
}

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

export const bitFaktura: ServiceDefinition = {
	name: 'BitFaktura',
	credentialType: 'bitFakturaApi',
	baseUrl: (credentials: ICredentialDataDecryptedObject) => accountBaseUrl(String(credentials.account ?? '')),
	secrets: (credentials) => [credentials.apiToken as string, credentials.integrationToken as string],
	readFailure: readBitFakturaFailure,
	envelopeFailure: statusErrorEnvelope,
	hints: {
		401: 'Check the API token in the BitFaktura credential (Settings → Account settings → Integration).',
		404: 'Check the ID: the record does not exist in this account, or it was deleted.',
	},
};

export interface BitFakturaCall {
	qs?: IDataObject;
	body?: IDataObject | Buffer;
	headers?: IDataObject;
	binary?: boolean;
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
