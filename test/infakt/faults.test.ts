import type { INodeExecutionData } from 'n8n-workflow';

import type { Invoice } from '../sandbox/infakt';
import type { CreateScenario, FaultProvider, Scenario } from '../support/faultMatrix';
import { describeFaultMatrix } from '../support/faultMatrix';
import { byId, createParameters, invoiceFields, line, useInfakt } from './context';

// Tasks finish on their first poll, so that each create cell stays fast.
const inf = useInfakt({ pollsToFinish: 0 });

/** More than one page of 100, so Return All asks for offset 100. */
const LIST_SIZE = 150;

let readInvoice: Invoice;

beforeAll(() => {
	readInvoice = inf.sandbox.addInvoice(invoiceFields({ number: 'ODCZYT/1', client_company_name: 'Odczyt z błędem' }));
	for (let index = 1; index < LIST_SIZE; index++) inf.sandbox.addInvoice(invoiceFields({ number: `L/${index}` }));
});

const ids = (items: INodeExecutionData[]) => items.map((item) => String(item.json.id));

const provider: FaultProvider = {
	service: 'inFakt',
	sandbox: () => inf.sandbox,
	run: async (parameters, options) => await inf.run(parameters, options),
	secrets: () => [inf.sandbox.apiKey],
	unauthorized: {
		contentType: 'application/json; charset=utf-8',
		body: JSON.stringify({ error: 'Nieprawidłowy klucz API.' }),
		message: 'Nieprawidłowy klucz API.',
	},
	read(): Scenario {
		return {
			parameters: { resource: 'invoice', operation: 'get', invoiceId: byId(readInvoice.uuid) },
			route: { method: 'GET', path: new RegExp(`^/api/v3/invoices/${readInvoice.uuid}\\.json$`) },
			requests: 1,
			ownUrl: `${inf.sandbox.baseUrl}/invoices/${readInvoice.uuid}.json`,
			expectItems(items) {
				expect(ids(items)).toEqual([readInvoice.uuid]);
				expect(items[0].json).toMatchObject({ number: 'ODCZYT/1', buyer: { name: 'Odczyt z błędem' }, gross: '246.00' });
			},
		};
	},
	list(): Scenario {
		return {
			parameters: { resource: 'invoice', operation: 'getMany', listKind: 'all', returnAll: true },
			route: { method: 'GET', path: /^\/api\/v3\/invoices\.json$/ },
			nth: 2,
			requests: 2,
			ownUrl: `${inf.sandbox.baseUrl}/invoices.json?offset=100&limit=100`,
			expectItems(items) {
				expect(items).toHaveLength(LIST_SIZE);
				expect(ids(items).sort()).toEqual([...inf.sandbox.store.invoices.keys()].sort());
			},
		};
	},
	create(tag): CreateScenario {
		const buyerName = `Nabywca ${tag}`;
		return {
			parameters: createParameters([line()], { buyerName }),
			route: { method: 'POST', path: '/api/v3/async/invoices.json' },
			requests: 1,
			ownUrl: `${inf.sandbox.baseUrl}/async/invoices.json`,
			expectItems(items) {
				expect(items).toHaveLength(1);
				expect(items[0].json).toMatchObject({ net: '100.00', gross: '123.00', buyer: { name: buyerName } });
			},
			// A submitted task is the invoice: inFakt creates it from the task whether or not anyone asks after it.
			documents: () => [...inf.sandbox.tasks.values()].filter((task) => task.kind === 'create' && task.input.client_company_name === buyerName).length,
		};
	},
};

describeFaultMatrix(provider);
