'use strict';

/**
 * A credential whose authentication is a FUNCTION: n8n calls it with the credential data and the
 * request, and sends what it returns (here, the key in an X-Api-Key header). Its test request succeeds
 * at the HTTP level either way; the body says whether the key was accepted.
 */
class HarnessHeaderApi {
	constructor() {
		this.name = 'harnessHeaderApi';
		this.displayName = 'Harness Header API';
		this.properties = [
			{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: '' },
			{
				displayName: 'API Key',
				name: 'apiKey',
				type: 'string',
				typeOptions: { password: true },
				default: '',
			},
		];
		this.test = {
			request: { baseURL: '={{$credentials.baseUrl}}', url: '/me' },
			rules: [
				{
					type: 'responseSuccessBody',
					properties: { key: 'authenticated', value: false, message: 'The API key was not accepted' },
				},
			],
		};
	}

	async authenticate(credentials, requestOptions) {
		return {
			...requestOptions,
			headers: { ...requestOptions.headers, 'X-Api-Key': credentials.apiKey },
		};
	}
}

module.exports = { HarnessHeaderApi };
