import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import type { ProviderFailure } from '../core/errors';
import { inputError } from '../core/errors';
import type { RateLimit } from '../core/pacing';
import type { ApiResponse, RequestContext, ServiceDefinition } from '../core/transport';
import { sendRequest } from '../core/transport';
import type { IfirmaKeyName } from './signing';
import { hmacSha1Hex, IFIRMA_API_URL, isHexKey, KEY_FIELDS, keyNameFor, signatureMessage, signedUrl } from './signing';

/** The service's status codes that say more than an HTTP status would (docs/services/ifirma.md, "Answers and errors"). */
function hintForCode(code: number, keyName: IfirmaKeyName): string | undefined {
	switch (code) {
		case 100:
			return 'iFirma reported a technical problem. Look in ifirma.pl whether the document or change exists before sending it again.';
		case 201:
			return 'Correct the fields named in the message and run the node again.';
		case 202:
			return 'A setting of the ifirma account does not allow this. Check the account settings named in the message.';
		case 400:
		case 401:
			return 'Check the login in the iFirma credential: it is the login you sign in to ifirma.pl with.';
		case 402:
			return `Generate the "${keyName}" key in ifirma.pl → Narzędzia → API and add it to the iFirma credential.`;
		case 403:
			return `Check the "${keyName}" key in the iFirma credential: copy it again from ifirma.pl → Narzędzia → API.`;
		case 499:
			return 'Log in to ifirma.pl once and accept the terms of service.';
		case 500:
			return 'The login has no access to this, or the document does not exist. Check the ID or number.';
		default:
			return undefined;
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every answer is `{"response":{"Kod":N,"Informacja":…}}`; `Kod` 0 is success, whatever the HTTP status. */
function readEnvelope(body: unknown): { code: number; message: string } | undefined {
	if (!isRecord(body) || !isRecord(body.response)) return undefined;
	const code = Number(body.response.Kod);
	if (!Number.isInteger(code)) return undefined;
	const message = typeof body.response.Informacja === 'string' ? body.response.Informacja.trim() : '';
	return { code, message };
}

function failureOf(code: number, message: string, keyName: IfirmaKeyName, status?: number): ProviderFailure {
	return {
		message: message !== '' ? message : `iFirma answered with code ${code}`,
		hint: hintForCode(code, keyName),
		...(status !== undefined && { status }),
	};
}

/** iFirma's own address, unless the credential points the node at another one (a test server). */
function baseUrlOf(credentials: ICredentialDataDecryptedObject): string {
	const address = credentials.useCustomAddress === true ? String(credentials.baseUrl ?? '').trim() : '';
	return (address || IFIRMA_API_URL).replace(/\/+$/, '');
}

/** ifirma allows 100 requests a minute per user, and 15 000 a day. */
const RATE_LIMITS: RateLimit[] = [{ requests: 100, perMs: 60_000 }];

/**
 * The service definition for one request: the hints name the key that signed it, and codes the
 * operation expects (the client search answers 208 for "no match") are not failures.
 */
function ifirmaService(keyName: IfirmaKeyName, acceptedCodes: number[]): ServiceDefinition {
	return {
		name: 'iFirma',
		credentialType: 'iFirmaApi',
		baseUrl: baseUrlOf,
		secrets: (credentials) => Object.values(KEY_FIELDS).map((field) => credentials[field] as string | undefined),
		readFailure: (status, body) => {
			const envelope = readEnvelope(body);
			if (envelope) return failureOf(envelope.code, envelope.message, keyName, status);
			return { message: `The service answered with HTTP ${status}` };
		},
		isOwnAnswer: (body) => readEnvelope(body) !== undefined,
		envelopeFailure: (body) => {
			const envelope = readEnvelope(body);
			if (envelope === undefined || envelope.code === 0 || acceptedCodes.includes(envelope.code)) return undefined;
			return failureOf(envelope.code, envelope.message, keyName);
		},
		hints: { 404: 'Nothing answers at this address. Check the custom API Address in the iFirma credential.' },
		rateLimits: RATE_LIMITS,
	};
}

/**
 * Refuses, before anything is sent, a request whose key the credential lacks or holds in a form
 * ifirma never shows: the user learns which key to generate instead of reading a signature error.
 */
async function requireKey(ctx: RequestContext, keyName: IfirmaKeyName, itemIndex: number): Promise<ICredentialDataDecryptedObject> {
	const credentials = await ctx.getCredentials('iFirmaApi', itemIndex);
	const key = String(credentials[KEY_FIELDS[keyName]] ?? '').trim();
	if (key === '') {
		throw inputError(
			ctx.getNode(),
			`This operation needs the "${keyName}" key, which the iFirma credential does not have`,
			itemIndex,
			`Generate the "${keyName}" key in ifirma.pl → Narzędzia → API and add it to the credential.`,
		);
	}
	if (!isHexKey(key)) {
		throw inputError(
			ctx.getNode(),
			`The "${keyName}" key in the iFirma credential is not a hex string`,
			itemIndex,
			'Copy the key exactly as ifirma.pl shows it: a string of hex digits (0–9, A–F).',
		);
	}
	return credentials;
}

/**
 * The signature the credential puts on this request. It carries no nonce, so anyone who read it could
 * send the same request again: it is masked like a key wherever a service echoes it back.
 */
function signatureOf(credentials: ICredentialDataDecryptedObject, keyName: IfirmaKeyName, path: string, body: string): string {
	const key = String(credentials[KEY_FIELDS[keyName]] ?? '').trim();
	const url = signedUrl(baseUrlOf(credentials), path);
	return hmacSha1Hex(key, signatureMessage(url, String(credentials.login ?? '').trim(), keyName, body));
}

export interface IfirmaCall {
	qs?: IDataObject;
	/** Sent as JSON; the credential serialises it once and signs exactly that text. */
	body?: IDataObject;
	binary?: { accept: string };
	itemIndex?: number;
	/** `Kod` values this call treats as answers rather than failures. */
	acceptCodes?: number[];
}

async function send<T>(
	ctx: RequestContext,
	method: IHttpRequestMethods,
	path: string,
	call: IfirmaCall,
): Promise<ApiResponse<T>> {
	const keyName = keyNameFor(path);
	const credentials = await requireKey(ctx, keyName, call.itemIndex ?? 0);
	const headers: IDataObject = call.binary ? { Accept: call.binary.accept } : { Accept: 'application/json' };
	if (call.body !== undefined) headers['Content-Type'] = 'application/json; charset=UTF-8';
	const body = call.body === undefined ? undefined : JSON.stringify(call.body);
	return await sendRequest<T>(ctx, ifirmaService(keyName, call.acceptCodes ?? []), {
		method,
		path,
		qs: call.qs,
		body,
		headers,
		binary: call.binary !== undefined,
		expect: call.binary ? 'file' : 'object',
		secrets: [signatureOf(credentials, keyName, path, body ?? '')],
		itemIndex: call.itemIndex,
	});
}

/** An answer's envelope read: its code, its message, and the fields next to them. */
export interface IfirmaAnswer {
	code: number;
	message: string | null;
	/** The document, the list or the identifier the answer carries. */
	payload: IDataObject;
}

export async function ifirmaRequest(
	ctx: RequestContext,
	method: IHttpRequestMethods,
	path: string,
	call: IfirmaCall = {},
): Promise<IfirmaAnswer> {
	const { body } = await send<{ response: IDataObject }>(ctx, method, path, call);
	const { Kod: code, Informacja: message, ...payload } = body.response;
	return { code: Number(code), message: typeof message === 'string' ? message : null, payload };
}

/** A PDF or XML file; a refusal answered as the JSON envelope fails like any other answer. */
export async function ifirmaDownload(
	ctx: RequestContext,
	path: string,
	accept: string,
	call: Omit<IfirmaCall, 'binary' | 'body'> = {},
): Promise<ApiResponse<Buffer>> {
	return await send<Buffer>(ctx, 'GET', path, { ...call, binary: { accept } });
}
