import type { INode } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { asNodeError, describeFieldErrors, providerError } from '../../nodes/core/errors';

const node: INode = { id: '1', name: 'Invoicing', type: 'n8n-nodes-faktura.test', typeVersion: 1, position: [0, 0], parameters: {} };

describe('describeFieldErrors', () => {
	test('reads wire names as words, one sentence per field', () => {
		expect(
			describeFieldErrors([
				{ field: 'buyer_name', messages: ["can't be blank"] },
				{ field: 'positions.name', messages: ["can't be blank", 'is too long'] },
			]),
		).toBe("Buyer name can't be blank; Positions name can't be blank, is too long");
	});
});

describe('providerError', () => {
	test('carries the service message, its field errors, the status and a hint', () => {
		const error = providerError(
			node,
			{ message: 'The record was not accepted', fieldErrors: [{ field: 'buyer_name', messages: ["can't be blank"] }], status: 422 },
			{ service: 'BitFaktura', secrets: [], itemIndex: 2 },
		);
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe("BitFaktura: Buyer name can't be blank");
		expect(error.description).toBe('The record was not accepted. Correct the fields named above.');
		expect(error.httpCode).toBe('422');
		expect(error.context.itemIndex).toBe(2);
	});

	test('advises about fields only when the service named some', () => {
		const unnamed = providerError(node, { message: 'Unprocessable', status: 422 }, { service: 'BitFaktura', secrets: [] });
		expect(unnamed.description).not.toMatch(/field/i);
		const badRequest = providerError(node, { message: 'Bad request', status: 400 }, { service: 'BitFaktura', secrets: [] });
		expect(badRequest.description).not.toMatch(/field/i);
		const named = providerError(
			node,
			{ message: 'Invalid', status: 400, fieldErrors: [{ field: 'buyer_name', messages: ['is too long'] }] },
			{ service: 'BitFaktura', secrets: [] },
		);
		expect(named.description).toBe('Invalid. Correct the fields named above.');
	});

	test('a server failure never claims that nothing was changed', () => {
		const error = providerError(node, { message: 'Internal Server Error', status: 500 }, { service: 'BitFaktura', secrets: [] });
		expect(error.description).not.toMatch(/nothing was changed/i);
	});

	test('removes secrets a service echoes, by value and by name', () => {
		const error = providerError(
			node,
			{ message: 'token tok-123456 refused; {"api_token":"other-secret-value"}', status: 401 },
			{ service: 'BitFaktura', secrets: ['tok-123456'] },
		);
		expect(JSON.stringify({ message: error.message, description: error.description })).not.toMatch(/tok-123456|other-secret-value/);
	});
});

describe('asNodeError', () => {
	test('names the item on errors that do not, and turns plain errors into NodeOperationError', () => {
		const plain = asNodeError(node, new Error('Line item 1: Quantity must be a decimal'), 3);
		expect(plain).toBeInstanceOf(NodeOperationError);
		expect(plain.context.itemIndex).toBe(3);
		const api = providerError(node, { message: 'Not Found', status: 404 }, { service: 'BitFaktura', secrets: [] });
		expect(asNodeError(node, api, 4)).toBe(api);
		expect(api.context.itemIndex).toBe(4);
	});
});
