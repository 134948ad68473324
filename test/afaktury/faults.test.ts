import type { INodeExecutionData } from 'n8n-workflow';

import type { DocumentRecord } from '../sandbox/afaktury';
import type { CreateScenario, FaultProvider, Scenario } from '../support/faultMatrix';
import { describeFaultMatrix } from '../support/faultMatrix';
import { createParameters, documentBody, line, useAfaktury } from './context';

const af = useAfaktury();

/** More than one page of 100, so Return All asks for page 2. */
const LIST_SIZE = 150;

let readDocument: DocumentRecord;
let listHashes: string[];

beforeAll(() => {
	readDocument = af.sandbox.addDocument('invoice', documentBody({ number: 'ODCZYT/1', personBuy: { name: 'Odczyt z błędem' } }));
	listHashes = Array.from({ length: LIST_SIZE }, (_, index) => af.sandbox.addDocument('bill', documentBody({ number: `L/${index}` })).hash);
});

const apiRoot = () => `${af.sandbox.baseUrl}/api`;

const dataQuery = (data: object) => `?data=${encodeURIComponent(JSON.stringify(data))}`;

const ids = (items: INodeExecutionData[]) => items.map((item) => String(item.json.id));

const provider: FaultProvider = {
	service: 'Afaktury',
	sandbox: () => af.sandbox,
	run: async (parameters, options) => await af.run(parameters, options),
	secrets: () => [af.sandbox.token],
	unauthorized: {
		contentType: 'application/json; charset=utf-8',
		body: JSON.stringify({ result: false, errors: ['Invalid authentication'], messages: [] }),
		message: 'Invalid authentication',
	},
	read(): Scenario {
		return {
			parameters: { resource: 'document', operation: 'get', documentType: 'invoice', documentHash: { __rl: true, mode: 'id', value: readDocument.hash } },
			route: { method: 'GET', path: /^\/api\/invoice$/ },
			requests: 1,
			ownUrl: `${apiRoot()}/invoice${dataQuery({ hash: readDocument.hash })}`,
			expectItems(items) {
				expect(ids(items)).toEqual([readDocument.hash]);
				expect(items[0].json).toMatchObject({ number: 'ODCZYT/1', buyer: { name: 'Odczyt z błędem' }, gross: '246.00' });
			},
		};
	},
	list(): Scenario {
		return {
			parameters: { resource: 'document', operation: 'getMany', documentType: 'bill', returnAll: true, filters: {} },
			route: { method: 'GET', path: '/api/bill/list' },
			nth: 2,
			requests: 2,
			ownUrl: `${apiRoot()}/bill/list${dataQuery({ page: 2, count: 100 })}`,
			expectItems(items) {
				expect(ids(items).sort()).toEqual([...listHashes].sort());
			},
		};
	},
	create(tag): CreateScenario {
		const buyerName = `Nabywca ${tag}`;
		return {
			parameters: createParameters([line()], { buyerName, number: `F/${tag}` }),
			route: { method: 'POST', path: '/api/invoice' },
			requests: 1,
			ownUrl: `${apiRoot()}/invoice`,
			expectItems(items) {
				expect(items).toHaveLength(1);
				expect(items[0].json).toMatchObject({ net: '100.00', gross: '123.00', buyer: { name: buyerName } });
			},
			documents: () => [...af.sandbox.documents.invoice.values()].filter((document) => document.personBuy.name === buyerName).length,
		};
	},
};

describeFaultMatrix(provider);
