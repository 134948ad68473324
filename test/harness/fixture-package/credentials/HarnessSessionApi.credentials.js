'use strict';

/**
 * A credential that logs in for a session token that expires, the way inFakt's and inv.bg's newer APIs
 * work: `preAuthentication` posts the login and n8n keeps the token in the hidden, expirable field.
 */
class HarnessSessionApi {
	constructor() {
		this.name = 'harnessSessionApi';
		this.displayName = 'Harness Session API';
		this.properties = [
			{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: '' },
			{ displayName: 'Login', name: 'login', type: 'string', default: '' },
			{ displayName: 'Password', name: 'password', type: 'string', typeOptions: { password: true }, default: '' },
			{ displayName: 'Session Token', name: 'sessionToken', type: 'hidden', typeOptions: { expirable: true }, default: '' },
		];
	}

	async preAuthentication(credentials) {
		const answer = await this.helpers.httpRequest({
			method: 'POST',
			url: `${credentials.baseUrl}/login`,
			body: { login: credentials.login, password: credentials.password },
			json: true,
		});
		return { sessionToken: answer.token };
	}

	async authenticate(credentials, requestOptions) {
		return {
			...requestOptions,
			headers: { ...requestOptions.headers, Authorization: `Bearer ${credentials.sessionToken}` },
		};
	}
}

module.exports = { HarnessSessionApi };
