import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { InvBgSandbox, InvBgSandboxOptions } from '../sandbox/invbg';
import { startInvBgSandbox } from '../sandbox/invbg';
import type { SandboxedNode, SentRequest } from '../support/node-runner';
import { newestRequest, useSandboxedNode } from '../support/node-runner';

export const NODE_TYPE = 'n8n-nodes-faktura.invBg';
export const CREDENTIAL_TYPE = 'invBgApi';

export type InvBgTestContext = SandboxedNode<InvBgSandbox>;

/** The v3 credential pointed at the sandbox, with the sandbox firm's login. */
export function v3Credential(sandbox: InvBgSandbox): IDataObject {
	return { apiVersion: 'v3', ...sandbox.login, language: 'bg', useCustomAddress: true, baseUrl: sandbox.baseUrl };
}

/** The XML API credential pointed at the sandbox. */
export function v1Credential(sandbox: InvBgSandbox): IDataObject {
	return { apiVersion: 'v1', ...sandbox.v1Login, domain: sandbox.login.domain, useCustomAddress: true, v1Url: sandbox.v1Url };
}

/** One sandbox per test file, the node pointed at it with a v3 login (or the XML API's). */
export function useInvBg(options: InvBgSandboxOptions = {}, version: 'v3' | 'v1' = 'v3'): InvBgTestContext {
	return useSandboxedNode(NODE_TYPE, CREDENTIAL_TYPE, () => startInvBgSandbox(options), version === 'v3' ? v3Credential : v1Credential);
}

/** The newest request of this method to `/v3/<path>`, as it went on the wire. */
export function lastRequest(sandbox: InvBgSandbox, method: string, path: string): SentRequest {
	return newestRequest(sandbox.requests, method, `/v3/${path.replace(/^\/+/, '')}`);
}

export function bodyOf(request: { rawBody: Buffer }): IDataObject {
	return JSON.parse(request.rawBody.toString('utf8')) as IDataObject;
}

/** A resource locator By ID, as the editor saves it. */
export const byId = (id: string | number): INodeParameters => ({ __rl: true, mode: 'id', value: String(id) });

/** A line as the Line Items collection holds it. */
export function line(values: INodeParameters = {}): INodeParameters {
	return { name: 'Консултация', quantity: '2', unit: 'час', unitNetPrice: '50.00', ...values };
}

/** Create of a tax invoice for a company buyer, in euro, and anything else given. */
export const createParameters = (extra: INodeParameters = {}): INodeParameters => ({
	apiVersion: 'v3',
	resource: 'invoice',
	operation: 'create',
	documentType: 'dan',
	buyerName: 'Клиент ООД',
	buyerDetails: { taxId: '123456789', city: 'София', street: 'ул. Витоша 1', country: 'BG' },
	lineItems: { item: [line()] },
	vatPercent: '20',
	currency: 'EUR',
	paymentMethod: 'transfer',
	additionalFields: { issueDate: '2026-02-10' },
	...extra,
});

/** A tax invoice as its POST body, for seeding the sandbox through the service's own rules. */
export function invoiceFields(overrides: IDataObject = {}): IDataObject {
	return {
		type: 'dan',
		to_name: 'Склад ЕООД',
		to_bulstat: '987654321',
		to_town: 'Пловдив',
		date_create: '2026-02-01',
		payment_method: 'bank',
		payment_currency: 'EUR',
		vat: { percent: 20, reason_without: null },
		items_with_vat: 0,
		items: [{ name: 'Стока', quantity: 3, quantity_unit: 'бр.', price: 10 }],
		...overrides,
	};
}
