import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { API_V3_URL, apiVersionOf, languageOf, logIn } from '../nodes/InvBg/auth';

const V3 = { show: { apiVersion: ['v3'] } };
const V1 = { show: { apiVersion: ['v1'] } };

export class InvBgApi implements ICredentialType {
	name = 'invBgApi';

	displayName = 'inv.bg API';

	documentationUrl = 'https://api.inv.bg/v3/docs';

	icon = { light: 'file:../nodes/InvBg/invBg.svg', dark: 'file:../nodes/InvBg/invBg.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'API Version',
			name: 'apiVersion',
			type: 'options',
			options: [
				{ name: 'API v3', value: 'v3', description: 'The current JSON API: log in with a user of the company' },
				{
					name: 'XML API v1',
					value: 'v1',
					description:
						'The old XML API, which inv.bg no longer supports: it only issues documents, so it cannot be tested without issuing one',
				},
			],
			default: 'v3',
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			required: true,
			description: 'The e-mail a user of the company logs in to inv.bg with',
			displayOptions: V3,
		},
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			description: 'The user name the XML API was enabled for',
			displayOptions: V1,
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Company Domain',
			name: 'domain',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. mycompany',
			description: 'The subdomain the company logs in at: mycompany for mycompany.inv.bg',
		},
		{
			displayName: 'Language',
			name: 'language',
			type: 'options',
			options: [
				{ name: 'Bulgarian', value: 'bg' },
				{ name: 'English', value: 'en' },
			],
			default: 'bg',
			description: 'The language inv.bg answers in: names, messages and PDFs',
			displayOptions: V3,
		},
		{
			displayName: 'Use Custom API Address',
			name: 'useCustomAddress',
			type: 'boolean',
			default: false,
			description: 'Whether to send the requests somewhere other than inv.bg, such as a test server',
		},
		{
			displayName: 'API Address',
			name: 'baseUrl',
			type: 'string',
			default: API_V3_URL,
			placeholder: 'e.g. http://localhost:8080/v3',
			description: 'Where the test server answers, with the path that stands for /v3',
			displayOptions: { show: { apiVersion: ['v3'], useCustomAddress: [true] } },
		},
		{
			displayName: 'XML API Address',
			name: 'v1Url',
			type: 'string',
			default: '',
			placeholder: 'e.g. http://localhost:8080/api',
			description: 'Where the test server takes the XML documents, instead of http://&lt;domain&gt;.inv.bg/api',
			displayOptions: { show: { apiVersion: ['v1'], useCustomAddress: [true] } },
		},
		{
			displayName: 'Session Token',
			name: 'sessionToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	/** v3 logs in for a token that lasts a day (third-party tests); n8n logs in again when it is refused. */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<IDataObject> {
		return await logIn(this, credentials);
	}

	/** v1 carries its login inside the XML document, so its requests get nothing here. */
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		if (apiVersionOf(credentials) === 'v1') return requestOptions;
		return {
			...requestOptions,
			headers: {
				...(requestOptions.headers as IDataObject),
				Authorization: `Bearer ${String(credentials.sessionToken ?? '')}`,
				'Accept-Language': languageOf(credentials),
			},
		};
	}

	/**
	 * v3: n8n logs in first (the login's refusal is the test's answer, in the credential's words), then reads
	 * one bank account with the fresh token. v1 can only issue documents, so its test only proves that the
	 * address answers at all: any HTTP answer passes, and the username and password are not checked.
	 */
	test: ICredentialTestRequest = {
		request: {
			method: 'GET',
			url: `={{ $credentials.apiVersion === "v1" ? ((($credentials.useCustomAddress && $credentials.v1Url) || ("http://" + $credentials.domain.trim() + ".inv.bg/api")).trim().replace(/\\/+$/, "")) : ((($credentials.useCustomAddress && $credentials.baseUrl) || "${API_V3_URL}").trim().replace(/\\/+$/, "") + "/bank/accounts?per_page=1") }}`,
			headers: { Accept: 'application/json' },
			ignoreHttpStatusErrors: true,
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'message',
					value: 'Token is invalid or expired',
					message: 'inv.bg accepted the login but refused the token it issued. Try again in a minute.',
				},
			},
		],
	};
}
