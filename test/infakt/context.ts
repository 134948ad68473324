import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { InfaktSandbox, InfaktSandboxOptions } from '../sandbox/infakt';
import { startInfaktSandbox } from '../sandbox/infakt';
import type { SandboxedNode, SentRequest } from '../support/node-runner';
import { newestRequest, useSandboxedNode } from '../support/node-runner';

export const NODE_TYPE = 'n8n-nodes-faktura.infakt';

export type InfaktTestContext = SandboxedNode<InfaktSandbox>;

/** One sandbox per test file, the node pointed at it (Custom environment) with the key of both scopes. */
export function useInfakt(options: InfaktSandboxOptions = {}): InfaktTestContext {
	return useSandboxedNode(
		NODE_TYPE,
		'infaktApi',
		() => startInfaktSandbox({ today: '2026-01-20', pollsToFinish: 2, ...options }),
		({ apiKey, baseUrl }) => ({ apiKey, environment: 'custom', baseUrl }),
	);
}

/** The newest request of this method to `/api/v3/<path>`, as it went on the wire. */
export function lastRequest(sandbox: InfaktSandbox, method: string, path: string): SentRequest {
	return newestRequest(sandbox.requests, method, `/api/v3/${path.replace(/^\/+/, '')}`);
}

/** The JSON body of a write, as it went on the wire. */
export function bodyOf(request: { rawBody: Buffer }): IDataObject {
	return JSON.parse(request.rawBody.toString('utf8')) as IDataObject;
}

/** An invoice as the API's create takes it, for seeding the sandbox through the service's own rules. */
export function invoiceFields(overrides: IDataObject = {}): IDataObject {
	return {
		kind: 'vat',
		invoice_date: '2026-01-15',
		sale_date: '2026-01-15',
		payment_date: '2026-01-29',
		payment_method: 'transfer',
		client_company_name: 'Hurtownia Sp. z o.o.',
		client_tax_code: '5260250274',
		client_city: 'Warszawa',
		client_country: 'PL',
		services: [{ name: 'Usługa', tax_symbol: '23', quantity: 2, unit_net_price: 10000, unit: 'szt.' }],
		...overrides,
	};
}

/** A line as the Line Items collection holds it. */
export function line(values: INodeParameters = {}): INodeParameters {
	return { name: 'Usługa', quantity: '1', unitNetPrice: '100', vatRate: '23', unit: 'szt.', ...values };
}

/** Create of a VAT invoice for a buyer written on it, with these lines and anything else given. */
export const createParameters = (items: INodeParameters[], extra: INodeParameters = {}): INodeParameters => ({
	resource: 'invoice',
	operation: 'create',
	kind: 'vat',
	buyerType: 'details',
	buyerName: 'Firma Testowa Sp. z o.o.',
	buyerDetails: { taxId: '5260250274', city: 'Kraków', country: 'PL' },
	lineItems: { item: items },
	additionalFields: { issueDate: '2026-01-15' },
	...extra,
});

/** A resource locator's value By ID. */
export const byId = (value: string | number): INodeParameters => ({ __rl: true, mode: 'id', value: String(value) });
