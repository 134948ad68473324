'use strict';

const { join } = require('node:path');
const { NodeConnectionTypes } = require('n8n-workflow');

// The package's compiled core, so that its transport is tried with a credential whose token expires
// before any of the package's services needs one.
const { sendRequest } = require(join(__dirname, '..', '..', '..', '..', '..', 'dist', 'nodes', 'core', 'transport'));
const { routeItems } = require(join(__dirname, '..', '..', '..', '..', '..', 'dist', 'nodes', 'core', 'router'));

const SERVICE = {
	name: 'Harness',
	credentialType: 'harnessSessionApi',
	baseUrl: (credentials) => credentials.baseUrl,
	secrets: (credentials) => [credentials.password, credentials.sessionToken],
	readFailure: (status, body) => ({ message: (body && body.message) || `HTTP ${status}` }),
	expiringToken: true,
};

const OPERATIONS = {
	record: {
		get: {
			kind: 'read',
			execute: async (ctx, itemIndex) =>
				(await sendRequest(ctx, SERVICE, { method: 'GET', path: `/records/${ctx.getNodeParameter('id', itemIndex)}`, expect: 'object', itemIndex })).body,
		},
		create: {
			kind: 'write',
			execute: async (ctx, itemIndex) =>
				(await sendRequest(ctx, SERVICE, { method: 'POST', path: '/records', body: { name: ctx.getNodeParameter('id', itemIndex) }, expect: 'object', itemIndex })).body,
		},
	},
};

/** Get or Create a record of a test server through the package's transport and execute loop. */
class HarnessSession {
	constructor() {
		this.description = {
			displayName: 'Harness Session',
			name: 'harnessSession',
			group: ['transform'],
			version: 1,
			description: 'Reads and writes records of a test server that hands out expiring session tokens',
			defaults: { name: 'Harness Session' },
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			credentials: [{ name: 'harnessSessionApi', required: true }],
			properties: [
				{ displayName: 'Resource', name: 'resource', type: 'hidden', default: 'record' },
				{
					displayName: 'Operation',
					name: 'operation',
					type: 'options',
					noDataExpression: true,
					options: [
						{ name: 'Get', value: 'get' },
						{ name: 'Create', value: 'create' },
					],
					default: 'get',
				},
				{ displayName: 'ID or Name', name: 'id', type: 'string', default: '' },
			],
		};
	}

	async execute() {
		return await routeItems(this, OPERATIONS, { concurrency: 1 });
	}
}

module.exports = { HarnessSession };
