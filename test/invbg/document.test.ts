import type { INodeParameters } from 'n8n-workflow';

import { parseXml } from '../../nodes/core/xml';
import { outputItems } from '../support/faultMatrix';
import { createParameters, line, useInvBg } from './context';

const inv = useInvBg({ today: '2026-02-10' }, 'v1');

jest.setTimeout(30_000);

const BANK = { bankName: 'Банка ДСК', bankIban: 'BG80BNBG96611020345678', bankBic: 'STSABGSF' };

const documentParameters = (extra: INodeParameters = {}): INodeParameters =>
	createParameters({ apiVersion: 'v1', resource: 'document', buyerDetails: { taxId: '123456789', city: 'София', street: 'ул. Витоша 1', ...BANK }, ...extra });

/** The newest XMLDATA as it arrived, parsed back. */
function lastDocument(): Record<string, any> {
	const sent = inv.sandbox.requests.filter((request) => request.path === '/api').at(-1);
	if (sent === undefined) throw new Error('no document was posted');
	expect(sent.method).toBe('POST');
	expect(sent.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
	const form = new URLSearchParams(sent.rawBody.toString('utf8'));
	expect([...form.keys()]).toEqual(['XMLDATA']);
	const xml = form.get('XMLDATA') ?? '';
	expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?><request>')).toBe(true);
	return parseXml(xml, { arrayPaths: ['request.invoice.objects.object'] }).request as Record<string, any>;
}

describe('inv.bg XML API v1 documents', () => {
	test('Create posts one XMLDATA document with every info, client, object and extra field, dates as dd.mm.yyyy', async () => {
		const [output] = await inv.json(
			documentParameters({
				documentType: 'deb',
				relatedInvoiceNumber: '0000000007',
				relatedInvoiceDate: '2026-01-31',
				buyerDetails: { taxId: '123456789', vatNumber: 'BG123456789', city: 'София', street: 'ул. Витоша 1', accountablePerson: 'Иван Иванов', recipient: 'Петър Петров', externalId: 'CRM-7', ...BANK },
				lineItems: {
					item: [
						line({ quantity: '1,5', unit: 'DAY', unitNetPrice: '80.10', discountPercent: '5', description: 'Бележка към реда', externalId: 'SKU-1', externalGroupId: 'G-1', priceForQuantity: '1' }),
						line({ name: 'Доставка', quantity: '1', unit: 'COUNT', unitNetPrice: '10', discountAmount: '2' }),
					],
				},
				currency: 'bgn',
				paymentMethod: 'transfer',
				additionalFields: { issueDate: '2026-02-10', eventDate: '2026-02-09', notes: 'Благодарим', number: '25', status: 'paid', discountType: 'percent', discountValue: '10', sendToEmail: 'buyer@example.bg' },
				extraFields: { field: [{ name: 'email', value: 'contact@example.bg' }, { name: 'contract', value: 'Д-15' }] },
			}),
		);
		const request = lastDocument();
		expect(request.login).toEqual({ '@username': inv.sandbox.v1Login.username, '@password': inv.sandbox.v1Login.password });
		expect(request.invoice.info).toEqual({
			type: 'deb',
			number: '25',
			related_invoice: '0000000007',
			related_invoice_date: '31.01.2026',
			status: 'PAID',
			date_create: '10.02.2026',
			date_event: '09.02.2026',
			currency: 'лв',
			reduction_value: '10',
			reduction_type: 'percent',
			payment_method: 'bank',
			enter_objects_with_vat: '0',
			notes: 'Благодарим',
			create_and_send_to_email: 'buyer@example.bg',
			create_and_return_pdf: '0',
		});
		expect(request.invoice.client).toEqual({
			firmname: 'Клиент ООД',
			bulstat: '123456789',
			vat_number: 'BG123456789',
			town: 'София',
			address: 'ул. Витоша 1',
			mol: 'Иван Иванов',
			recipient: 'Петър Петров',
			bank_name: 'Банка ДСК',
			bank_iban: 'BG80BNBG96611020345678',
			bank_bic: 'STSABGSF',
			outside_client_id: 'CRM-7',
		});
		expect(request.invoice.objects.object).toEqual([
			{
				name: 'Консултация',
				quantity_unit: 'DAY',
				quantity_value: '1.5',
				price_single: '80.1',
				price_single_is_for_quantity: '1',
				reduction_value: '5',
				reduction_type: 'percent',
				notes: 'Бележка към реда',
				outside_id: 'SKU-1',
				outside_group_id: 'G-1',
			},
			{ name: 'Доставка', quantity_unit: 'COUNT', quantity_value: '1', price_single: '10', reduction_value: '2', reduction_type: 'currency' },
		]);
		expect(request.invoice.additional_fields).toEqual({ email: 'contact@example.bg', contract: 'Д-15' });
		expect(output).toMatchObject({ id: expect.stringMatching(/^\d+$/), number: '0000000025', kind: 'debitNote', provider: 'inv.bg', gross: null });
		expect(inv.sandbox.emails.at(-1)).toMatchObject({ email: 'buyer@example.bg', via: 'v1' });
	});

	test('a credit note is kred, a private person goes under person_*, 0 % VAT carries its reason, other its own words', async () => {
		await inv.json(
			documentParameters({
				documentType: 'cred',
				relatedInvoiceNumber: '12',
				relatedInvoiceDate: '2026-01-05',
				buyerName: 'Мария Петрова',
				buyerDetails: { isPerson: true, personalId: '7501010010', city: 'Варна', street: 'ул. Морска 3' },
				vatPercent: '0',
				withoutVatReason: 'чл. 113, ал. 9 от ЗДДС',
				paymentMethod: 'other',
				paymentMethodOther: 'Ваучер',
				lineItems: { item: [line({ unitNetPrice: '', unitGrossPrice: '24' })] },
			}),
		);
		const request = lastDocument();
		expect(request.invoice.info).toMatchObject({
			type: 'kred',
			number: 'AUTO',
			related_invoice: '12',
			related_invoice_date: '05.01.2026',
			currency: 'EUR',
			payment_method: 'other',
			payment_method_other: 'Ваучер',
			enter_objects_with_vat: '1',
			without_vat_reason: 'чл. 113, ал. 9 от ЗДДС',
		});
		expect(request.invoice.client).toEqual({ is_person: '1', person_name: 'Мария Петрова', person_egn: '7501010010', person_city: 'Варна', person_address: 'ул. Морска 3' });
	});

	test('the returned PDF goes to the binary property; Simplify off gives the answer\'s invoice', async () => {
		const run = await inv.run(documentParameters({ documentType: 'prof', paymentMethod: 'cash', returnPdf: true, binaryPropertyName: 'pdf', simplify: false }));
		expect(run.error).toBeUndefined();
		const [item] = run.items();
		expect(lastDocument().invoice.info).toMatchObject({ type: 'prof', payment_method: 'cash', create_and_return_pdf: '1' });
		expect(item.json).toEqual({ id: expect.stringMatching(/^\d+$/), number: expect.stringMatching(/^\d{10}$/), viewUrl: expect.stringContaining('http'), type: 'prof' });
		expect(item.binary?.pdf).toMatchObject({ mimeType: 'application/pdf', fileName: `prof-${String(item.json.number)}.pdf` });
	});

	test('text that looks like XML arrives as text', async () => {
		const injected = '</name><price_single>0</price_single><name>Хак & "кавички"';
		await inv.json(documentParameters({ buyerName: '</firmname><login username="x"/>', lineItems: { item: [line({ name: injected })] }, additionalFields: { notes: '<![CDATA[x]]>' } }));
		const request = lastDocument();
		expect(request.invoice.objects.object).toEqual([expect.objectContaining({ name: injected, price_single: '50' })]);
		expect(request.invoice.client.firmname).toBe('</firmname><login username="x"/>');
		expect(request.invoice.info.notes).toBe('<![CDATA[x]]>');
		const stored = inv.sandbox.v1Documents.at(-1);
		expect(stored).toBeDefined();
	});

	test('an ERROR answer fails with the code in plain words, never as an item, and the login is never shown', async () => {
		const run = await inv.run(documentParameters(), { credentials: inv.credentials({ password: 'wrong-xml-password' }) });
		const error = run.error as Error & { description?: string };
		expect(error.message).toBe('inv.bg: Невалидно име или парола. (INVALID_LOGIN)');
		expect(error.description).toBe('Check the username, password and company domain in the inv.bg credential.');
		const said = JSON.stringify(run.raw);
		expect(said).not.toContain('wrong-xml-password');
		expect(said).not.toContain(inv.sandbox.v1Login.username);
		const badEmail = await inv.run(documentParameters({ additionalFields: { sendToEmail: 'not-an-address' } }));
		expect(badEmail.error?.message).toBe('inv.bg: Невалидна стойност на поле: invoice/info/create_and_send_to_email. (INVALID_VALUE)');
		expect((badEmail.error as Error & { description?: string }).description).toBe('Correct the value the message names.');
		expect(outputItems(badEmail)).toEqual([]);
	});

	test('bad input is refused before anything is sent', async () => {
		const noBank = await inv.refusedBeforeSending(documentParameters({ buyerDetails: { taxId: '123456789' } }));
		expect(noBank.error?.message).toBe('Buyer Details: Bank Name is required with the Bank Transfer payment method');
		const noReason = await inv.refusedBeforeSending(documentParameters({ vatPercent: '0', withoutVatReason: '={{ "" }}' }));
		expect(noReason.error?.message).toBe('Without-VAT Reason is required when the VAT rate is 0 %');
		const badDate = await inv.refusedBeforeSending(documentParameters({ additionalFields: { issueDate: '10.02.2026' } }));
		expect(badDate.error?.message).toMatch(/^Issue Date must be a date as YYYY-MM-DD/);
		const badName = await inv.refusedBeforeSending(documentParameters({ extraFields: { field: [{ name: 'a b', value: 'x' }] } }));
		expect(badName.error?.message).toBe('Extra field 1: "a b" cannot be a field name');
		const bothDiscounts = await inv.refusedBeforeSending(documentParameters({ lineItems: { item: [line({ discountPercent: '1', discountAmount: '1' })] } }));
		expect(bothDiscounts.error?.message).toBe('Line item 1: give a Discount (%) or a Discount Amount, not both');
	});
});
