import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import type { InvoiceRecord } from '../sandbox/bitfaktura';
import { startBitFakturaSandbox } from '../sandbox/bitfaktura';
import type { RecordedRequest } from '../sandbox/server';
import type { CreateScenario, FaultProvider, Scenario } from '../support/faultMatrix';
import { describeFaultMatrix, outputItems } from '../support/faultMatrix';
import { useSandboxedNode } from '../support/node-runner';
import { NODE_TYPE } from './context';

/**
 * Tokens that change when URL-encoded (`+`, `/`, `=`, `&`), so that "no secret in the error" is checked
 * in both forms a request carries them in: raw in a JSON body, encoded in a query string.
 */
const API_TOKEN = 'fault+Api/Token=9&x';
const INTEGRATION_TOKEN = 'fault+Partner/Token=7&y';

const bf = useSandboxedNode(
	NODE_TYPE,
	'bitFakturaApi',
	async () => await startBitFakturaSandbox({ apiToken: API_TOKEN, integrationToken: INTEGRATION_TOKEN }),
	(sandbox) => ({ account: sandbox.baseUrl, apiToken: sandbox.apiToken, integrationToken: sandbox.integrationToken }),
);

/** More than one page of 100, so Return All asks for page 2. */
const LIST_SIZE = 150;
const LIST_OID = 'fault-matrix-list';

let readInvoice: InvoiceRecord;
let listIds: string[];

const lines = (name: string) => [{ name, quantity: 1, total_price_gross: '12.30', tax: 23 }];

beforeAll(() => {
	readInvoice = bf.sandbox.addInvoice({ buyer_name: 'Fault matrix read', positions: lines('Read') });
	listIds = Array.from({ length: LIST_SIZE }, (_, index) =>
		String(bf.sandbox.addInvoice({ buyer_name: `Fault matrix list ${index}`, oid: LIST_OID, positions: lines('List') }).id),
	);
});

function invoicesOf(predicate: (invoice: InvoiceRecord) => boolean): InvoiceRecord[] {
	return bf.sandbox.store.invoices.all().filter(predicate);
}

function createParameters(buyerName: string, additionalFields: INodeParameters = {}): INodeParameters {
	return {
		resource: 'invoice',
		operation: 'create',
		buyerName,
		lineItems: { item: [{ name: 'Consulting', quantity: '1', unitNetPrice: '100', vatRate: '23' }] },
		additionalFields: { issueDate: '2024-12-15', ...additionalFields },
		simplify: false,
	};
}

const ids = (items: INodeExecutionData[]) => items.map((item) => String(item.json.id));

const provider: FaultProvider = {
	service: 'BitFaktura',
	sandbox: () => bf.sandbox,
	run: async (parameters, options) => await bf.run(parameters, options),
	secrets: () => [bf.sandbox.apiToken, bf.sandbox.integrationToken],
	unauthorized: {
		contentType: 'application/json; charset=utf-8',
		body: JSON.stringify({ code: 'error', message: 'You must be logged in to gain access to the site' }),
		message: 'You must be logged in to gain access to the site',
	},
	read(): Scenario {
		const path = `/invoices/${readInvoice.id}.json`;
		return {
			parameters: { resource: 'invoice', operation: 'get', invoiceId: { __rl: true, mode: 'id', value: String(readInvoice.id) }, simplify: false },
			route: { method: 'GET', path },
			requests: 1,
			ownUrl: `${bf.sandbox.baseUrl}${path}`,
			expectItems(items) {
				expect(ids(items)).toEqual([String(readInvoice.id)]);
				expect(items[0].json.buyer_name).toBe('Fault matrix read');
			},
		};
	},
	list(): Scenario {
		return {
			parameters: { resource: 'invoice', operation: 'getMany', returnAll: true, filters: { period: 'all', orderId: LIST_OID }, simplify: false },
			route: { method: 'GET', path: '/invoices.json' },
			nth: 2,
			requests: 2,
			ownUrl: `${bf.sandbox.baseUrl}/invoices.json?oid=${LIST_OID}&period=all&page=2&per_page=100`,
			expectItems(items) {
				expect(ids(items).sort()).toEqual([...listIds].sort());
			},
		};
	},
	create(tag): CreateScenario {
		const buyerName = `Fault matrix buyer ${tag}`;
		return {
			parameters: createParameters(buyerName),
			route: { method: 'POST', path: '/invoices.json' },
			requests: 1,
			ownUrl: `${bf.sandbox.baseUrl}/invoices.json`,
			expectItems(items) {
				expect(items).toHaveLength(1);
				expect(items[0].json).toMatchObject({ buyer_name: buyerName, price_net: '100.00' });
				expect(items[0].json.alreadyExisted).toBeUndefined();
			},
			documents: () => invoicesOf((invoice) => invoice.buyer_name === buyerName).length,
		};
	},
};

describeFaultMatrix(provider);

describe('BitFaktura: a create with an Order ID is issued once', () => {
	afterEach(() => bf.sandbox.faults.clear());

	const posts = (requests: RecordedRequest[]) => requests.filter((request) => request.method === 'POST' && request.path === '/invoices.json');
	const lookups = (requests: RecordedRequest[], oid: string) =>
		requests.filter((request) => request.method === 'GET' && request.path === '/invoices.json' && request.query.oid === oid);
	const withOid = (oid: string) => invoicesOf((invoice) => invoice.oid === oid);

	test('a 503 after the service created it: the invoice is found by its order ID and returned marked alreadyExisted', async () => {
		const oid = 'idem-acted';
		const before = bf.sandbox.requests.length;
		bf.sandbox.faults.inject({ method: 'POST', path: '/invoices.json', act: true, fault: { kind: 'status', status: 503 } });

		const run = await bf.run(createParameters('Idempotent buyer A', { orderId: oid }));

		expect(run.error).toBeUndefined();
		const [item, ...rest] = outputItems(run);
		expect(rest).toEqual([]);
		expect(withOid(oid)).toHaveLength(1);
		expect(item.json).toMatchObject({ id: withOid(oid)[0].id, oid, alreadyExisted: true });
		const sent = bf.sandbox.requests.slice(before);
		expect(posts(sent)).toHaveLength(1);
		// Looked up before creating, and again once the outcome was unknown.
		expect(lookups(sent, oid)).toHaveLength(2);
		expect(lookups(sent, oid)[0].query).toMatchObject({ period: 'all' });
	});

	test('a 503 before the service acted: nothing is found, the create is sent once more and succeeds', async () => {
		const oid = 'idem-not-acted';
		const before = bf.sandbox.requests.length;
		bf.sandbox.faults.inject({ method: 'POST', path: '/invoices.json', act: false, fault: { kind: 'status', status: 503 } });

		const run = await bf.run(createParameters('Idempotent buyer B', { orderId: oid }));

		expect(run.error).toBeUndefined();
		const items = outputItems(run);
		expect(items).toHaveLength(1);
		expect(withOid(oid)).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: withOid(oid)[0].id, oid });
		expect(items[0].json.alreadyExisted).toBeUndefined();
		const sent = bf.sandbox.requests.slice(before);
		expect(posts(sent)).toHaveLength(2);
		expect(lookups(sent, oid)).toHaveLength(2);
	});

	test('three items, the third refused with 422: without Continue the error names items 0–1 as done, with their IDs', async () => {
		const buyer = 'Batch buyer C';
		const before = bf.sandbox.requests.length;
		bf.sandbox.faults.inject({
			method: 'POST',
			path: '/invoices.json',
			nth: 3,
			fault: {
				kind: 'status',
				status: 422,
				contentType: 'application/json; charset=utf-8',
				body: JSON.stringify({ code: 'error', message: { buyer_tax_no: ['is invalid'] } }),
			},
		});

		const run = await bf.run(createParameters(`={{ "${buyer} " + $json.n }}`), { input: [{ n: 0 }, { n: 1 }, { n: 2 }] });

		const error = run.error as (Error & { description?: string; context?: IDataObject }) | undefined;
		expect(error).toBeDefined();
		expect(error?.message).toBe('BitFaktura: Buyer tax no is invalid');
		expect(error?.context?.outcome).toBe('refused');
		expect(error?.context?.itemIndex).toBe(2);
		const done = invoicesOf((invoice) => typeof invoice.buyer_name === 'string' && invoice.buyer_name.startsWith(buyer));
		expect(done.map((invoice) => invoice.buyer_name)).toEqual([`${buyer} 0`, `${buyer} 1`]);
		expect(error?.description).toContain(`Items 0–1 were done before this one failed, and stay done (IDs ${done[0].id}, ${done[1].id}).`);
		expect(posts(bf.sandbox.requests.slice(before))).toHaveLength(3);
	});

	test('a re-run of a batch that failed on item 2 creates only item 2, and returns items 0–1 marked alreadyExisted', async () => {
		const parameters = createParameters('={{ "Rerun buyer " + $json.n }}', { orderId: '={{ "rerun-" + $json.n }}' });
		const input = [{ n: 0 }, { n: 1 }, { n: 2 }];
		const oids = ['rerun-0', 'rerun-1', 'rerun-2'];
		bf.sandbox.faults.inject({
			method: 'POST',
			path: '/invoices.json',
			nth: 3,
			fault: {
				kind: 'status',
				status: 422,
				contentType: 'application/json; charset=utf-8',
				body: JSON.stringify({ code: 'error', message: 'Account limit of documents reached' }),
			},
		});

		const first = await bf.run(parameters, { input });
		expect(first.error?.message).toBe('BitFaktura: Account limit of documents reached');
		expect(oids.map((oid) => withOid(oid).length)).toEqual([1, 1, 0]);
		const firstIds = oids.slice(0, 2).map((oid) => withOid(oid)[0].id);

		bf.sandbox.faults.clear();
		const before = bf.sandbox.requests.length;
		const second = await bf.run(parameters, { input });

		expect(second.error).toBeUndefined();
		const items = outputItems(second);
		expect(items.map((item) => [item.json.oid, item.json.alreadyExisted, item.pairedItem])).toEqual([
			['rerun-0', true, { item: 0 }],
			['rerun-1', true, { item: 1 }],
			['rerun-2', undefined, { item: 2 }],
		]);
		expect(items.slice(0, 2).map((item) => item.json.id)).toEqual(firstIds);
		expect(oids.map((oid) => withOid(oid).length)).toEqual([1, 1, 1]);
		const posted = posts(bf.sandbox.requests.slice(before));
		expect(posted).toHaveLength(1);
		expect((posted[0].body as IDataObject & { invoice: IDataObject }).invoice.oid).toBe('rerun-2');
	});
});
