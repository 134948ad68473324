/**
 * One action of the API: a method and the path segment after the module (`''` for the module itself,
 * `list`, `pdf`, `pay`…), as the RR page lists them (docs/services/afaktury.md, Actions).
 */
import type { RecordedRequest } from '../server';
import type { Envelope } from './envelope';
import type { Input } from './input';
import type { AfakturyStore } from './store';

export interface Call<M extends string = string> {
	request: RecordedRequest;
	module: M;
	input: Input;
	store: AfakturyStore;
}

export type Reply = Envelope | { bytes: Buffer; contentType: string; filename: string };

export interface Endpoint<M extends string = string> {
	method: 'GET' | 'POST' | 'PUT' | 'DELETE';
	action: string;
	handle(call: Call<M>): Reply;
}

export function findEndpoint<M extends string>(
	endpoints: readonly Endpoint<M>[],
	method: string,
	action: string,
): Endpoint<M> | undefined {
	return endpoints.find((endpoint) => endpoint.method === method && endpoint.action === action);
}
