import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { AfakturySandbox, AfakturySandboxOptions } from '../sandbox/afaktury';
import { startAfakturySandbox } from '../sandbox/afaktury';
import type { SandboxedNode, SentRequest } from '../support/node-runner';
import { newestRequest, useSandboxedNode } from '../support/node-runner';

export const NODE_TYPE = 'n8n-nodes-faktura.afaktury';

export type AfakturyTestContext = SandboxedNode<AfakturySandbox>;

/** One sandbox per test file, the node pointed at it with the API token. */
export function useAfaktury(options: AfakturySandboxOptions = {}): AfakturyTestContext {
	return useSandboxedNode(
		NODE_TYPE,
		'afakturyApi',
		() => startAfakturySandbox(options),
		({ token, baseUrl }) => ({ authentication: 'token', token, useCustomAddress: true, baseUrl: `${baseUrl}/api` }),
	);
}

/** The newest request of this method to `/api/<path>`, as it went on the wire. */
export function lastRequest(sandbox: AfakturySandbox, method: string, path: string): SentRequest {
	return newestRequest(sandbox.requests, method, `/api/${path.replace(/^\/+/, '')}`);
}

/** The `?data=` object of a GET, as the service reads it. */
export function dataOf(request: { query: Record<string, unknown> }): IDataObject {
	return JSON.parse(String(request.query.data ?? '{}')) as IDataObject;
}

/** A document as its POST body, for seeding the sandbox through the service's own rules. */
export function documentBody(overrides: IDataObject = {}): IDataObject {
	return {
		dateCreate: '2026-01-15',
		number: '1/01/2026',
		language: 'pl',
		data: 1,
		currency: 1,
		payKind: 1,
		payTime: 2,
		personBuy: { name: 'Hurtownia Sp. z o.o.', nip: '5260250274', address: 'ul. Prosta 1, 00-001 Warszawa' },
		personSell: { name: 'Sandbox Sp. z o.o.', nip: '5260250274' },
		products: [{ name: 'Usługa', amount: 2, netto: 100, vat: 1, unit: 1 }],
		...overrides,
	};
}

/** A line as the Line Items collection holds it. */
export function line(values: INodeParameters = {}): INodeParameters {
	return { name: 'Usługa', quantity: '1', unitNetPrice: '100', vatRate: '23', unit: 'szt.', ...values };
}

/** Create of a VAT invoice with these lines, and anything else given. */
export const createParameters = (items: INodeParameters[], extra: INodeParameters = {}): INodeParameters => ({
	resource: 'document',
	operation: 'create',
	documentType: 'invoice',
	number: 'FV/1/2026',
	sellerDataSet: 'Sandbox Sp. z o.o.',
	buyerName: 'Firma Testowa Sp. z o.o.',
	currency: 'PLN',
	paymentMethod: 'transfer',
	paymentTerm: '14',
	lineItems: { item: items },
	additionalFields: { issueDate: '2026-01-15' },
	...extra,
});

/** The JSON body of a POST, PUT or DELETE, as it went on the wire (the sandbox reads its bodies itself). */
export function bodyOf(request: { rawBody: Buffer }): IDataObject {
	return JSON.parse(request.rawBody.toString('utf8')) as IDataObject;
}
