import type { IDataObject, INode } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { RawAnswer } from './answers';
import { describeAnswer, headerOf } from './answers';
import type { Outcome, ProviderFailure } from './errors';
import { providerError, setOutcome } from './errors';
import { redactSecrets, redactText, redactUrl } from './redact';
import { isRetryableStatus, MAX_RETRY_AFTER_MS } from './retry';

/** What the transport knows about one exchange when it has to explain a failure. */
export interface FailureSource {
	ctx: { getNode(): INode };
	service: { name: string; hints?: Partial<Record<number, string>> };
	request: { itemIndex?: number };
	baseUrl: string;
	/** Whether the request is safe to repeat; only then is a failure's outcome irrelevant. */
	safe: boolean;
	timeoutMs: number;
	secrets: Array<string | undefined>;
}

/** One failed attempt: whether another may be tried, and the error a user sees if none is. */
export interface RequestFailure {
	status?: number;
	/** The service is busy or the connection failed: a request that is safe to repeat may be tried again. */
	transient: boolean;
	/** The service's `Retry-After` header, as it was sent. */
	retryAfter?: string;
	/** The error after `attempts` attempts; `waitMs` is the pause the service asked for when it was too long. */
	toError(attempts: number, waitMs: number): NodeApiError;
}

/**
 * The system error code (ECONNREFUSED, ENOTFOUND, ETIMEDOUT…) of a request that got no answer. n8n wraps
 * the request error in a NodeApiError that keeps only its texts, so the code is read from those too.
 */
function networkCode(error: unknown): string | undefined {
	const wrapped = error as { code?: unknown; cause?: { code?: unknown }; message?: unknown; messages?: unknown };
	for (const code of [wrapped?.code, wrapped?.cause?.code]) {
		if (typeof code === 'string' && code !== '') return code;
	}
	// The request's own texts first: n8n's replacement message reads "aborted" for a timeout too.
	const texts = [...(Array.isArray(wrapped?.messages) ? wrapped.messages : []), wrapped?.message];
	for (const text of texts) {
		if (typeof text !== 'string') continue;
		if (/timeout of \d+ms exceeded/i.test(text)) return 'ETIMEDOUT';
		if (/socket hang up|closed unexpectedly/i.test(text)) return 'ECONNRESET';
		const match = /\b(E[A-Z][A-Z0-9_]{2,})\b/.exec(text);
		if (match) return match[1];
	}
	return undefined;
}

/** Failures before the request left: nothing reached the service, so nothing was done. */
const NOT_SENT: Record<string, string> = {
	ECONNREFUSED: 'connection refused',
	ENOTFOUND: 'no such host',
	EAI_AGAIN: 'host name lookup failed',
	EHOSTUNREACH: 'host unreachable',
	ENETUNREACH: 'network unreachable',
	CERT_HAS_EXPIRED: 'expired TLS certificate',
	ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate for another host',
	DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
	SELF_SIGNED_CERT_IN_CHAIN: 'self-signed TLS certificate',
	UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'unverifiable TLS certificate',
};

/** Failures after the request left: the service may have received and done it. */
const LOST_ANSWER: Record<string, string> = {
	ETIMEDOUT: 'timed out',
	ECONNABORTED: 'timed out',
	ECONNRESET: 'connection reset',
	EPIPE: 'connection closed while sending',
};

/** `60 s`, or `400 ms` for a timeout under a second. */
function durationText(ms: number): string {
	return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

function attemptsNote(attempts: number): string {
	return attempts > 1 ? ` (after ${attempts} attempts)` : '';
}

function apiError(source: FailureSource, message: string, description: string, outcome: Outcome | undefined, httpCode?: number): NodeApiError {
	const safeMessage = redactText(message, source.secrets);
	const safeDescription = redactText(description, source.secrets);
	const response: IDataObject = { message: safeMessage, description: safeDescription };
	const code = httpCode === undefined ? undefined : String(httpCode);
	if (code !== undefined) response.httpCode = code;
	const error = new NodeApiError(source.ctx.getNode(), response as never, {
		message: safeMessage,
		description: safeDescription,
		httpCode: code,
		itemIndex: source.request.itemIndex,
	});
	return setOutcome(error, outcome);
}

/**
 * For a write that may have been done: say so, and say to look before sending it again. Running the
 * workflow again blindly is how a second invoice, a tax document, gets issued.
 */
function unknownOutcomeDescription(source: FailureSource, what: string): string {
	return (
		`${what} ${source.service.name} may have done what was asked: the document or change may exist. ` +
		`Look for it in ${source.service.name} before sending it again.`
	);
}

export function networkFailure(source: FailureSource, error: unknown): RequestFailure {
	const code = networkCode(error);
	const address = redactSecrets(redactUrl(source.baseUrl), source.secrets);
	const notSent = code !== undefined ? NOT_SENT[code] : undefined;
	if (notSent !== undefined) {
		return {
			transient: false,
			toError: (attempts) =>
				apiError(
					source,
					`${source.service.name}: could not reach ${address} (${notSent})${attemptsNote(attempts)}`,
					`Nothing was sent. Check the address in the ${source.service.name} credential and that the service is up.`,
					source.safe ? undefined : 'notSent',
				),
		};
	}
	const lost = (code !== undefined ? LOST_ANSWER[code] : undefined) ?? 'no answer';
	const reason = lost === 'timed out' ? `timed out after ${durationText(source.timeoutMs)}` : lost;
	return {
		transient: true,
		toError: (attempts) =>
			source.safe
				? apiError(
						source,
						`${source.service.name}: ${address} did not answer (${reason})${attemptsNote(attempts)}`,
						'Nothing was changed by this request. Try again later, or raise Timeout in the node’s Request Options if the service is slow.',
						undefined,
					)
				: apiError(
						source,
						`${source.service.name}: no answer to a request that was sent (${reason}); its outcome is unknown`,
						unknownOutcomeDescription(source, 'The request reached the service but its answer did not come back.'),
						'unknown',
					),
	};
}

export function redirectFailure(source: FailureSource, answer: RawAnswer, target: URL | undefined): RequestFailure {
	const where = target === undefined ? 'an unreadable address' : redactText(redactUrl(target.href), source.secrets);
	const refused = `${source.service.name} redirected the request (HTTP ${answer.status}) to ${where}`;
	return {
		status: answer.status,
		transient: false,
		toError: () =>
			source.safe
				? apiError(
						source,
						`${refused}; it was not followed`,
						'A request is only followed to the service’s own address, so that the credential never goes anywhere else. ' +
							'If the service has moved, put its new address in the credential.',
						undefined,
						answer.status,
					)
				: apiError(
						source,
						`${refused}; it was not followed, and the outcome is unknown`,
						unknownOutcomeDescription(source, 'A write is never sent again to another address.'),
						'unknown',
						answer.status,
					),
	};
}

export function edgeBlockFailure(source: FailureSource, answer: RawAnswer): RequestFailure {
	return {
		status: answer.status,
		transient: true,
		retryAfter: headerOf(answer.headers, 'retry-after'),
		toError: (attempts) =>
			apiError(
				source,
				`${source.service.name}: the request was blocked by the network edge in front of the service (HTTP ${answer.status})${attemptsNote(attempts)}`,
				'The block page came from the service’s edge (such as Cloudflare), not from the service: the credential was not checked. ' +
					'It blocks bursts and unusual clients. Lower Max Requests per Minute in the node’s Request Options, or wait a few minutes.',
				source.safe ? undefined : 'notSent',
				answer.status,
			),
	};
}

export function refusalFailure(source: FailureSource, answer: RawAnswer, failure: ProviderFailure): RequestFailure {
	const status = answer.status >= 200 && answer.status < 300 ? undefined : answer.status;
	const serverFault = status !== undefined && status >= 500;
	const busy = status !== undefined && isRetryableStatus(status);
	const retryAfter = headerOf(answer.headers, 'retry-after');
	return {
		status,
		transient: busy,
		retryAfter,
		toError: (attempts, waitMs) => {
			const outcome: Outcome | undefined = source.safe ? undefined : serverFault ? 'unknown' : 'refused';
			const error = providerError(
				source.ctx.getNode(),
				{ ...failure, status },
				{
					service: source.service.name,
					itemIndex: source.request.itemIndex,
					secrets: source.secrets,
					hint: status === undefined ? undefined : source.service.hints?.[status],
					note: `${attemptsNote(attempts)}${outcome === 'unknown' ? '; its outcome is unknown' : ''}`,
					advice:
						outcome === 'unknown'
							? unknownOutcomeDescription(source, `The service failed (HTTP ${status}) while handling the request.`)
							: undefined,
					preface:
						waitMs > MAX_RETRY_AFTER_MS
							? `${source.service.name} asked to wait ${Math.ceil(waitMs / 1000)} s before trying again. `
							: undefined,
				},
			);
			return setOutcome(error, outcome);
		},
	};
}

export function unreadableFailure(source: FailureSource, answer: RawAnswer, problem: string): RequestFailure {
	const described = describeAnswer(answer, source.secrets);
	return {
		status: answer.status,
		transient: false,
		toError: () =>
			source.safe
				? apiError(
						source,
						`${source.service.name}: the answer could not be read: ${problem}`,
						`What came back: ${described}. Nothing was output, since it would not be the service's data.`,
						undefined,
						answer.status,
					)
				: apiError(
						source,
						`${source.service.name} accepted the request (HTTP ${answer.status}) but ${problem}; its outcome is unknown`,
						`${unknownOutcomeDescription(source, 'The service answered success but its answer cannot be read.')} What came back: ${described}.`,
						'unknown',
						answer.status,
					),
	};
}
