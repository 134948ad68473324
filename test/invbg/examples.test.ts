import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { WorkflowDefinition } from '../harness';
import { callListSearch, runWorkflow } from '../harness';
import { bodyOf, invoiceFields, lastRequest, NODE_TYPE, useInvBg } from './context';

/** The examples run in the Bulgarian time zone, as an inv.bg firm does; the sandbox's today is taken there. */
function dayInSofia(offsetDays = 0): string {
	const format = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia', year: 'numeric', month: '2-digit', day: '2-digit' });
	return format.format(new Date(Date.now() + offsetDays * 86_400_000));
}

const TODAY = dayInSofia();

jest.setTimeout(60_000);

function example(file: string): WorkflowDefinition {
	return JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'examples', file), 'utf8')) as WorkflowDefinition;
}

describe('The inv.bg tax invoice example, as a user imports it', () => {
	const bg = useInvBg({ today: TODAY });

	test('a company buyer with EIK and VAT number, 20 % VAT in EUR, by transfer to the account picked from the list, then its PDF', async () => {
		const run = await runWorkflow(example('invbg-tax-invoice-eur-company.json'), { credentials: bg.credentials() });
		expect(run.error).toBeUndefined();

		expect(bodyOf(lastRequest(bg.sandbox, 'POST', 'invoices'))).toEqual({
			type: 'dan',
			to_name: 'Пирин Трейд ООД',
			to_town: 'Благоевград',
			to_address: 'ул. Тодор Александров 5',
			to_country: 'BG',
			to_mol: 'Иван Петров',
			to_bulstat: '204567891',
			to_is_reg_vat: true,
			to_vat_number: 'BG204567891',
			is_to_person: false,
			date_create: TODAY,
			date_event: TODAY,
			date_mature: dayInSofia(14),
			payment_method: 'bank',
			payment_currency: 'EUR',
			vat: { percent: 20, reason_without: null },
			items_with_vat: 0,
			items: [
				{ name: 'Уеб хостинг, годишен план', quantity: 1, quantity_unit: 'бр.', price: 240 },
				{ name: 'Поддръжка на сайта', quantity: 6, quantity_unit: 'час', price: 35 },
			],
			bank_accounts: [1],
			po_number: 'PO-2026-318',
		});

		const [invoice] = run.output('Create Tax Invoice');
		expect(invoice.json).toMatchObject({
			kind: 'vat',
			issueDate: TODAY,
			dueDate: dayInSofia(14),
			currency: 'EUR',
			net: '450.00',
			vat: '90.00',
			gross: '540.00',
			buyer: { name: 'Пирин Трейд ООД', taxId: '204567891' },
			provider: 'inv.bg',
		});

		const [pdf] = run.output('Download PDF');
		expect(lastRequest(bg.sandbox, 'GET', `invoices/${String(invoice.json.id)}/pdf`).headers.authorization).toMatch(/^Bearer /);
		expect(pdf.json).toEqual({ id: String(invoice.json.id) });
		expect(pdf.binary?.data).toMatchObject({ mimeType: 'application/pdf' });
		expect((await run.readBinary(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
	});

	test("the bank account is saved as the bank account list's entry for it, as the editor picks it", async () => {
		const created = example('invbg-tax-invoice-eur-company.json').nodes.find((node) => node.name === 'Create Tax Invoice');
		const { results } = await callListSearch('searchBankAccounts', { type: NODE_TYPE, credentials: bg.credentials(), parameters: { apiVersion: 'v3' } });
		const picked = created?.parameters.bankAccount as { mode: string; value: string; cachedResultName: string };
		expect(picked.mode).toBe('list');
		expect(results).toContainEqual({ name: picked.cachedResultName, value: picked.value });
	});
});

describe('The inv.bg credit note example, as a user imports it', () => {
	const bg = useInvBg({ today: TODAY });

	test("with no tax invoice issued today the run succeeds and issues no note", async () => {
		bg.sandbox.addInvoice(invoiceFields({ date_create: dayInSofia(-40) }));
		const run = await runWorkflow(example('invbg-credit-note-for-returned-line.json'), { credentials: bg.credentials() });
		expect(run.error).toBeUndefined();
		expect(run.output("Find Today's Invoice")).toEqual([]);
		expect(run.runData['Create Credit Note']).toBeUndefined();
	});

	test("today's tax invoice is found and a cred note related to it credits the returned hours of its second line", async () => {
		const invoice = bg.sandbox.addInvoice(
			invoiceFields({
				to_name: 'Пирин Трейд ООД',
				to_bulstat: '204567891',
				to_is_reg_vat: true,
				to_vat_number: 'BG204567891',
				to_mol: 'Иван Петров',
				to_address: 'ул. Тодор Александров 5',
				to_town: 'Благоевград',
				to_country: 'BG',
				date_create: TODAY,
				items: [
					{ name: 'Уеб хостинг, годишен план', quantity: 1, quantity_unit: 'бр.', price: 240 },
					{ name: 'Поддръжка на сайта', quantity: 6, quantity_unit: 'час', price: 35 },
				],
			}),
		);
		const run = await runWorkflow(example('invbg-credit-note-for-returned-line.json'), { credentials: bg.credentials() });
		expect(run.error).toBeUndefined();

		const lists = bg.sandbox.requests.filter((request) => request.method === 'GET' && request.path === '/v3/invoices');
		expect(lists.at(-1)?.query).toEqual({ type: 'dan', date_from: TODAY, date_to: TODAY, is_annulled: '0', page: '1', per_page: '1' });
		expect(run.output("Find Today's Invoice").map((item) => item.json.id)).toEqual([invoice.id]);

		expect(bodyOf(lastRequest(bg.sandbox, 'POST', 'invoices'))).toEqual({
			type: 'cred',
			to_name: 'Пирин Трейд ООД',
			to_town: 'Благоевград',
			to_address: 'ул. Тодор Александров 5',
			to_country: 'BG',
			to_mol: 'Иван Петров',
			to_bulstat: '204567891',
			to_is_reg_vat: true,
			to_vat_number: 'BG204567891',
			is_to_person: false,
			date_create: TODAY,
			date_event: TODAY,
			payment_method: 'bank',
			payment_currency: 'EUR',
			vat: { percent: 20, reason_without: null },
			items_with_vat: 0,
			items: [{ name: 'Поддръжка на сайта', quantity: 2, quantity_unit: 'час', price: 35 }],
			related_invoice: { number: invoice.number, date: TODAY },
			notes: `Кредитно известие към фактура ${invoice.number}: 2 часа поддръжка, които не бяха ползвани`,
		});
		const [note] = run.output('Create Credit Note');
		expect(note.json).toMatchObject({ kind: 'correction', currency: 'EUR', net: '70.00', vat: '14.00', gross: '84.00', buyer: { name: 'Пирин Трейд ООД', taxId: '204567891' } });
		expect(bg.sandbox.store.invoices.find(note.json.id)).toMatchObject({ type: 'cred', related_invoice: { number: invoice.number, date: TODAY } });
	});
});
