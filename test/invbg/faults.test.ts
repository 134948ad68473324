import type { INodeExecutionData } from 'n8n-workflow';

import type { InvoiceRecord } from '../sandbox/invbg';
import type { CreateScenario, FaultProvider, Scenario } from '../support/faultMatrix';
import { describeFaultMatrix } from '../support/faultMatrix';
import { byId, createParameters, invoiceFields, useInvBg } from './context';

const inv = useInvBg({ today: '2026-02-10' });

/** More than one page of 100, so Return All asks for page 2. */
const LIST_SIZE = 150;

const UNAUTHORIZED = {
	contentType: 'application/json; charset=utf-8',
	body: JSON.stringify({ status: 'error', message: 'Token is invalid or expired' }),
	message: 'Token is invalid or expired',
};

let readInvoice: InvoiceRecord;
let listIds: string[];

beforeAll(() => {
	readInvoice = inv.sandbox.addInvoice(invoiceFields({ number: '0000000500', to_name: 'Четене с грешка' }));
	listIds = Array.from({ length: LIST_SIZE }, () => String(inv.sandbox.addInvoice(invoiceFields({ type: 'prof' })).id));
});

const ids = (items: INodeExecutionData[]) => items.map((item) => String(item.json.id));

const provider: FaultProvider = {
	service: 'inv.bg',
	sandbox: () => inv.sandbox,
	run: async (parameters, options) => await inv.run(parameters, options),
	secrets: () => [inv.sandbox.login.password, ...inv.sandbox.store.tokens.keys()],
	unauthorized: UNAUTHORIZED,
	// A 401 that stays is a wrong login, tested in auth.test.ts.
	tokenExpires: true,
	read(): Scenario {
		return {
			parameters: { apiVersion: 'v3', resource: 'invoice', operation: 'get', invoice: byId(readInvoice.id) },
			route: { method: 'GET', path: /^\/v3\/invoices\/\d+$/ },
			requests: 1,
			ownUrl: `${inv.sandbox.baseUrl}/invoices/${readInvoice.id}`,
			expectItems(items) {
				expect(ids(items)).toEqual([String(readInvoice.id)]);
				expect(items[0].json).toMatchObject({ number: '0000000500', buyer: { name: 'Четене с грешка' }, gross: '36.00' });
			},
		};
	},
	list(): Scenario {
		return {
			parameters: { apiVersion: 'v3', resource: 'invoice', operation: 'getMany', returnAll: true, filters: { documentType: 'prof' } },
			route: { method: 'GET', path: /^\/v3\/invoices$/ },
			nth: 2,
			requests: 2,
			ownUrl: `${inv.sandbox.baseUrl}/invoices?type=prof&page=2&per_page=100`,
			expectItems(items) {
				expect(ids(items).sort()).toEqual([...listIds].sort());
			},
		};
	},
	create(tag): CreateScenario {
		const buyerName = `Купувач ${tag}`;
		return {
			parameters: createParameters({ buyerName }),
			route: { method: 'POST', path: /^\/v3\/invoices$/ },
			requests: 1,
			ownUrl: `${inv.sandbox.baseUrl}/invoices`,
			expectItems(items) {
				expect(items).toHaveLength(1);
				expect(items[0].json).toMatchObject({ net: '100.00', gross: '120.00', buyer: { name: buyerName } });
			},
			documents: () => inv.sandbox.store.invoices.all().filter((invoice) => invoice.to_name === buyerName).length,
		};
	},
};

describeFaultMatrix(provider);
