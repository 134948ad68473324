import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { WorkflowDefinition } from '../harness';
import { runWorkflow } from '../harness';
import { documentBody, useAfaktury } from './context';

/**
 * The sandbox's today is the last day of this month (UTC), so that an invoice issued on the 1st on a 7-day
 * term is overdue within this month whatever day the tests run. The overdue example lists by `$now`'s year
 * and month, as a user's workflow would.
 */
const now = new Date();
const thisMonth = now.toISOString().slice(0, 7);
const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);

const af = useAfaktury({ today });

jest.setTimeout(60_000);

function example(file: string): WorkflowDefinition {
	return JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'examples', file), 'utf8')) as WorkflowDefinition;
}

describe('The Afaktury example workflows, as a user imports them', () => {
	test('an RR invoice for a purchase from a farmer: dictionaries by their plain values, then its PDF', async () => {
		const run = await runWorkflow(example('afaktury-rr-invoice-from-purchase.json'), { credentials: af.credentials() });
		expect(run.error).toBeUndefined();
		const [invoice] = run.output('Create RR Invoice');
		expect(invoice.json).toMatchObject({
			number: 'RR/7/2026',
			kind: 'vatRr',
			currency: 'PLN',
			net: '1800.00',
			vat: '0.00',
			gross: '1800.00',
			paid: '0.00',
			buyer: { name: 'Jan Kowalski, Gospodarstwo Sadownicze' },
			items: [{ name: 'Jabłka Szampion, skrzynka 15 kg', quantity: '40', unit: 'szt.', unitNetPrice: '45.00', vatRate: 'zw' }],
			provider: 'afaktury',
		});
		const stored = af.sandbox.documents.invoicerr.get(String(invoice.json.id));
		expect(stored).toBeDefined();
		// "PLN", "transfer", "7", "zw" and "szt." went as the account's ids: currency 1, przelew 1, 7 dni 1, zw 5, szt. 1.
		expect(stored!.fields).toMatchObject({ number: 'RR/7/2026', currency: 1, payKind: 1, payTime: 1, data: 1, place: 'Klembów' });
		expect(stored!.personBuy).toMatchObject({ name: 'Jan Kowalski, Gospodarstwo Sadownicze', pesel: '72031512345' });
		expect(stored!.personSell).toMatchObject({ name: 'Sandbox Sp. z o.o.', nip: '5260250274' });
		expect(stored!.lines.map((line) => ({ name: line.name, vat: line.vat, unit: line.unit }))).toEqual([{ name: 'Jabłka Szampion, skrzynka 15 kg', vat: 5, unit: 1 }]);

		const [pdf] = run.output('Download PDF');
		expect(pdf.json).toEqual({ id: invoice.json.id, documentType: 'invoicerr', copies: 1 });
		expect(pdf.binary?.data).toMatchObject({ mimeType: 'application/pdf' });
		expect((await run.readBinary(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
	});

	test('a VAT invoice paid in full and mailed: the payment is its gross, the e-mail names both', async () => {
		const emailsBefore = af.sandbox.emails.length;
		const run = await runWorkflow(example('afaktury-invoice-paid-and-mailed.json'), { credentials: af.credentials() });
		expect(run.error).toBeUndefined();
		const [invoice] = run.output('Create Invoice');
		expect(invoice.json).toMatchObject({
			number: 'FV/112/2026',
			kind: 'vat',
			currency: 'PLN',
			net: '1150.00',
			vat: '227.00',
			gross: '1377.00',
			paid: '0.00',
			buyer: { name: 'Pracownia Ceramiki Glina s.c.', taxId: '5213000121' },
			provider: 'afaktury',
		});
		expect(run.output('Add Payment')[0].json).toMatchObject({ id: invoice.json.id, gross: '1377.00', paid: '1377.00' });
		expect(run.output('Send by Email')[0].json).toEqual({ sent: true, ids: [invoice.json.id], messages: expect.any(Array) });

		const stored = af.sandbox.documents.invoice.get(String(invoice.json.id));
		expect(stored?.payed).toBe(stored?.brutto);
		expect(stored?.payDates).toHaveLength(1);
		expect(af.sandbox.emails.slice(emailsBefore)).toEqual([
			expect.objectContaining({
				action: 'sendmail',
				hashes: [invoice.json.id],
				mail: 'biuro@glina.example.com',
				title: 'Faktura FV/112/2026 - opłacona',
				body: expect.stringContaining('Płatność 1377.00 PLN'),
			}),
		]);
	});

	test("with no overdue invoice this month the run succeeds, lists nothing and sends no reminder", async () => {
		const emailsBefore = af.sandbox.emails.length;
		const run = await runWorkflow(example('afaktury-overdue-reminders.json'), { credentials: af.credentials() });
		expect(run.error).toBeUndefined();
		expect(run.output('Overdue Invoices This Month')).toEqual([]);
		expect(run.runData['Send Reminder']).toBeUndefined();
		expect(af.sandbox.emails.length).toBe(emailsBefore);
	});

	test("this month's overdue invoices each get a reminder; paid, on-term and last month's do not", async () => {
		const overdue = af.sandbox.addDocument(
			'invoice',
			documentBody({ number: 'FV/OD/1', dateCreate: `${thisMonth}-01`, payTime: 1, personBuy: { name: 'Zaległa Sp. z o.o.', nip: '5260250274', mail: 'ksiegowosc@zalegla.example.com' } }),
		);
		af.sandbox.addDocument('invoice', documentBody({ number: 'FV/OD/PAID', dateCreate: `${thisMonth}-01`, payTime: 1, payed: 246 }));
		af.sandbox.addDocument('invoice', documentBody({ number: 'FV/OD/ONTERM', dateCreate: today, payTime: 1 }));
		const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 10);
		af.sandbox.addDocument('invoice', documentBody({ number: 'FV/OD/OLD', dateCreate: lastMonth, payTime: 1 }));

		const emailsBefore = af.sandbox.emails.length;
		const run = await runWorkflow(example('afaktury-overdue-reminders.json'), { credentials: af.credentials() });
		expect(run.error).toBeUndefined();
		const listed = run.output('Overdue Invoices This Month');
		expect(listed.map((item) => item.json.number)).toEqual(['FV/OD/1']);
		expect(listed[0].json).toMatchObject({ hash: overdue.hash, brutto: '246.00', personBuy: { mail: 'ksiegowosc@zalegla.example.com' } });
		expect(run.output('Send Reminder').map((item) => item.json)).toEqual([{ sent: true, ids: [overdue.hash], messages: expect.any(Array) }]);
		expect(af.sandbox.emails.slice(emailsBefore)).toEqual([
			expect.objectContaining({
				action: 'sendreminder',
				hashes: [overdue.hash],
				mail: 'ksiegowosc@zalegla.example.com',
				kind: 1,
				sendDocument: 1,
				title: 'Przypomnienie o płatności: faktura FV/OD/1',
				body: expect.stringContaining('na kwotę 246.00 zł'),
			}),
		]);
	});
});
