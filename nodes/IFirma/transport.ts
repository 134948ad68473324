import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import type { ProviderFailure } from '../core/errors';
import { inputError } from '../core/errors';
import type { ApiResponse, RequestContext, ServiceDefinition } from '../core/transport';
import { sendRequest } from '../core/transport';
import type { IfirmaKeyName } from './signing';
import { IFIRMA_API_URL, isHexKey, KEY_FIELDS, keyNameFor } from './signing';

/** The service's status codes that say more than an HTTP status would (api.ifirma.pl, FAQ). */
function hintForCode(code: number, keyName: IfirmaKeyName): string | undefined {
	switch (code) {
		case 100:
			return 'iFirma had a technical problem. Try again later; nothing was changed by n8n.';
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

/**
 * The service definition for one request: the hints name the key that signed it, and codes the
 * operation expects (contractor search answers 208 for "no match") are not failures.
 */
function ifirmaService(keyName: IfirmaKeyName, acceptedCodes: number[]): ServiceDefinition {
	return {
		name: 'iFirma',
		credentialType: 'iFirmaApi',
		baseUrl: (credentials: ICredentialDataDecryptedObject) =>
			String(credentials.baseUrl || IFIRMA_API_URL).trim().replace(/\/+$/, ''),
		secrets: (credentials) => Object.values(KEY_FIELDS).map((field) => credentials[field] as string | undefined),
		readFailure: (status, body) => {
			const envelope = readEnvelope(body);
			if (envelope) return failureOf(envelope.code, envelope.message, keyName, status);
			return { message: `The service answered with HTTP ${status}` };
		},
		envelopeFailure: (body) => {
			const envelope = readEnvelope(body);
			if (envelope === undefined) return { message: 'The answer was not an iFirma response envelope' };
			if (envelope.code === 0 || acceptedCodes.includes(envelope.code)) return undefined;
			return failureOf(envelope.code, envelope.message, keyName);
		},
		hints: { 404: 'Nothing answers at this address. Check the API Address in the iFirma credential.' },
	};
}

/**
 * Refuses, before anything is sent, a request whose key the credential lacks or holds in a form
 * ifirma never shows: the user learns which key to generate instead of reading a signature error.
 */
async function requireKey(ctx: RequestContext, keyName: IfirmaKeyName, itemIndex: number): Promise<void> {
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
			'Copy the key exactly as ifirma.pl shows it, e.g. EAB0D8ACF3308F3B.',
		);
	}
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
	await requireKey(ctx, keyName, call.itemIndex ?? 0);
	const headers: IDataObject = call.binary ? { Accept: call.binary.accept } : { Accept: 'application/json' };
	if (call.body !== undefined) headers['Content-Type'] = 'application/json; charset=UTF-8';
	return await sendRequest<T>(ctx, ifirmaService(keyName, call.acceptCodes ?? []), {
		method,
		path,
		qs: call.qs,
		body: call.body === undefined ? undefined : JSON.stringify(call.body),
		headers,
		binary: call.binary !== undefined,
		itemIndex: call.itemIndex,
	});
}

/** The contents of `response`: the payload fields next to `Kod` and `Informacja`. */
export async function ifirmaRequest(
	ctx: RequestContext,
	method: IHttpRequestMethods,
	path: string,
	call: IfirmaCall = {},
): Promise<IDataObject> {
	const { body } = await send<{ response: IDataObject }>(ctx, method, path, call);
	return body.response;
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
