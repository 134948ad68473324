import type { IDataObject } from 'n8n-workflow';

import { clientBody, clientQuery, simplifyClient } from '../../nodes/InvBg/mapping/client';
import { simplifyV1Created, v1Created, v1Pdf, v1Request } from '../../nodes/InvBg/mapping/document';
import type { V1DocumentInput } from '../../nodes/InvBg/mapping/document';
import { v1Failure, v3Failure } from '../../nodes/InvBg/mapping/failures';
import type { InvoiceInput } from '../../nodes/InvBg/mapping/invoice';
import { simplifyV3Invoice, v3InvoiceBody } from '../../nodes/InvBg/mapping/invoice';
import { itemBody, simplifyItem } from '../../nodes/InvBg/mapping/item';
import { invoiceQuery } from '../../nodes/InvBg/mapping/list';
import { documentKind, v1Currency, v1Date } from '../../nodes/InvBg/mapping/values';
import { hasMorePages } from '../../nodes/InvBg/transport';

const invoice = (overrides: Partial<InvoiceInput> = {}): InvoiceInput => ({
	type: 'dan',
	buyer: { name: 'Клиент ООД', taxId: '123456789', vatNumber: 'BG123456789', city: 'София', street: 'ул. Витоша 1', country: 'BG', accountablePerson: 'Иван Иванов' },
	items: [{ name: 'Консултация', quantity: '1.5', unit: 'час', unitPrice: '80.1234' }],
	pricesWithVat: false,
	vatPercent: '20',
	currency: 'EUR',
	paymentMethod: 'cashOnDelivery',
	issueDate: '2026-02-10',
	...overrides,
});

describe('inv.bg v3 invoice body', () => {
	test('the buyer goes under the recipient names, decimals as exact JSON numbers, the event date defaults to the issue date', () => {
		expect(v3InvoiceBody(invoice({ notes: 'Бележка', orderNumber: 'PO-7', dueDate: '2026-02-24', discount: { kind: 'amount', value: '5.5' } }), { bankAccountIds: [2], isDraft: true })).toEqual({
			type: 'dan',
			is_draft: 1,
			to_name: 'Клиент ООД',
			to_town: 'София',
			to_address: 'ул. Витоша 1',
			to_country: 'BG',
			to_mol: 'Иван Иванов',
			to_bulstat: '123456789',
			to_is_reg_vat: true,
			to_vat_number: 'BG123456789',
			is_to_person: false,
			date_create: '2026-02-10',
			date_event: '2026-02-10',
			date_mature: '2026-02-24',
			payment_method: 'ondelivery',
			payment_currency: 'EUR',
			vat: { percent: 20, reason_without: null },
			items_with_vat: 0,
			items: [{ name: 'Консултация', quantity: 1.5, quantity_unit: 'час', price: 80.1234 }],
			reduction: { type: 'currency', value: 5.5 },
			bank_accounts: [2],
			notes: 'Бележка',
			po_number: 'PO-7',
		});
	});

	test('a credit note carries its related invoice, 0 % VAT its reason, gross prices items_with_vat, another currency its rate', () => {
		const body = v3InvoiceBody(
			invoice({
				type: 'cred',
				relatedInvoice: { number: '0000000007', date: '2026-01-31' },
				vatPercent: '0',
				withoutVatReason: 'чл. 113, ал. 9 от ЗДДС',
				pricesWithVat: true,
				currency: 'USD',
				currencyRate: '0.92',
				discount: { kind: 'percent', value: '10' },
			}),
		);
		expect(body).toMatchObject({
			type: 'cred',
			related_invoice: { number: '0000000007', date: '2026-01-31' },
			vat: { percent: 0, reason_without: 'чл. 113, ал. 9 от ЗДДС' },
			items_with_vat: 1,
			payment_currency: 'USD',
			currency_rate: 0.92,
			reduction: { type: 'percent', value: 10 },
		});
	});

	test('a private person is sent as one, with the personal number', () => {
		expect(v3InvoiceBody(invoice({ buyer: { name: 'Мария Петрова', isPerson: true, personalId: '7501010010' } }))).toMatchObject({
			to_name: 'Мария Петрова',
			is_to_person: true,
			to_egn: '7501010010',
			to_is_reg_vat: false,
		});
	});

	test('a stored client is sent as client_id alone, without any recipient field', () => {
		const body = v3InvoiceBody(invoice({ buyer: { clientId: 7 } }));
		expect(body).toMatchObject({ client_id: 7, type: 'dan' });
		expect(Object.keys(body).filter((key) => key.startsWith('to_') || key === 'is_to_person')).toEqual([]);
	});
});

describe('inv.bg v3 invoice in the shared shape', () => {
	const record = {
		id: 12,
		number: '0000000012',
		type: 'deb',
		status: 'unpaid',
		is_annulled: 0,
		to_name: 'Клиент ООД',
		to_bulstat: '123456789',
		to_town: 'София',
		date_create: '2026-02-10',
		date_event: '2026-02-09',
		date_mature: null,
		payment_currency: 'EUR',
		vat: { percent: 20, reason_without: null },
		items_with_vat: 0,
		items: [{ name: 'Услуга', quantity: 2, quantity_unit: 'бр.', price: 12.5, vat_percent: null }],
		payment_amount_base: 25,
		payment_amount_vat: 5,
		payment_amount_total: 30,
		balance_paid: 10,
	};

	test('amounts as decimal strings, the kind by type, the document\'s rate on lines without their own', () => {
		expect(simplifyV3Invoice(record)).toEqual({
			id: '12',
			number: '0000000012',
			kind: 'debitNote',
			status: 'unpaid',
			issueDate: '2026-02-10',
			saleDate: '2026-02-09',
			dueDate: null,
			currency: 'EUR',
			net: '25.00',
			vat: '5.00',
			gross: '30.00',
			paid: '10.00',
			buyer: { name: 'Клиент ООД', taxId: '123456789', city: 'София' },
			items: [{ name: 'Услуга', quantity: '2', unit: 'бр.', unitNetPrice: '12.50', vatRate: '20', gross: null }],
			provider: 'inv.bg',
		});
	});

	test("the buyer's tax ID is the EIK when it has one, else its EU VAT number, as a foreign company has no EIK", () => {
		const taxIdOf = (buyer: IDataObject) => simplifyV3Invoice({ ...record, ...buyer }).buyer.taxId;
		expect(taxIdOf({ to_bulstat: '123456789', to_vat_number: 'BG123456789' })).toBe('123456789');
		expect(taxIdOf({ to_bulstat: null, to_vat_number: 'PL7750001237' })).toBe('PL7750001237');
		expect(taxIdOf({ to_bulstat: '', to_vat_number: 'PL7750001237' })).toBe('PL7750001237');
		expect(taxIdOf({ to_bulstat: null, to_vat_number: null })).toBeNull();
	});

	test('an annulled document says so, and a gross price is never passed off as a net one', () => {
		const simple = simplifyV3Invoice({ ...record, is_annulled: 1, items_with_vat: 1 });
		expect(simple.status).toBe('annulled');
		expect(simple.items[0].unitNetPrice).toBeNull();
	});
});

describe('inv.bg XML API document', () => {
	const document = (overrides: Partial<V1DocumentInput> = {}): V1DocumentInput => ({
		...invoice(),
		buyer: { name: 'Клиент ООД', taxId: '123456789', vatNumber: 'BG123456789', city: 'София', street: 'ул. Витоша 1', accountablePerson: 'Иван Иванов', recipient: 'Петър', bankName: 'ДСК', bankIban: 'BG80BNBG96611020345678', bankBic: 'STSABGSF', externalId: 'CRM-1' },
		items: [{ name: 'Консултация', quantity: '1.5', unit: 'DAY', unitPrice: '80.10', priceForQuantity: '1', discount: { kind: 'percent', value: '5' }, notes: 'Бележка', externalId: 'SKU-1', externalGroupId: 'G-1' }],
		currency: 'BGN',
		paymentMethod: 'other',
		paymentMethodOther: 'Бартер',
		sendToEmail: 'buyer@example.bg',
		returnPdf: true,
		extraFields: { email: 'contact@example.bg', contract: 'Д-15' },
		...overrides,
	});

	test('every element of the vendor page by its name, dates as dd.mm.yyyy, the lev as лв, the login as attributes', () => {
		expect(v1Request(document({ relatedInvoice: { number: '15', date: '2026-01-31' }, type: 'cred', vatPercent: '0', withoutVatReason: 'чл. 113', status: 'paid', eventDate: '2026-02-09', notes: 'N', number: '20', discount: { kind: 'amount', value: '3' } }), { username: 'u', password: 'p' })).toEqual({
			login: { '@username': 'u', '@password': 'p' },
			invoice: {
				info: {
					type: 'kred',
					number: '20',
					related_invoice: '15',
					related_invoice_date: '31.01.2026',
					status: 'PAID',
					date_create: '10.02.2026',
					date_event: '09.02.2026',
					currency: 'лв',
					reduction_value: '3',
					reduction_type: 'currency',
					payment_method: 'other',
					payment_method_other: 'Бартер',
					enter_objects_with_vat: 0,
					notes: 'N',
					create_and_send_to_email: 'buyer@example.bg',
					create_and_return_pdf: 1,
					without_vat_reason: 'чл. 113',
				},
				client: {
					firmname: 'Клиент ООД',
					bulstat: '123456789',
					vat_number: 'BG123456789',
					town: 'София',
					address: 'ул. Витоша 1',
					mol: 'Иван Иванов',
					recipient: 'Петър',
					bank_name: 'ДСК',
					bank_iban: 'BG80BNBG96611020345678',
					bank_bic: 'STSABGSF',
					outside_client_id: 'CRM-1',
				},
				objects: {
					object: [
						{
							name: 'Консултация',
							quantity_unit: 'DAY',
							quantity_value: '1.5',
							price_single: '80.10',
							price_single_is_for_quantity: '1',
							reduction_value: '5',
							reduction_type: 'percent',
							notes: 'Бележка',
							outside_id: 'SKU-1',
							outside_group_id: 'G-1',
						},
					],
				},
				additional_fields: { email: 'contact@example.bg', contract: 'Д-15' },
			},
		});
	});

	test('a private person goes under the person elements, AUTO numbers it, cash on delivery is ondlv', () => {
		const request = v1Request(document({ buyer: { name: 'Мария', isPerson: true, personalId: '7501010010', city: 'Варна', street: 'ул. 1' }, paymentMethod: 'cashOnDelivery', extraFields: {} }), { username: 'u', password: 'p' });
		const built = request.invoice as { info: Record<string, unknown>; client: Record<string, unknown>; additional_fields?: unknown };
		expect(built.client).toEqual({ is_person: 1, person_name: 'Мария', person_egn: '7501010010', person_city: 'Варна', person_address: 'ул. 1' });
		expect(built.info).toMatchObject({ number: 'AUTO', payment_method: 'ondlv' });
		expect(built.info.payment_method_other).toBeUndefined();
		expect(built.additional_fields).toBeUndefined();
	});

	test('the answer\'s invoice without its PDF, which is decoded apart; the shared shape has what the answer has', () => {
		const result = { status: 'OK', error_code: '', error_message: '', invoice: { number: '0000000015', pdf: Buffer.from('%PDF-1.4').toString('base64'), id: '42', view_url: 'https://x.inv.bg/42' } };
		const created = v1Created(result);
		expect(created).toEqual({ id: '42', number: '0000000015', viewUrl: 'https://x.inv.bg/42' });
		expect(v1Pdf(result)?.toString()).toBe('%PDF-1.4');
		expect(v1Pdf({ invoice: { number: '1', id: '1', pdf: '' } })).toBeUndefined();
		expect(simplifyV1Created('kred', created)).toMatchObject({ id: '42', number: '0000000015', kind: 'correction', gross: null, buyer: { name: null } });
	});

	test('dates, currencies and kinds', () => {
		expect(v1Date('2026-01-05')).toBe('05.01.2026');
		expect(v1Currency('bgn')).toBe('лв');
		expect(v1Currency('EUR')).toBe('EUR');
		expect(['dan', 'prof', 'deb', 'cred', 'kred', 'x'].map(documentKind)).toEqual(['vat', 'proforma', 'debitNote', 'correction', 'correction', null]);
	});
});

describe('inv.bg refusals', () => {
	test('v3\'s three shapes, with the fields a validation names', () => {
		expect(v3Failure(422, { error: 'Полето е задължително', errors: { to_name: 'Полето е задължително' } })).toEqual({
			message: 'Полето е задължително',
			fieldErrors: [{ field: 'to_name', messages: ['Полето е задължително'] }],
		});
		expect(v3Failure(400, { error: { description: 'Invalid request' } })).toEqual({ message: 'Invalid request' });
		expect(v3Failure(401, { status: 'error', message: 'Token is invalid or expired' })).toEqual({ message: 'Token is invalid or expired' });
		expect(v3Failure(502, '<html>')).toEqual({ message: 'The service answered with HTTP 502' });
	});

	test('the XML API\'s ERROR with its code, and what to do about it; OK is no failure', () => {
		expect(v1Failure({ result: { status: 'ERROR', error_code: 'INVALID_LOGIN', error_message: 'Невалидно име или парола.', invoice: '' } })).toEqual({
			message: 'Невалидно име или парола. (INVALID_LOGIN)',
			hint: 'Check the username, password and company domain in the inv.bg credential.',
		});
		expect(v1Failure({ result: { status: 'OK', invoice: { id: '1' } } })).toBeUndefined();
		expect(v1Failure({ other: {} })).toBeUndefined();
	});
});

describe('inv.bg clients, items and lists', () => {
	test('client fields by the node\'s names, empty ones left out, and the filters', () => {
		expect(clientBody({ name: 'Фирма', taxId: '123456789', isVatRegistered: true, vatNumber: 'BG123456789', accountablePerson: 'Иван', isPerson: false, city: '', cityEn: 'Sofia' })).toEqual({
			name: 'Фирма',
			bulstat: '123456789',
			is_reg_vat: true,
			vat_number: 'BG123456789',
			mol: 'Иван',
			is_person: false,
			town_en: 'Sofia',
		});
		expect(clientQuery({ taxId: '123456789', name: undefined })).toEqual({ bulstat: '123456789' });
		expect(simplifyClient({ id: 3, name: 'Фирма', bulstat: '123456789', town: 'София', address: 'ул. 1', country: 'BG' })).toEqual({
			id: '3',
			name: 'Фирма',
			taxId: '123456789',
			street: 'ул. 1',
			city: 'София',
			postCode: null,
			country: 'BG',
			email: null,
			phone: null,
		});
	});

	test('an item\'s decimals as exact numbers and its texts as given', () => {
		expect(itemBody({ name: 'Стока', price: '12.3456', priceForQuantity: '1', currency: 'EUR', unit: 'бр.', code: 'K-1' })).toEqual({
			name: 'Стока',
			price: 12.3456,
			price_for_quantity: 1,
			currency: 'EUR',
			quantity_unit: 'бр.',
			catalog_number: 'K-1',
		});
		expect(simplifyItem({ id: 4, name: 'Стока', price: 12.5, catalog_number: null, quantity_unit: 'бр.' })).toEqual({
			id: '4',
			name: 'Стока',
			code: null,
			unitNetPrice: '12.50',
			vatRate: null,
			unit: 'бр.',
		});
	});

	test('invoice filters by the MCP pages\' names, and pages counted from total', () => {
		expect(invoiceQuery({ type: 'prof', dateFrom: '2026-01-01', dateTo: '2026-01-31', clientId: 5, status: 'partially-paid', isAnnulled: false })).toEqual({
			type: 'prof',
			date_from: '2026-01-01',
			date_to: '2026-01-31',
			client_id: 5,
			status: 'partially-paid',
			is_annulled: 0,
		});
		expect(invoiceQuery({})).toEqual({});
		expect(invoiceQuery({ number: '15' })).toEqual({ number: '0000000015' });
		expect(invoiceQuery({ number: '0000000015' })).toEqual({ number: '0000000015' });
		expect(hasMorePages(1, 100, 100, 150)).toBe(true);
		expect(hasMorePages(2, 100, 50, 150)).toBe(false);
		expect(hasMorePages(1, 100, 0, 150)).toBe(false);
	});
});
