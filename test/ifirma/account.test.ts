import { NodeOperationError } from 'n8n-workflow';

import { lastRequest, TODAY, useIfirma } from './context';

const ifirma = useIfirma();

describe('iFirma account', () => {
	test('Get API Limit is signed with the abonent key and reports the use so far', async () => {
		const [limit] = await ifirma.json({ resource: 'account', operation: 'getApiLimit' });
		const sent = lastRequest(ifirma.sandbox, 'GET', 'abonent/limit.json');
		expect(sent.headers.authentication).toMatch(/^IAPIS user=/);
		expect(limit.granted).toBe(2000);
		expect(limit.used).toBe(ifirma.sandbox.requests.length);
	});

	test('Get and Change Accounting Month move the open month one step', async () => {
		const [month] = await ifirma.json({ resource: 'account', operation: 'getAccountingMonth' });
		expect(month).toEqual({ month: Number(TODAY.slice(5, 7)), year: Number(TODAY.slice(0, 4)) });

		const [moved] = await ifirma.json({ resource: 'account', operation: 'changeAccountingMonth', direction: 'NAST', carryOverData: false });
		expect(lastRequest(ifirma.sandbox, 'PUT', 'abonent/miesiacksiegowy.json').body).toEqual({
			MiesiacKsiegowy: 'NAST',
			PrzeniesDaneZPoprzedniegoRoku: false,
		});
		const next = month.month === 12 ? { month: 1, year: Number(month.year) + 1 } : { month: Number(month.month) + 1, year: month.year };
		expect(moved).toMatchObject(next);

		await ifirma.json({ resource: 'account', operation: 'changeAccountingMonth', direction: 'POPRZ', carryOverData: true });
		expect(await ifirma.json({ resource: 'account', operation: 'getAccountingMonth' })).toEqual([month]);
	});

	test('without the abonent key the node names the key to generate and sends nothing', async () => {
		const run = await ifirma.refusedBeforeSending(
			{ resource: 'account', operation: 'getApiLimit' },
			{ credentials: ifirma.credentials({ subscriberKey: '' }) },
		);
		expect(run.error).toBeInstanceOf(NodeOperationError);
		expect(run.error?.message).toBe('This operation needs the "abonent" key, which the iFirma credential does not have');
		expect((run.error as NodeOperationError).description).toContain('Narzędzia → API');
	});
});
