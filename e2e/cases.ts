/**
 * What each example workflow must produce in the real n8n app: the same expectations as the engine-level
 * tests in test/bitfaktura/examples.test.ts and test/ifirma/examples.test.ts, plus what the sandboxes saw.
 * Cases run in this order, on one BitFaktura account: the unpaid list expects the first invoice (sent)
 * and not the second (paid).
 */
import type { Checks } from './checks';
import type { Execution, N8nCli } from './n8n';
import { itemsOf } from './n8n';
import type { Sandboxes } from './sandboxes';

export const WRONG_TOKEN = 'e2e-wrong-token-7d41b2';

export interface Case {
	/** Row name in the summary. */
	title: string;
	/** Workflow id in n8n (at most 21 characters, n8n's limit). */
	workflowId: string;
	/** The example file it comes from. */
	file: string;
	/** Credential ids to swap in the copy, for negative runs. */
	swapCredentials?: Record<string, string>;
	verify(context: CaseContext): Promise<void>;
}

export interface CaseContext {
	checks: Checks;
	execution: Execution;
	cli: N8nCli;
	sandboxes: Sandboxes;
	group: string;
}

async function expectPdf({ checks, execution, cli, group }: CaseContext, nodeName: string): Promise<void> {
	const binary = itemsOf(execution, nodeName)[0]?.binary?.data;
	if (!checks.record(group, `${nodeName}: binary "data" present`, binary !== undefined)) return;
	const head = (await cli.readBinary(binary!).catch(() => Buffer.alloc(0))).subarray(0, 5).toString('latin1');
	checks.record(group, `${nodeName}: a PDF (${binary!.mimeType}, ${binary!.fileName})`, head === '%PDF-' && binary!.mimeType === 'application/pdf', `starts ${JSON.stringify(head)}`);
}

function expectSuccess({ checks, execution, group }: CaseContext): boolean {
	return checks.record(group, 'workflow succeeded', execution.ok && execution.error === undefined, execution.error?.message ?? '');
}

function first(context: CaseContext, nodeName: string): Record<string, unknown> | undefined {
	return itemsOf(context.execution, nodeName)[0]?.json;
}

export const CASES: Case[] = [
	{
		title: 'BitFaktura: invoice a new client and mail it',
		workflowId: 'e2e-bf-new-client',
		file: 'bitfaktura-invoice-new-client.json',
		async verify(context) {
			const { checks, group, sandboxes } = context;
			expectSuccess(context);
			checks.matches(group, 'Create Client', first(context, 'Create Client'), { name: 'Kvitka LLC', tax_no: '40123456' });
			checks.matches(group, 'Create Invoice', first(context, 'Create Invoice'), {
				kind: 'vat',
				gross: '16021.80',
				buyer: { name: 'Kvitka LLC' },
				provider: 'bitfaktura',
			});
			checks.matches(group, 'Send by Email', first(context, 'Send by Email'), { sent: true });
			await expectPdf(context, 'Download PDF');
			checks.record(group, 'sandbox sent 1 e-mail', sandboxes.bitFaktura.emails.length === 1, `${sandboxes.bitFaktura.emails.length}`);
		},
	},
	{
		title: 'BitFaktura: same order again issues nothing',
		workflowId: 'e2e-bf-new-client',
		file: 'bitfaktura-invoice-new-client.json',
		async verify(context) {
			const { checks, group, sandboxes } = context;
			expectSuccess(context);
			checks.matches(group, 'Create Invoice: the invoice already issued, marked', first(context, 'Create Invoice'), { alreadyExisted: true });
			const issued = sandboxes.bitFaktura.store.invoices.all().filter((invoice) => invoice.oid === 'crm-deal-1001').length;
			checks.record(group, 'sandbox holds 1 invoice for the order', issued === 1, `${issued}`);
		},
	},
	{
		title: 'BitFaktura: record a payment',
		workflowId: 'e2e-bf-payment',
		file: 'bitfaktura-record-payment.json',
		async verify(context) {
			const { checks, group } = context;
			expectSuccess(context);
			checks.matches(group, 'Record Payment', first(context, 'Record Payment'), { price: '2400.00' });
			checks.matches(group, 'Check Invoice', first(context, 'Check Invoice'), { status: 'paid', paid: '2400.00' });
		},
	},
	{
		title: "BitFaktura: this month's unpaid invoices",
		workflowId: 'e2e-bf-unpaid',
		file: 'bitfaktura-unpaid-this-month.json',
		async verify(context) {
			const { checks, group, execution } = context;
			expectSuccess(context);
			const statuses = itemsOf(execution, 'Unpaid Invoices This Month').map((item) => item.json.status);
			checks.record(group, 'only the sent invoice is listed', JSON.stringify(statuses) === '["sent"]', JSON.stringify(statuses));
		},
	},
	{
		title: 'iFirma: pro forma → invoice → payment',
		workflowId: 'e2e-if-proforma',
		file: 'ifirma-proforma-to-paid-invoice.json',
		async verify(context) {
			const { checks, group, sandboxes } = context;
			expectSuccess(context);
			checks.matches(group, 'Create Pro Forma', first(context, 'Create Pro Forma'), {
				kind: 'proforma',
				issueDate: sandboxes.todayInWarsaw,
				net: '4350.00',
				gross: '5328.00',
				provider: 'ifirma',
			});
			checks.matches(group, 'Convert to Invoice', first(context, 'Convert to Invoice'), {
				kind: 'vat',
				gross: '5328.00',
				paid: '0.00',
				buyer: { name: 'Pracownia Mebli Dąb Sp. z o.o.' },
			});
			checks.matches(group, 'Register Payment', first(context, 'Register Payment'), { amount: '5328.00', invoiceType: 'prz_faktura_kraj' });
			checks.matches(group, 'Check Invoice', first(context, 'Check Invoice'), { paid: '5328.00', gross: '5328.00' });
			await expectPdf(context, 'Download PDF');
		},
	},
	{
		title: 'Afaktury: RR invoice for a purchase from a farmer',
		workflowId: 'e2e-af-rr-invoice',
		file: 'afaktury-rr-invoice-from-purchase.json',
		async verify(context) {
			const { checks, group, sandboxes } = context;
			expectSuccess(context);
			const invoice = first(context, 'Create RR Invoice');
			checks.matches(group, 'Create RR Invoice', invoice, {
				number: 'RR/7/2026',
				kind: 'vatRr',
				currency: 'PLN',
				net: '1800.00',
				vat: '0.00',
				gross: '1800.00',
				buyer: { name: 'Jan Kowalski, Gospodarstwo Sadownicze' },
				provider: 'afaktury',
			});
			checks.matches(group, 'Create RR Invoice: the line by its plain values', (invoice?.items as unknown[] | undefined)?.[0], {
				quantity: '40',
				unit: 'szt.',
				unitNetPrice: '45.00',
				vatRate: 'zw',
			});
			const stored = sandboxes.afaktury.documents.invoicerr.get(String(invoice?.id));
			checks.matches(group, 'sandbox holds the RR invoice with the account\'s dictionary ids', stored?.fields, { currency: 1, payKind: 1, payTime: 1, data: 1 });
			checks.record(group, 'sandbox line: VAT "zw" as id 5, "szt." as id 1', stored?.lines[0]?.vat === 5 && stored?.lines[0]?.unit === 1, JSON.stringify(stored?.lines.map((line) => [line.vat, line.unit])));
			checks.matches(group, 'Download PDF', first(context, 'Download PDF'), { id: invoice?.id, documentType: 'invoicerr' });
			await expectPdf(context, 'Download PDF');
		},
	},
	{
		title: 'Afaktury: invoice paid in full and mailed',
		workflowId: 'e2e-af-paid-mailed',
		file: 'afaktury-invoice-paid-and-mailed.json',
		async verify(context) {
			const { checks, group, sandboxes } = context;
			expectSuccess(context);
			const invoice = first(context, 'Create Invoice');
			checks.matches(group, 'Create Invoice', invoice, {
				number: 'FV/112/2026',
				kind: 'vat',
				net: '1150.00',
				vat: '227.00',
				gross: '1377.00',
				paid: '0.00',
				buyer: { name: 'Pracownia Ceramiki Glina s.c.', taxId: '5213000121' },
				provider: 'afaktury',
			});
			checks.matches(group, 'Add Payment: paid in full', first(context, 'Add Payment'), { id: invoice?.id, gross: '1377.00', paid: '1377.00' });
			checks.matches(group, 'Send by Email', first(context, 'Send by Email'), { sent: true });
			const stored = sandboxes.afaktury.documents.invoice.get(String(invoice?.id));
			checks.record(group, 'sandbox: the invoice is paid', stored !== undefined && stored.payed === stored.brutto, `${stored?.payed}/${stored?.brutto}`);
			const mails = sandboxes.afaktury.emails.filter((email) => email.action === 'sendmail' && email.hashes.includes(String(invoice?.id)));
			checks.record(group, 'sandbox sent 1 e-mail to the buyer', mails.length === 1 && mails[0]?.mail === 'biuro@glina.example.com', JSON.stringify(mails.map((email) => email.mail)));
		},
	},
	{
		// The account holds only invoices issued today in the cases above, none overdue: the list is empty, the run succeeds.
		title: "Afaktury: this month's overdue invoices reminded",
		workflowId: 'e2e-af-overdue',
		file: 'afaktury-overdue-reminders.json',
		async verify(context) {
			const { checks, group, execution, sandboxes } = context;
			expectSuccess(context);
			const listed = itemsOf(execution, 'Overdue Invoices This Month');
			checks.record(group, 'no invoice is overdue yet: none listed', listed.length === 0, JSON.stringify(listed.map((item) => item.json.number)));
			checks.record(group, 'Send Reminder did not run', execution.runData?.['Send Reminder'] === undefined);
			const reminders = sandboxes.afaktury.emails.filter((email) => email.action === 'sendreminder').length;
			checks.record(group, 'sandbox sent no reminder', reminders === 0, `${reminders}`);
		},
	},
	{
		title: 'inFakt: an order invoiced, its PDF and the e-mail',
		workflowId: 'e2e-inf-order',
		file: 'infakt-order-invoice-pdf-email.json',
		async verify(context) {
			const { checks, group, sandboxes } = context;
			expectSuccess(context);
			const invoice = first(context, 'Create Invoice');
			checks.matches(group, 'Create Invoice', invoice, {
				number: 'ZAM-1042',
				kind: 'vat',
				issueDate: sandboxes.todayInWarsaw,
				currency: 'PLN',
				net: '529.80',
				vat: '109.88',
				gross: '639.68',
				paid: '0.00',
				buyer: { name: 'Kwiaciarnia Różana Sp. z o.o.' },
				provider: 'infakt',
			});
			await expectPdf(context, 'Download PDF');
			checks.matches(group, 'Send by Email', first(context, 'Send by Email'), { sent: true, id: invoice?.id });
			const stored = sandboxes.infakt.store.invoices.get(String(invoice?.id));
			checks.record(group, 'sandbox: lines at 23 % and 8 %, by transfer', JSON.stringify(stored?.services.map((line) => line.tax_symbol)) === '["23","8"]' && stored?.payment_method === 'transfer', JSON.stringify([stored?.services.map((line) => line.tax_symbol), stored?.payment_method]));
			const mails = sandboxes.infakt.emails.filter((email) => email.invoiceUuid === invoice?.id);
			checks.record(group, "sandbox sent 1 e-mail to the buyer's address", mails.length === 1 && mails[0]?.recipient === 'faktury@rozana.example.com', JSON.stringify(mails.map((email) => email.recipient)));
		},
	},
	{
		title: 'inFakt: marked paid when its payment arrives',
		workflowId: 'e2e-inf-paid',
		file: 'infakt-mark-paid-on-payment.json',
		async verify(context) {
			const { checks, group, sandboxes } = context;
			expectSuccess(context);
			const found = first(context, 'Find Unpaid Invoice by Number');
			checks.matches(group, 'Find Unpaid Invoice by Number', found, { number: 'ZAM-1042', paid: '0.00' });
			checks.matches(group, 'Mark as Paid', first(context, 'Mark as Paid'), { id: found?.id, status: 'paid', paid: '639.68', gross: '639.68' });
			const stored = sandboxes.infakt.store.invoices.get(String(found?.id));
			checks.record(group, 'sandbox: paid today (Warsaw)', stored?.paid_date === sandboxes.todayInWarsaw, `${stored?.paid_date}`);
		},
	},
	{
		title: 'inv.bg: a tax invoice in EUR for a company',
		workflowId: 'e2e-ib-tax-invoice',
		file: 'invbg-tax-invoice-eur-company.json',
		async verify(context) {
			const { checks, group, sandboxes } = context;
			expectSuccess(context);
			const invoice = first(context, 'Create Tax Invoice');
			checks.matches(group, 'Create Tax Invoice', invoice, {
				kind: 'vat',
				currency: 'EUR',
				net: '450.00',
				vat: '90.00',
				gross: '540.00',
				buyer: { name: 'Пирин Трейд ООД', taxId: '204567891' },
				provider: 'inv.bg',
			});
			const stored = sandboxes.invBg.store.invoices.find(invoice?.id);
			checks.matches(group, 'sandbox holds it with the VAT number and the bank account', stored, {
				type: 'dan',
				to_bulstat: '204567891',
				to_is_reg_vat: true,
				to_vat_number: 'BG204567891',
				payment_method: 'bank',
				payment_currency: 'EUR',
				bank_accounts: [1],
			});
			checks.matches(group, 'Download PDF', first(context, 'Download PDF'), { id: invoice?.id });
			await expectPdf(context, 'Download PDF');
		},
	},
	{
		title: 'inv.bg: a credit note for a returned line',
		workflowId: 'e2e-ib-credit-note',
		file: 'invbg-credit-note-for-returned-line.json',
		async verify(context) {
			const { checks, group, sandboxes } = context;
			expectSuccess(context);
			const found = first(context, "Find Today's Invoice");
			checks.matches(group, "Find Today's Invoice", found, { type: 'dan', to_name: 'Пирин Трейд ООД' });
			const note = first(context, 'Create Credit Note');
			checks.matches(group, 'Create Credit Note', note, { kind: 'correction', currency: 'EUR', net: '70.00', vat: '14.00', gross: '84.00', buyer: { name: 'Пирин Трейд ООД', taxId: '204567891' } });
			const stored = sandboxes.invBg.store.invoices.find(note?.id);
			checks.matches(group, 'sandbox: a cred note related to the invoice, to the same VAT-registered buyer', stored, {
				type: 'cred',
				related_invoice: { number: found?.number, date: found?.date_create },
				to_vat_number: 'BG204567891',
			});
			const lines = stored?.items.map(({ name, quantity, quantity_unit, price }) => ({ name, quantity, quantity_unit, price }));
			checks.record(group, 'sandbox: the note credits 2 of the 6 support hours', JSON.stringify(lines) === JSON.stringify([{ name: 'Поддръжка на сайта', quantity: 2, quantity_unit: 'час', price: 35 }]), JSON.stringify(lines));
		},
	},
	{
		// The same canonical order through all five nodes: the outputs agree where every service can hold the value
		// (test/fiveServices.test.ts asserts each difference a service makes, such as Afaktury's payment term).
		title: 'Five services: the same order issued in each',
		workflowId: 'e2e-five-same-order',
		file: 'five-services-same-order.json',
		async verify(context) {
			const { checks, group, sandboxes } = context;
			expectSuccess(context);
			for (const node of ['BitFaktura', 'iFirma', 'Afaktury', 'inFakt', 'inv.bg']) {
				checks.matches(group, `${node}: buyer, totals, currency, dates`, first(context, node), {
					kind: 'vat',
					currency: 'PLN',
					net: '1650.00',
					vat: '0.00',
					gross: '1650.00',
					issueDate: sandboxes.todayInWarsaw,
					saleDate: sandboxes.todayInWarsaw,
					buyer: { name: 'Studio Etykiet Kwadrat Sp. z o.o.' },
				});
			}
			for (const node of ['BitFaktura', 'iFirma', 'Afaktury', 'inFakt', 'inv.bg']) {
				const lines = ((first(context, node)?.items as Array<Record<string, unknown>> | undefined) ?? []).map((line) => [line.name, line.quantity, line.unitNetPrice]);
				checks.record(
					group,
					`${node}: the order's two lines`,
					JSON.stringify(lines) === JSON.stringify([['Projekt graficzny etykiety', '1', '1200.00'], ['Poprawki projektu', '3', '150.00']]),
					JSON.stringify(lines),
				);
			}
		},
	},
	{
		title: 'BitFaktura: wrong API token (negative)',
		workflowId: 'e2e-bf-wrong-token',
		file: 'bitfaktura-unpaid-this-month.json',
		swapCredentials: { 'bitfaktura-sandbox': 'bitfaktura-wrong-token' },
		async verify({ checks, execution, group, sandboxes }) {
			checks.record(group, 'workflow failed (exit non-zero)', !execution.ok);
			checks.matches(group, 'the node says why', execution.error, {
				message: 'BitFaktura: You must be logged in to gain access to the site',
				httpCode: '401',
			});
			const description = execution.error?.description ?? '';
			checks.record(group, 'the hint names the API token', description.includes('API token'), description);
			const reached = sandboxes.bitFaktura.requests.some((request) => request.query.api_token === WRONG_TOKEN);
			checks.record(group, 'the request reached the sandbox with that token', reached);
			checks.record(group, 'the token appears nowhere in the output', !execution.output.includes(WRONG_TOKEN));
		},
	},
];
