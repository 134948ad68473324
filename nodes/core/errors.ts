import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { redactText } from './redact';

/** One field the service refused, with its own messages. */
export interface FieldError {
	field: string;
	messages: string[];
}

/** A refusal as the service worded it, before it becomes an n8n error. */
export interface ProviderFailure {
	message: string;
	fieldErrors?: FieldError[];
	/** HTTP status; absent when the service answered 200 with an error inside. */
	status?: number;
	/** What to fix, when the service's own code says more than the HTTP status (envelope error codes). */
	hint?: string;
}

/**
 * What became of a write that failed: nothing reached the service, the service refused it (and did
 * nothing), nobody can tell, since the request left and no readable answer came back, or the service did
 * it and only reading the result back failed.
 */
export type Outcome = 'notSent' | 'refused' | 'unknown' | 'done';

const OUTCOMES: readonly unknown[] = ['notSent', 'refused', 'unknown', 'done'] satisfies Outcome[];

export function setOutcome<E extends NodeApiError | NodeOperationError>(error: E, outcome: Outcome | undefined): E {
	if (outcome !== undefined) error.context.outcome = outcome;
	return error;
}

export function outcomeOf(error: unknown): Outcome | undefined {
	const context = (error as { context?: { outcome?: unknown } })?.context;
	const outcome = context?.outcome;
	return OUTCOMES.includes(outcome) ? (outcome as Outcome) : undefined;
}

const HINT_BY_STATUS: Record<number, string> = {
	401: 'Check the credential: the key or token may be wrong, revoked or for another account.',
	402: 'The account’s plan does not allow this. Check the subscription in the service.',
	403: 'The credential has no access to this. Check the key’s permissions in the service.',
	404: 'Check the ID: the record may not exist in this account, or it was deleted.',
	429: 'The service is limiting requests. Lower Max Requests per Minute in the node’s Request Options, or send fewer items per run.',
};

/** Advice about fields only when the service named some: otherwise it would send the user looking for nothing. */
function hintFor(status: number | undefined, fieldsNamed: boolean): string {
	if (fieldsNamed) return 'Correct the fields named above.';
	if (status !== undefined && status >= 500) return 'The service failed while answering. Try again later.';
	if (status !== undefined && HINT_BY_STATUS[status] !== undefined) return HINT_BY_STATUS[status];
	return 'The service refused the request as described above. Check the values sent and the credential.';
}

/** `buyer_name` → `Buyer name`: the service's wire names read as words, as Rails-style messages do. */
function humanizeField(field: string): string {
	const words = field
		.replace(/\]\[|\[|\]|\./g, ' ')
		.replace(/_/g, ' ')
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.trim()
		.toLowerCase();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Field errors as one readable sentence per field, e.g. `Buyer name can't be blank`. */
export function describeFieldErrors(fieldErrors: FieldError[]): string {
	return fieldErrors
		.map(({ field, messages }) => `${humanizeField(field)} ${messages.join(', ')}`.trim())
		.join('; ');
}

export interface ProviderErrorContext {
	service: string;
	itemIndex?: number;
	secrets: Array<string | undefined>;
	/** The service's own advice for this status, more precise than the core's general one. */
	hint?: string;
	/** Replaces every hint: what the transport knows better, such as an outcome nobody can tell. */
	advice?: string;
	/** Said before the hint, e.g. how long the service asked to wait. */
	preface?: string;
	/** Added to the message, e.g. how many attempts were made. */
	note?: string;
}

/** The one way a refusal by a service becomes an n8n error: the service's own words, no secrets. */
export function providerError(node: INode, failure: ProviderFailure, context: ProviderErrorContext): NodeApiError {
	const fieldText = failure.fieldErrors?.length ? describeFieldErrors(failure.fieldErrors) : '';
	const said = fieldText !== '' ? fieldText : failure.message;
	const message = redactText(`${context.service}: ${said}${context.note ?? ''}`, context.secrets);
	const hint = context.advice ?? `${context.preface ?? ''}${failure.hint ?? context.hint ?? hintFor(failure.status, fieldText !== '')}`;
	const description = redactText(
		fieldText !== '' && failure.message !== '' && failure.message !== fieldText ? `${failure.message}. ${hint}` : hint,
		context.secrets,
	);
	const httpCode = failure.status === undefined ? undefined : String(failure.status);
	const response: JsonObject = { message, description };
	if (httpCode !== undefined) response.httpCode = httpCode;
	return new NodeApiError(node, response, { message, description, httpCode, itemIndex: context.itemIndex });
}

/** Bad input found before any request is sent. */
export function inputError(node: INode, message: string, itemIndex: number, description?: string): NodeOperationError {
	return new NodeOperationError(node, message, { itemIndex, description });
}

/** Any failure inside an operation as an n8n error that names the item. */
export function asNodeError(node: INode, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (error.context.itemIndex === undefined) error.context.itemIndex = itemIndex;
		return error;
	}
	const message = error instanceof Error ? error.message : String(error);
	return new NodeOperationError(node, message, { itemIndex });
}
