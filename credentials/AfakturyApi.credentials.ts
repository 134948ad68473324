import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { AFAKTURY_API_URL, authenticationHeaders, BROWSER_USER_AGENT } from '../nodes/Afaktury/auth';

export class AfakturyApi implements ICredentialType {
	name = 'afakturyApi';

	displayName = 'Afaktury API';

	documentationUrl = 'https://afaktury.pl/api,0,60,Invoicerr/';

	icon = { light: 'file:../nodes/Afaktury/afaktury.svg', dark: 'file:../nodes/Afaktury/afaktury.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: [
				{ name: 'API Token', value: 'token', description: 'The 40-character token from Settings → API key' },
				{ name: 'Account ID and Key', value: 'idAndKey', description: 'The 11-digit account ID with its API key' },
			],
			default: 'token',
		},
		{
			displayName: 'API Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			placeholder: 'e.g. 1234567890123456789012345678901234567890',
			description: 'The 40-character token from afaktury.pl → Settings → API key (the Prestige plan has it)',
			displayOptions: { show: { authentication: ['token'] } },
		},
		{
			displayName: 'Account ID',
			name: 'accountId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 12345678901',
			description: 'The 11-digit account ID shown beside the API key',
			displayOptions: { show: { authentication: ['idAndKey'] } },
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The API key that goes with the account ID',
			displayOptions: { show: { authentication: ['idAndKey'] } },
		},
		{
			displayName: 'User Agent',
			name: 'userAgent',
			type: 'string',
			default: BROWSER_USER_AGENT,
			description:
				'Sent with every request. Afaktury sits behind Cloudflare, which blocks clients that do not look like a browser, so keep "Mozilla/" in it.',
		},
		{
			displayName: 'Use Custom API Address',
			name: 'useCustomAddress',
			type: 'boolean',
			default: false,
			description: `Whether to send the requests somewhere other than ${AFAKTURY_API_URL}, such as a test server`,
		},
		{
			displayName: 'API Address',
			name: 'baseUrl',
			type: 'string',
			default: AFAKTURY_API_URL,
			placeholder: 'e.g. http://localhost:8080/api',
			description: 'Where the test server answers, with the path that stands for /api',
			displayOptions: { show: { useCustomAddress: [true] } },
		},
	];

	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const userAgent = String(credentials.userAgent ?? '').trim();
		return {
			...requestOptions,
			headers: {
				...(requestOptions.headers as IDataObject),
				...(userAgent === '' ? {} : { 'User-Agent': userAgent }),
				...authenticationHeaders(credentials),
			},
		};
	}

	/**
	 * The VAT rates: a list every account has, cheap, changes nothing. Statuses do not fail the request,
	 * because n8n's tester would word a Cloudflare 403 as "check your credentials": the body rules tell a
	 * refused token (HTTP 200, `result: false`) from an answer that is not the API's envelope at all (a
	 * block page, another site). An address where nothing listens still fails, in n8n's words.
	 */
	test: ICredentialTestRequest = {
		request: {
			baseURL: `={{ (($credentials.useCustomAddress && $credentials.baseUrl) || "${AFAKTURY_API_URL}").trim().replace(/\\/+$/, "") }}`,
			url: '/vat/list',
			headers: { Accept: 'application/json' },
			// A block page or another site's 404 then reaches the rules below instead of n8n's generic texts.
			ignoreHttpStatusErrors: true,
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'errors[0]',
					value: 'Invalid authentication',
					message:
						'Afaktury does not accept this token, or this account ID and key. Copy them again from afaktury.pl → Settings → API key.',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'result',
					value: undefined,
					message:
						'The address answered, but not as the Afaktury API: a Cloudflare block page or another site. Keep the browser-like User Agent, check the custom API address, or wait a few minutes.',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'result',
					value: false,
					message: 'Afaktury answered, but refused the request. Check the token, or the account ID and key.',
				},
			},
		],
	};
}
