'use strict';

/**
 * A credential with GENERIC authentication: n8n resolves `={{$credentials.token}}` and adds it to the
 * query string of every request. Its declarative test calls GET <baseUrl>/me.
 */
class HarnessTokenApi {
	constructor() {
		this.name = 'harnessTokenApi';
		this.displayName = 'Harness Token API';
		this.properties = [
			{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: '' },
			{
				displayName: 'Token',
				name: 'token',
				type: 'string',
				typeOptions: { password: true },
				default: '',
			},
		];
		this.authenticate = {
			type: 'generic',
			properties: { qs: { token: '={{$credentials.token}}' } },
		};
		this.test = {
			request: { baseURL: '={{$credentials.baseUrl}}', url: '/me' },
			rules: [
				{ type: 'responseCode', properties: { value: 401, message: 'The token was rejected' } },
			],
		};
	}
}

module.exports = { HarnessTokenApi };
