import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { outcomeOf } from './errors';

/**
 * A create that carries a key the service can look up (an order number): the document is looked for
 * first, and again whenever the create's outcome is unknown, so a re-run, n8n's Retry On Fail or a lost
 * answer never issues a second one.
 */
export interface KeyedCreate {
	/** The key in words, for messages: `order ID "A-17"`. */
	key: string;
	/** The document the key names, if the service has one. */
	findExisting(): Promise<IDataObject | undefined>;
	create(): Promise<IDataObject>;
}

export interface CreateResult {
	record: IDataObject;
	/** The document was found by its key instead of being created by this request. */
	alreadyExisted: boolean;
}

/** A create whose outcome is unknown is sent again at most this often, each time only after a look-up found nothing. */
const RESENDS = 1;

/** A create settled: the record it made, or how it failed. */
type Attempt = { record: IDataObject } | { error: unknown };

function found(record: IDataObject): CreateResult {
	return { record, alreadyExisted: true };
}

function withNote(error: unknown, note: string): unknown {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.description = [error.description, note].filter(Boolean).join(' ');
	}
	return error;
}

export async function createOnce(keyed: KeyedCreate): Promise<CreateResult> {
	const existing = await keyed.findExisting();
	if (existing !== undefined) return found(existing);

	for (let resend = 0; ; resend++) {
		const sent = await keyed.create().then(
			(record): Attempt => ({ record }),
			(error: unknown): Attempt => ({ error }),
		);
		if ('record' in sent) return { record: sent.record, alreadyExisted: false };
		// Only an unknown outcome is looked up again; any other failure is final and passes on as it came.
		if (outcomeOf(sent.error) !== 'unknown') throw sent.error;
		let afterwards: IDataObject | undefined;
		try {
			afterwards = await keyed.findExisting();
		} catch {
			throw withNote(sent.error, `Looking it up by ${keyed.key} failed too, so nothing was sent again.`);
		}
		if (afterwards !== undefined) return found(afterwards);
		if (resend >= RESENDS) {
			throw withNote(sent.error, `No document with ${keyed.key} was found afterwards, but it may still appear.`);
		}
	}
}
