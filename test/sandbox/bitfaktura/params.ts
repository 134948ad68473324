/** How the Rails app sees a request's parameters: one merged hash from the body and the query string. */
import { parseMultipart } from '../multipart';
import type { RecordedRequest } from '../server';
import { ApiError, missingWrapper } from './errors';

export type Params = Record<string, unknown>;
export type Attributes = Record<string, unknown>;

/** A file field of a multipart upload (`department[logo]`). */
export class UploadedFile {
	constructor(
		readonly fileName: string,
		readonly contentType: string,
		readonly data: Buffer,
	) {}
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);
}

/** `kinds[]=a&kinds[]=b` becomes `kinds: ['a', 'b']`, as Rack parses it. */
function queryParams(query: RecordedRequest['query']): Params {
	const params: Params = {};
	for (const [key, value] of Object.entries(query)) {
		if (key.endsWith('[]')) params[key.slice(0, -2)] = value;
		else params[key] = Array.isArray(value) ? value[value.length - 1] : value;
	}
	return params;
}

/** `department[logo]` → `{department: {logo}}`; one level of nesting is all the documented upload uses. */
function formParams(request: RecordedRequest): Params {
	const parts = parseMultipart(request.rawBody, request.headers['content-type'] ?? '');
	if (parts === undefined) throw new ApiError(400, { status: 400, error: 'Bad Request' });
	const params: Params = {};
	for (const part of parts) {
		const value =
			part.fileName === undefined
				? part.data.toString('utf8')
				: new UploadedFile(part.fileName, part.contentType ?? 'application/octet-stream', Buffer.from(part.data));
		const nested = /^([^[\]]+)\[([^[\]]+)\]$/.exec(part.name);
		if (nested) {
			const [, outer = '', inner = ''] = nested;
			const group = isRecord(params[outer]) ? params[outer] : (params[outer] = {});
			(group as Params)[inner] = value;
		} else {
			params[part.name] = value;
		}
	}
	return params;
}

/**
 * Body parameters, then query parameters on top: Rails merges `request_parameters.merge(query_parameters)`,
 * so a key in the query string wins. Multipart bodies are read only where the API documents an upload;
 * anywhere else a non-JSON body contributes nothing, which makes the write fail visibly.
 */
export function readParams(request: RecordedRequest, acceptsMultipart: boolean): Params {
	let fromBody: Params = {};
	if (isRecord(request.body)) fromBody = request.body;
	else if (acceptsMultipart && request.contentType === 'multipart/form-data') fromBody = formParams(request);
	return { ...fromBody, ...queryParams(request.query) };
}

/** The resource's attributes under its wrapper key, e.g. `params.invoice`. */
export function wrapperOf(params: Params, wrapper: string): Attributes {
	const attributes = params[wrapper];
	if (!isRecord(attributes) || Object.keys(attributes).length === 0) throw missingWrapper(wrapper);
	return attributes;
}

/** A scalar parameter as text (query values are strings, JSON ones may be numbers). */
export function textParam(params: Params, key: string): string | undefined {
	const value = params[key];
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return undefined;
}
