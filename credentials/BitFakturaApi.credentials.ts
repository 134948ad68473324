import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { tokensFor } from '../nodes/BitFaktura/auth';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH']);

function isJsonObject(body: unknown): body is IDataObject {
	return typeof body === 'object' && body !== null && !Array.isArray(body) && !Buffer.isBuffer(body);
}

/** Where the request is bound, or undefined when its address cannot be read (then it carries no token). */
function destinationOf(requestOptions: IHttpRequestOptions): URL | undefined {
	try {
		return /^https?:\/\//i.test(requestOptions.url) ? new URL(requestOptions.url) : new URL(`${requestOptions.baseURL ?? ''}${requestOptions.url}`);
	} catch {
		return undefined;
	}
}

export class BitFakturaApi implements ICredentialType {
	name = 'bitFakturaApi';

	displayName = 'BitFaktura API';

	documentationUrl = 'https://github.com/bitfaktura-com-ua/api';

	icon = { light: 'file:../nodes/BitFaktura/bitFaktura.svg', dark: 'file:../nodes/BitFaktura/bitFaktura.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Account',
			name: 'account',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. mycompany',
			description:
				'The account prefix (mycompany for https://mycompany.bitfaktura.com.ua), or the full address of an account on another brand of the same engine, such as https://mycompany.fakturownia.pl',
		},
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Settings → Account settings → Integration → API authorization code',
		},
		{
			displayName: 'Integration Token',
			name: 'integrationToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Partner token from BitFaktura, needed only for the Account, User and Log In operations',
		},
	];

	/**
	 * Each request carries the tokens its call documents, and only to the account's own address or, for the
	 * partner calls, the brand's app address: a top-level body key for JSON writes, the query string for
	 * reads, deletes, body-less actions and file uploads.
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const destination = destinationOf(requestOptions);
		const method = (requestOptions.method ?? 'GET').toUpperCase();
		const tokens = destination === undefined ? {} : tokensFor(credentials, method, destination);
		if (Object.keys(tokens).length === 0) return requestOptions;
		if (WRITE_METHODS.has(method) && isJsonObject(requestOptions.body)) {
			return { ...requestOptions, body: { ...requestOptions.body, ...tokens } };
		}
		return { ...requestOptions, qs: { ...requestOptions.qs, ...tokens } };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL:
				"={{ $credentials.account.trim().startsWith('http') ? $credentials.account.trim().replace(/\\/+$/, '') : 'https://' + ($credentials.account.trim().includes('.') ? $credentials.account.trim() : $credentials.account.trim() + '.bitfaktura.com.ua') }}",
			url: '/departments.json',
			headers: { Accept: 'application/json' },
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'The account answered, but it does not accept this API token. Copy the token again from Settings → Account settings → Integration.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message: 'No BitFaktura account answers at this address. Check the account prefix or URL.',
				},
			},
		],
	};
}
