import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH']);

function isJsonObject(body: unknown): body is IDataObject {
	return typeof body === 'object' && body !== null && !Array.isArray(body) && !Buffer.isBuffer(body);
}

export class BitFakturaApi implements ICredentialType {
	name = 'bitFakturaApi';

	displayName = 'BitFaktura API';

	documentationUrl = 'https://github.com/bitfaktura-com-ua/api';

	icon = 'file:bitFaktura.svg' as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Account',
			name: 'account',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'mycompany',
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
	 * The token goes where the API documents it: a top-level body key for JSON writes, the query string for
	 * reads, deletes, body-less actions and file uploads.
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const apiToken = credentials.apiToken as string;
		const method = (requestOptions.method ?? 'GET').toUpperCase();
		if (WRITE_METHODS.has(method) && isJsonObject(requestOptions.body)) {
			return { ...requestOptions, body: { ...requestOptions.body, api_token: apiToken } };
		}
		return { ...requestOptions, qs: { ...requestOptions.qs, api_token: apiToken } };
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
