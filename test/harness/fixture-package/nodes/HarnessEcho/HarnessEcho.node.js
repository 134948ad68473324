'use strict';

const { NodeConnectionTypes } = require('n8n-workflow');

const CREDENTIAL_BY_AUTHENTICATION = { token: 'harnessTokenApi', header: 'harnessHeaderApi' };

/**
 * A programmatic node shaped like the package's real ones, for the harness self-test: every request goes
 * through httpRequestWithAuthentication, every output item is paired with its input item, errors
 * become items when the node is set to continue on failure.
 *
 * Operations: Get (GET <baseUrl>/echo?id=..., outputs the response body), Download (the same response
 * as a binary file) and Upload (POSTs the bytes of an input binary property to <baseUrl>/echo).
 */
class HarnessEcho {
	constructor() {
		this.description = {
			displayName: 'Harness Echo',
			name: 'harnessEcho',
			group: ['transform'],
			version: 1,
			description: 'Calls the echo endpoint of a test server',
			defaults: { name: 'Harness Echo' },
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			credentials: [
				{
					name: 'harnessTokenApi',
					required: true,
					displayOptions: { show: { authentication: ['token'] } },
				},
				{
					name: 'harnessHeaderApi',
					required: true,
					displayOptions: { show: { authentication: ['header'] } },
				},
			],
			properties: [
				{
					displayName: 'Authentication',
					name: 'authentication',
					type: 'options',
					options: [
						{ name: 'Token in Query', value: 'token' },
						{ name: 'Key in Header', value: 'header' },
					],
					default: 'token',
				},
				{
					displayName: 'Operation',
					name: 'operation',
					type: 'options',
					noDataExpression: true,
					options: [
						{ name: 'Get', value: 'get' },
						{ name: 'Download', value: 'download' },
						{ name: 'Upload', value: 'upload' },
					],
					default: 'get',
				},
				{ displayName: 'ID', name: 'id', type: 'string', required: true, default: '' },
				{
					displayName: 'Input Binary Field',
					name: 'binaryPropertyName',
					type: 'string',
					default: 'data',
					displayOptions: { show: { operation: ['upload'] } },
				},
			],
		};
	}

	async execute() {
		const items = this.getInputData();
		const credentialType = CREDENTIAL_BY_AUTHENTICATION[this.getNodeParameter('authentication', 0)];
		const { baseUrl } = await this.getCredentials(credentialType);
		const returnData = [];

		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			try {
				const operation = this.getNodeParameter('operation', itemIndex);
				const id = this.getNodeParameter('id', itemIndex);
				const request = { method: 'GET', url: `${baseUrl}/echo`, qs: { id }, json: true };

				if (operation === 'upload') {
					const propertyName = this.getNodeParameter('binaryPropertyName', itemIndex);
					const file = this.helpers.assertBinaryData(itemIndex, propertyName);
					request.method = 'POST';
					request.qs.fileName = file.fileName;
					request.headers = { 'Content-Type': file.mimeType };
					request.body = await this.helpers.getBinaryDataBuffer(itemIndex, propertyName);
				}

				const body = await this.helpers.httpRequestWithAuthentication.call(
					this,
					credentialType,
					request,
				);

				if (operation === 'download') {
					const file = await this.helpers.prepareBinaryData(
						Buffer.from(JSON.stringify(body)),
						'echo.json',
						'application/json',
					);
					returnData.push({ json: {}, binary: { data: file }, pairedItem: { item: itemIndex } });
				} else {
					returnData.push({ json: body, pairedItem: { item: itemIndex } });
				}
			} catch (error) {
				if (this.continueOnFail()) {
					returnData.push({ json: { error: error.message }, pairedItem: { item: itemIndex } });
					continue;
				}
				throw error;
			}
		}

		return [returnData];
	}
}

module.exports = { HarnessEcho };
