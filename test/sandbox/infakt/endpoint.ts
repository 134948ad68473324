/**
 * One endpoint of the API: a method and a path below the base (`/invoices/:uuid.json`), and what it answers.
 * The scope a key needs follows from the method (docs/services/infakt.md, Scopes): GET reads, the rest write.
 */
import type { RecordedRequest, RouteParams } from '../server';
import { failWith } from './errors';
import type { InfaktStore } from './store';
import type { TaskTiming } from './tasks';
import { isObject } from './values';
import type { Input } from './values';

/** What a test may switch while the sandbox runs. */
export interface Settings {
	planLimitReached: boolean;
	taskAnswerStatus: 201 | 202;
	timing: TaskTiming;
}

export interface Call {
	request: RecordedRequest;
	params: RouteParams;
	store: InfaktStore;
	settings: Settings;
	/** The parsed JSON body; undefined when none was sent. */
	body: unknown;
}

export type Reply =
	| { status: number; json: unknown }
	| { status: number; bytes: Buffer; contentType: string }
	/** 202 and 204 answer with nothing at all. */
	| { status: number; empty: true };

export interface Endpoint {
	method: 'GET' | 'POST' | 'PUT' | 'DELETE';
	path: string;
	handle(call: Call): Reply;
}

export const json = (json: unknown, status = 200): Reply => ({ status, json });
export const noContent = (): Reply => ({ status: 204, empty: true });

/** The record inside a wrapped body, `{"invoice": {...}}`. INFERRED: without the wrapper Rails' `params.require` answers 400. */
export function wrapped(call: Call, key: string): Input {
	const body = call.body;
	const record = isObject(body) ? body[key] : undefined;
	return isObject(record) ? record : failWith(400, `Brakujący parametr: ${key}.`);
}

/** A body that is not wrapped (the mark-paid and e-mail actions); none at all reads as empty. */
export function plainBody(call: Call): Input {
	if (call.body === undefined) return {};
	return isObject(call.body) ? call.body : failWith(400, 'Nieprawidłowe dane żądania.');
}
