import type { INodeExecutionData } from 'n8n-workflow';

import type { DocumentRecord } from '../sandbox/ifirma';
import type { CreateScenario, FaultProvider, Scenario } from '../support/faultMatrix';
import { describeFaultMatrix } from '../support/faultMatrix';
import { domesticBody, line, NEW_BUYER, TODAY, useIfirma } from './context';

const ifirma = useIfirma();

/** More than one page of 100, so Return All asks for page 2. */
const LIST_SIZE = 150;
const LIST_CONTRACTOR = 'FAULTLIST';

let readDocument: DocumentRecord;
let listIds: string[];

beforeAll(() => {
	readDocument = ifirma.sandbox.addDocument(
		'fakturakraj',
		domesticBody({ Kontrahent: { Nazwa: 'Odczyt z błędem', KodPocztowy: '00-002', Miejscowosc: 'Warszawa' } }),
	);
	ifirma.sandbox.addContractor({ Nazwa: 'Lista z błędem', Identyfikator: LIST_CONTRACTOR, KodPocztowy: '00-003', Miejscowosc: 'Warszawa' });
	const { Kontrahent: _buyer, ...listBody } = domesticBody({ IdentyfikatorKontrahenta: LIST_CONTRACTOR });
	listIds = Array.from({ length: LIST_SIZE }, () => ifirma.sandbox.addDocument('fakturakraj', listBody).id);
});

/** Where the node's requests go: the API root under the sandbox's origin. */
const apiRoot = () => ifirma.sandbox.baseUrl;

const ids = (items: INodeExecutionData[]) => items.map((item) => String(item.json.id));

const provider: FaultProvider = {
	service: 'iFirma',
	sandbox: () => ifirma.sandbox,
	run: async (parameters, options) => await ifirma.run(parameters, options),
	secrets: () => Object.values(ifirma.sandbox.keys).filter((key): key is string => key !== undefined),
	// The signature has no nonce: whoever reads one can replay its request, so it is a secret too.
	requestSecrets: (request) => {
		const match = /hmac-sha1=([0-9a-f]{40})/.exec(request.headers.authentication ?? '');
		return match ? [match[1]] : [];
	},
	unauthorized: {
		contentType: 'application/json; charset=utf-8',
		body: JSON.stringify({ response: { Kod: 401, Informacja: 'Nieprawidłowy login użytkownika' } }),
		message: 'Nieprawidłowy login użytkownika',
	},
	read(): Scenario {
		const path = `/iapi/fakturakraj/${readDocument.id}.json`;
		return {
			parameters: { resource: 'invoice', operation: 'get', documentType: 'fakturakraj', documentId: readDocument.id },
			route: { method: 'GET', path },
			requests: 1,
			ownUrl: `${apiRoot()}/fakturakraj/${readDocument.id}.json`,
			expectItems(items) {
				expect(ids(items)).toEqual([readDocument.id]);
				expect(items[0].json).toMatchObject({ number: readDocument.fullNumber, buyer: { name: 'Odczyt z błędem' } });
			},
		};
	},
	list(): Scenario {
		return {
			parameters: { resource: 'invoice', operation: 'getMany', issuedFrom: TODAY, returnAll: true, filters: { contractorId: LIST_CONTRACTOR } },
			route: { method: 'GET', path: '/iapi/faktury.json' },
			nth: 2,
			requests: 2,
			ownUrl: `${apiRoot()}/faktury.json?dataOd=${TODAY}&kontrahent=${LIST_CONTRACTOR}&strona=2&iloscNaStronie=100`,
			expectItems(items) {
				expect(ids(items).sort()).toEqual([...listIds].sort());
			},
		};
	},
	create(tag): CreateScenario {
		const buyerName = `Nabywca ${tag}`;
		return {
			parameters: {
				resource: 'invoice',
				operation: 'create',
				documentType: 'fakturakraj',
				...NEW_BUYER,
				buyerName,
				lineItems: { item: [line({ name: 'Usługa', unitNetPrice: '100' })] },
				additionalFields: { issueDate: TODAY },
			},
			route: { method: 'POST', path: '/iapi/fakturakraj.json' },
			requests: 1,
			ownUrl: `${apiRoot()}/fakturakraj.json`,
			expectItems(items) {
				expect(items).toHaveLength(1);
				expect(items[0].json).toMatchObject({ net: '100.00', gross: '123.00', buyer: { name: buyerName } });
				expect(items[0].json.readBackError).toBeUndefined();
			},
			documents: () => [...ifirma.sandbox.store.documents.values()].filter((document) => document.contractor.Nazwa === buyerName).length,
		};
	},
};

describeFaultMatrix(provider);
