import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { WorkflowDefinition } from '../harness';
import { runWorkflow } from '../harness';
import { useBitFaktura } from './context';

const bf = useBitFaktura();

function example(file: string): WorkflowDefinition {
	return JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'examples', file), 'utf8')) as WorkflowDefinition;
}

describe('The example workflows, as a user imports them', () => {
	test('invoice a new client and mail it: client, invoice, e-mail and PDF', async () => {
		const run = await runWorkflow(example('bitfaktura-invoice-new-client.json'), { credentials: bf.credentials() });
		expect(run.error).toBeUndefined();
		const [invoice] = run.output('Create Invoice');
		expect(invoice.json).toMatchObject({ kind: 'vat', gross: '16021.80', buyer: { name: 'Kvitka LLC' }, provider: 'bitfaktura' });
		expect(run.output('Send by Email')[0].json).toMatchObject({ sent: true });
		const [pdf] = run.output('Download PDF');
		expect((await run.readBinary(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
		expect(bf.sandbox.emails.length).toBe(1);

		// The same order again: the invoice already issued for it comes back, marked, and none is added.
		const again = await runWorkflow(example('bitfaktura-invoice-new-client.json'), { credentials: bf.credentials() });
		expect(again.error).toBeUndefined();
		expect(again.output('Create Invoice')[0].json).toMatchObject({ id: invoice.json.id, alreadyExisted: true });
		expect(bf.sandbox.store.invoices.all().filter((stored) => stored.oid === 'crm-deal-1001')).toHaveLength(1);
	});

	test('record a payment: the invoice ends up paid', async () => {
		const run = await runWorkflow(example('bitfaktura-record-payment.json'), { credentials: bf.credentials() });
		expect(run.error).toBeUndefined();
		expect(run.output('Record Payment')[0].json).toMatchObject({ price: '2400.00' });
		expect(run.output('Check Invoice')[0].json).toMatchObject({ status: 'paid', paid: '2400.00' });
	});

	test("this month's unpaid invoices lists only the open one", async () => {
		const run = await runWorkflow(example('bitfaktura-unpaid-this-month.json'), { credentials: bf.credentials() });
		expect(run.error).toBeUndefined();
		const items = run.output('Unpaid Invoices This Month');
		expect(items.map((item) => item.json.status)).toEqual(['sent']);
	});
});
