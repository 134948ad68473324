import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { PRODUCTION_URL, SANDBOX_URL } from '../nodes/Infakt/auth';

export class InfaktApi implements ICredentialType {
	name = 'infaktApi';

	displayName = 'inFakt API';

	documentationUrl = 'https://github.com/infakt/API';

	icon = { light: 'file:../nodes/Infakt/infakt.svg', dark: 'file:../nodes/Infakt/infakt.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Generated in inFakt → Account settings → API; give it the scopes api:invoices:read and api:invoices:write',
		},
		{
			displayName: 'Environment',
			name: 'environment',
			type: 'options',
			options: [
				{ name: 'Production', value: 'production', description: PRODUCTION_URL },
				{ name: 'inFakt Sandbox', value: 'sandbox', description: `${SANDBOX_URL}, for an account of konto.sandbox-infakt.pl` },
				{ name: 'Custom', value: 'custom', description: 'Another address, such as a test server' },
			],
			default: 'production',
		},
		{
			displayName: 'API Address',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. http://localhost:8080/api/v3',
			description: 'Where the test server answers, with the path that stands for /api/v3',
			displayOptions: { show: { environment: ['custom'] } },
		},
	];

	/**
	 * A function rather than n8n's generic header object, which would make n8n offer a "Custom API Call"
	 * operation this node does not run, as with the package's other credentials.
	 */
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return {
			...requestOptions,
			headers: { ...(requestOptions.headers as IDataObject), 'X-inFakt-ApiKey': String(credentials.apiKey ?? '') },
		};
	}

	/** One invoice of the list: cheap, changes nothing, and needs the read scope every operation needs. */
	test: ICredentialTestRequest = {
		request: {
			baseURL: `={{ ($credentials.environment === "custom" ? $credentials.baseUrl : $credentials.environment === "sandbox" ? "${SANDBOX_URL}" : "${PRODUCTION_URL}").trim().replace(/\\/+$/, "") }}`,
			url: '/invoices.json',
			qs: { limit: 1 },
			headers: { Accept: 'application/json' },
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message: 'inFakt does not accept this API key. Copy it again from inFakt → Account settings → API, and check the environment (production or sandbox).',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message: 'inFakt knows this API key, but it lacks the scope api:invoices:read, or inFakt blocks this IP address.',
				},
			},
			{
				type: 'responseCode',
				properties: { value: 404, message: 'The address does not answer as the inFakt API. Check the environment, or the custom API address.' },
			},
		],
	};
}
