/**
 * Where a request's parameters travel (docs/services/afaktury.md, Transport): a GET carries one JSON object
 * URL-encoded in the query parameter `data`; POST, PUT and DELETE carry it as the JSON body. INFERRED: the
 * body's Content-Type is not checked (a PHP service reads the raw input), but it must be a JSON object; a
 * GET's body and the other verbs' `?data=` are ignored, so a client that puts them in the wrong place is
 * refused for the missing fields.
 */
import type { RecordedRequest } from '../server';
import { AfakturyError, MESSAGE } from './envelope';

export type Input = Record<string, unknown>;

function parseObject(text: string, where: string): Input {
	let value: unknown;
	try {
		value = JSON.parse(text) as unknown;
	} catch {
		throw new AfakturyError([`${MESSAGE.INVALID}: ${where} is not valid JSON`]);
	}
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		throw new AfakturyError([`${MESSAGE.INVALID}: ${where} must be a JSON object`]);
	}
	return value as Input;
}

/** INFERRED: a GET without `data` asks with no parameters (a list then answers its first page). */
export function readInput(request: RecordedRequest): Input {
	if (request.method === 'GET') {
		const data = request.query.data;
		if (data === undefined) return {};
		if (Array.isArray(data)) throw new AfakturyError([`${MESSAGE.INVALID}: query parameter data sent twice`]);
		return parseObject(data, 'query parameter data');
	}
	if (request.rawBody.length === 0) throw new AfakturyError([`${MESSAGE.INVALID}: the request body is empty`]);
	return parseObject(request.rawBody.toString('utf8'), 'the request body');
}
