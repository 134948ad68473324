import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import type { IfirmaKeyName } from '../nodes/IFirma/signing';
import {
	authenticationHeader,
	hmacSha1Hex,
	IFIRMA_API_URL,
	KEY_FIELDS,
	keyNameFor,
	signatureMessage,
	signedUrl,
} from '../nodes/IFirma/signing';

/** A key as ifirma.pl shows it: a string of hex digits, one per key name. */
function keyField(keyName: IfirmaKeyName, displayName: string, description: string, required = false): INodeProperties {
	return {
		displayName,
		name: KEY_FIELDS[keyName],
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required,
		description,
	};
}

function isEmptyObject(body: unknown): boolean {
	return typeof body === 'object' && body !== null && !Buffer.isBuffer(body) && Object.keys(body).length === 0;
}

/**
 * The body exactly as it goes on the wire. An object is serialised here, once, and that text is both
 * signed and sent: serialising it twice could differ in a byte and break the signature.
 */
function bodyText(body: IHttpRequestOptions['body']): string {
	if (body === undefined || body === null || body === '' || isEmptyObject(body)) return '';
	if (typeof body === 'string') return body;
	if (Buffer.isBuffer(body)) return body.toString('utf8');
	return JSON.stringify(body);
}

export class IFirmaApi implements ICredentialType {
	name = 'iFirmaApi';

	displayName = 'iFirma API';

	documentationUrl = 'https://api.ifirma.pl/';

	icon = { light: 'file:../nodes/IFirma/iFirma.svg', dark: 'file:../nodes/IFirma/iFirma.dark.svg' } as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Login',
			name: 'login',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. name@email.com',
			description: 'The login you sign in to ifirma.pl with',
		},
		keyField(
			'faktura',
			'Invoice Key (faktura)',
			'The "faktura" key from ifirma.pl → Narzędzia → API: a string of hex digits, copied as shown there. Signs invoices, pro formas, payments and clients.',
			true,
		),
		keyField('abonent', 'Subscriber Key (abonent)', 'The "abonent" key: needed for the API limit and the accounting month'),
		keyField('rachunek', 'Bill Key (rachunek)', 'The "rachunek" key: needed to issue and send bills'),
		{
			displayName: 'Use Custom API Address',
			name: 'useCustomAddress',
			type: 'boolean',
			default: false,
			description: `Whether to send the requests somewhere other than ${IFIRMA_API_URL}, such as a test server`,
		},
		{
			displayName: 'API Address',
			name: 'baseUrl',
			type: 'string',
			default: IFIRMA_API_URL,
			placeholder: 'e.g. http://localhost:8080/iapi',
			description: 'Where the test server answers, with the path that stands for /iapi',
			displayOptions: { show: { useCustomAddress: [true] } },
		},
	];

	/**
	 * Signs each request with the key its endpoint needs. The node checks beforehand that the key is
	 * there, so the error below is only reached by requests the node did not prepare.
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const keyName = keyNameFor(requestOptions.url);
		const key = String(credentials[KEY_FIELDS[keyName]] ?? '').trim();
		if (key === '') throw new Error(`The iFirma credential has no "${keyName}" key`);
		const login = String(credentials.login ?? '').trim();
		const body = bodyText(requestOptions.body);
		const url = signedUrl(requestOptions.baseURL ?? '', requestOptions.url);
		const signature = hmacSha1Hex(key, signatureMessage(url, login, keyName, body));
		return {
			...requestOptions,
			body: body === '' ? undefined : body,
			headers: { ...(requestOptions.headers as IDataObject), Authentication: authenticationHeader(login, signature) },
		};
	}

	/**
	 * A list of invoices from long ago: cheap, needs only the required "faktura" key, changes nothing.
	 * ifirma answers a refused signature inside the envelope, so the rules read its code; a wrong
	 * address fails before that with n8n's own "not found" or "refused the connection".
	 */
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{ (($credentials.useCustomAddress && $credentials.baseUrl) || "https://www.ifirma.pl/iapi").trim().replace(/\\/+$/, "") }}',
			url: '/faktury.json',
			qs: { dataOd: '2000-01-01', dataDo: '2000-01-02', iloscNaStronie: 1 },
			headers: { Accept: 'application/json' },
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: { key: 'response.Kod', value: 401, message: 'iFirma does not know this login. Use the login you sign in to ifirma.pl with.' },
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'response.Kod',
					value: 403,
					message: 'The login is right but the "faktura" key is wrong. Copy it again from ifirma.pl → Narzędzia → API.',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: { key: 'response.Kod', value: 402, message: 'No "faktura" key is generated for this login. Generate it in ifirma.pl → Narzędzia → API.' },
			},
			{
				type: 'responseSuccessBody',
				properties: { key: 'response.Kod', value: 400, message: 'iFirma could not read the signature. Check the login for spaces or commas.' },
			},
		],
	};
}
