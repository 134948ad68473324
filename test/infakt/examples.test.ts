import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { WorkflowDefinition } from '../harness';
import { runWorkflow } from '../harness';
import { bodyOf, invoiceFields, lastRequest, useInfakt } from './context';

/** The examples run in the Polish time zone, as an inFakt account does; the sandbox's today is taken there. */
function dayInWarsaw(offsetDays = 0): string {
	const format = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit', day: '2-digit' });
	return format.format(new Date(Date.now() + offsetDays * 86_400_000));
}

const TODAY = dayInWarsaw();

jest.setTimeout(60_000);

function example(file: string): WorkflowDefinition {
	return JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'examples', file), 'utf8')) as WorkflowDefinition;
}

describe('The inFakt order example, as a user imports it', () => {
	const inf = useInfakt({ today: TODAY });

	test('an order becomes a VAT invoice with a 23 % and an 8 % line, by transfer on 14 days, then its PDF and the e-mail', async () => {
		const run = await runWorkflow(example('infakt-order-invoice-pdf-email.json'), { credentials: inf.credentials() });
		expect(run.error).toBeUndefined();

		const submitted = bodyOf(lastRequest(inf.sandbox, 'POST', 'async/invoices.json'));
		expect(submitted).toEqual({
			invoice: {
				kind: 'vat',
				number: 'ZAM-1042',
				check_duplicate_number: true,
				payment_method: 'transfer',
				payment_date: dayInWarsaw(14),
				notes: 'Zamówienie ZAM-1042 ze sklepu internetowego',
				client_company_name: 'Kwiaciarnia Różana Sp. z o.o.',
				client_tax_code: '7792000163',
				client_street: 'ul. Ogrodowa',
				client_street_number: '12',
				client_city: 'Poznań',
				client_post_code: '60-101',
				client_country: 'PL',
				client_email: 'faktury@rozana.example.com',
				services: [
					{ name: 'Donica ceramiczna 30 cm', tax_symbol: '23', quantity: 10, unit_net_price: 4500, unit: 'szt.' },
					{ name: 'Poradnik: rośliny doniczkowe', tax_symbol: '8', quantity: 2, unit_net_price: 3990, unit: 'szt.' },
				],
			},
		});

		const [invoice] = run.output('Create Invoice');
		expect(invoice.json).toMatchObject({
			number: 'ZAM-1042',
			kind: 'vat',
			issueDate: TODAY,
			dueDate: dayInWarsaw(14),
			currency: 'PLN',
			net: '529.80',
			vat: '109.88',
			gross: '639.68',
			paid: '0.00',
			buyer: { name: 'Kwiaciarnia Różana Sp. z o.o.' },
			provider: 'infakt',
		});

		const [pdf] = run.output('Download PDF');
		expect(lastRequest(inf.sandbox, 'GET', `invoices/${String(invoice.json.id)}/pdf.json`).query).toEqual({ document_type: 'original', locale: 'pl' });
		expect(pdf.json).toEqual({ id: invoice.json.id, documentType: 'original', language: 'pl' });
		expect((await run.readBinary(pdf)).subarray(0, 5).toString()).toBe('%PDF-');

		// No recipient given: inFakt mails the buyer's address written on the invoice.
		expect(bodyOf(lastRequest(inf.sandbox, 'POST', `invoices/${String(invoice.json.id)}/deliver_via_email.json`))).toEqual({ print_type: 'original' });
		expect(run.output('Send by Email')[0].json).toEqual({ sent: true, id: invoice.json.id });
		expect(inf.sandbox.emails).toEqual([expect.objectContaining({ invoiceUuid: invoice.json.id, recipient: 'faktury@rozana.example.com', print_type: 'original' })]);
	});

	test('the same order run again issues nothing: the invoice with its number comes back, marked', async () => {
		const run = await runWorkflow(example('infakt-order-invoice-pdf-email.json'), { credentials: inf.credentials() });
		expect(run.error).toBeUndefined();
		expect(run.output('Create Invoice')[0].json).toMatchObject({ number: 'ZAM-1042', alreadyExisted: true });
		expect([...inf.sandbox.store.invoices.values()].filter((invoice) => invoice.number === 'ZAM-1042')).toHaveLength(1);
	});
});

describe('The inFakt payment example, as a user imports it', () => {
	const inf = useInfakt({ today: TODAY });

	test('a payment for an invoice not issued marks nothing', async () => {
		const run = await runWorkflow(example('infakt-mark-paid-on-payment.json'), { credentials: inf.credentials() });
		expect(run.error).toBeUndefined();
		expect(run.output('Find Unpaid Invoice by Number')).toEqual([]);
		expect(run.runData['Mark as Paid']).toBeUndefined();
	});

	test('the unpaid invoice found by its number is marked paid on the day the payment arrived', async () => {
		const issued = inf.sandbox.addInvoice(invoiceFields({ number: 'ZAM-1042', invoice_date: TODAY, sale_date: TODAY, payment_date: dayInWarsaw(14) }));
		const run = await runWorkflow(example('infakt-mark-paid-on-payment.json'), { credentials: inf.credentials() });
		expect(run.error).toBeUndefined();

		expect(lastRequest(inf.sandbox, 'GET', 'invoices.json').query).toEqual({
			'q[kind_eq]': 'vat',
			'q[number_eq]': 'ZAM-1042',
			'q[paid_date_null]': 'true',
			offset: '0',
			limit: '1',
		});
		expect(run.output('Find Unpaid Invoice by Number').map((item) => item.json.id)).toEqual([issued.uuid]);
		expect(bodyOf(lastRequest(inf.sandbox, 'POST', `async/invoices/${issued.uuid}/paid.json`))).toEqual({ paid_date: TODAY });
		expect(run.output('Mark as Paid')[0].json).toMatchObject({ id: issued.uuid, number: 'ZAM-1042', status: 'paid', gross: '246.00', paid: '246.00' });
		expect(inf.sandbox.store.invoices.get(issued.uuid)).toMatchObject({ status: 'paid', paid_date: TODAY, left_to_pay: 0 });
	});

	test('the same payment arriving again finds no unpaid invoice and marks nothing twice', async () => {
		const requestsBefore = inf.sandbox.requests.length;
		const run = await runWorkflow(example('infakt-mark-paid-on-payment.json'), { credentials: inf.credentials() });
		expect(run.error).toBeUndefined();
		expect(run.output('Find Unpaid Invoice by Number')).toEqual([]);
		expect(run.runData['Mark as Paid']).toBeUndefined();
		expect(inf.sandbox.requests.slice(requestsBefore).map((request) => request.method)).toEqual(['GET']);
	});
});
