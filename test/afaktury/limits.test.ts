import { documentBody, useAfaktury } from './context';

/** Cloudflare's burst block as the sandbox plays it: a third request within a second gets the challenge page. */
const af = useAfaktury({ burst: { requests: 2, perMs: 1000 } });

jest.setTimeout(30_000);

describe('Afaktury pacing', () => {
	beforeAll(() => {
		for (let index = 0; index < 5; index++) af.sandbox.addDocument('invoicenovat', documentBody({ number: `N/${index}` }));
	});

	test('requests leave one every half second, so a run of many never looks like a burst', async () => {
		const before = af.sandbox.requests.length;
		const output = await af.json({ resource: 'document', operation: 'getMany', documentType: 'invoicenovat', returnAll: false, limit: 5, filters: {} }, { input: [{}, {}, {}] });
		expect(output).toHaveLength(15);
		const sent = af.sandbox.requests.slice(before);
		// Three lists, and the currency, VAT and unit dictionaries once for the whole run.
		expect(sent.map((request) => request.path).sort()).toEqual([
			'/api/currency/list',
			'/api/invoicenovat/list',
			'/api/invoicenovat/list',
			'/api/invoicenovat/list',
			'/api/unit/list',
			'/api/vat/list',
		]);
	});
});
