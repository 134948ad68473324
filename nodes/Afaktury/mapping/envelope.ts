import type { IDataObject } from 'n8n-workflow';

/**
 * Every JSON answer is `{result, errors[], messages[], return, pages, additional}` (docs/services/afaktury.md,
 * "Answers and errors"); a refusal comes with HTTP 200 and `result: false`.
 */
export interface Envelope {
	result: boolean;
	errors: string[];
	messages: string[];
	records: IDataObject[];
	/** Total pages of a list, at least 1; absent on other answers. */
	pages?: number;
}

function isRecord(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function texts(value: unknown): string[] {
	if (Array.isArray(value)) return value.map(String).filter((text) => text.trim() !== '');
	return typeof value === 'string' && value.trim() !== '' ? [value] : [];
}

/** The envelope read, or `undefined` when the body is not one (another service, a proxy's page). */
export function readEnvelope(body: unknown): Envelope | undefined {
	if (!isRecord(body) || typeof body.result !== 'boolean') return undefined;
	const returned = body.return;
	// A single record may come alone or as a one-element list.
	const records = Array.isArray(returned) ? returned.filter(isRecord) : isRecord(returned) ? [returned] : [];
	const pages = Number(body.pages);
	return {
		result: body.result,
		errors: texts(body.errors),
		messages: texts(body.messages),
		records,
		...(Number.isInteger(pages) && pages >= 1 && { pages }),
	};
}

/** The refusal's own words, all of them; a refusal without any still says it was one. */
export function refusalMessage(envelope: Envelope): string {
	return envelope.errors.length > 0 ? envelope.errors.join('; ') : 'Afaktury refused the request without saying why';
}
