import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { createInvoice, domesticBody, lastRequest, line, TODAY, useIfirma } from './context';

const ifirma = useIfirma();

const goods = (values: INodeParameters = {}): INodeParameters => line({ name: 'Towar', unitNetPrice: '10', ...values });

/** The node's error for parameters that must be refused before any request. */
async function refusal(parameters: INodeParameters): Promise<NodeOperationError> {
	const run = await ifirma.refusedBeforeSending(parameters);
	expect(run.error).toBeInstanceOf(NodeOperationError);
	return run.error as NodeOperationError;
}

describe('iFirma refuses what it cannot keep before sending', () => {
	test.each([
		['a zero quantity', goods({ quantity: '0' }), 'Line item 2: Quantity must be a number greater than 0 with at most 4 decimal places (got "0")'],
		['a negative quantity', goods({ quantity: '-1' }), 'Line item 2: Quantity must be a number greater than 0 with at most 4 decimal places (got "-1")'],
		['float noise in a quantity', goods({ quantity: '={{ 0.1 + 0.2 }}' }), 'Line item 2: Quantity must be a number greater than 0 with at most 4 decimal places (got "0.30000000000000004")'],
		['a price with a third decimal', goods({ unitNetPrice: '10.005' }), 'Line item 2: Unit Net Price must be a number greater than 0 with at most 2 decimal places (got "10.005")'],
		['a zero price', goods({ unitNetPrice: '0' }), 'Line item 2: Unit Net Price must be a number greater than 0 with at most 2 decimal places (got "0")'],
		['a negative discount', goods({ discountPercent: '-5' }), 'Line item 2: Discount (%) must be a number of 0 or more with at most 2 decimal places (got "-5")'],
		['a VAT rate of 99, which would go out as 0.99', goods({ vatRate: '99' }), 'Line item 2: VAT Rate must be one of 23, 8, 5, 0, zw (got "99")'],
		['a line name over 300 characters', goods({ name: 'T'.repeat(301) }), 'Line item 2: Name must be at most 300 characters long, not 301'],
		['a unit over 10 characters', goods({ unit: 'opakowanie!' }), 'Line item 2: Unit must be at most 10 characters long, not 11 (got "opakowanie!")'],
	])('%s', async (_case, item, message) => {
		const error = await refusal(createInvoice([goods(), item]));
		expect(error.message.startsWith(message)).toBe(true);
		expect(error.description).toBeTruthy();
	});

	test('the description of a refused rate lists every rate iFirma documents', async () => {
		const error = await refusal(createInvoice([goods({ vatRate: '99' })]));
		expect(error.description).toBe('Use one of the VAT rates the service offers: 23, 8, 5, 0, zw (exempt).');
	});

	test('a 1 MiB buyer name is named, shortened in the message', async () => {
		const error = await refusal(createInvoice([goods()], { buyerName: 'N'.repeat(1024 * 1024) }));
		expect(error.message).toBe(`Buyer Name must be at most 150 characters long, not 1048576 (got "${'N'.repeat(60)}…")`);
		expect(error.description).toBe('Shorten it to at most 150 characters; a longer text is refused rather than cut.');
	});

	test.each([
		['Buyer City', { buyerCity: 'W'.repeat(66) }, /^Buyer City must be at most 65 characters long, not 66/],
		['Buyer Post Code', { buyerPostCode: '0'.repeat(17) }, /^Buyer Post Code must be at most 16 characters long, not 17/],
		['a Buyer Details street', { buyer: { street: 'U'.repeat(66) } }, /^Buyer Details: Street must be at most 65 characters long, not 66/],
		['a Buyer Details country code', { buyer: { country: 'POL' } }, /^Buyer Details: Country must be at most 2 characters long, not 3/],
		['a buyer tax ID to look up', { buyerType: 'taxId', buyerTaxId: '1'.repeat(14) }, /^Buyer Tax ID must be at most 13 characters long, not 14/],
		['a client identifier to look up', { buyerType: 'contractor', contractorId: 'X'.repeat(16) }, /^Client must be at most 15 characters, got "X{16}"/],
		['notes over 1000 characters', { additionalFields: { issueDate: TODAY, notes: 'u'.repeat(1001) } }, /^Notes must be at most 1000 characters long, not 1001/],
		['a place of issue over 50 characters', { additionalFields: { issueDate: TODAY, placeOfIssue: 'M'.repeat(51) } }, /^Place of Issue must be at most 50 characters long, not 51/],
		['a paid amount with float noise', { additionalFields: { issueDate: TODAY, paidAmount: '={{ 0.1 + 0.2 }}' } }, /^Paid Amount must be a number of 0 or more with at most 2 decimal places \(got "0.30000000000000004"\)$/],
	])('%s is named', async (_case, extra, message) => {
		expect((await refusal(createInvoice([goods()], extra))).message).toMatch(message);
	});

	test('a pro forma’s order number over 30 characters is named', async () => {
		const error = await refusal({ ...createInvoice([goods()]), resource: 'proforma', proformaKind: 'SPRZ', orderNumber: 'Z'.repeat(31) });
		expect(error.message).toMatch(/^Order Number must be at most 30 characters long, not 31/);
	});

	test('Correct refuses a zero quantity and long notes before it even reads the invoice', async () => {
		const invoice = ifirma.sandbox.addDocument('fakturakraj', domesticBody());
		const correct = { resource: 'invoice', operation: 'correct', documentId: invoice.id, reason: 'ZWR_SPRZ_TOW' };
		expect((await refusal({ ...correct, lineItems: { item: [goods({ quantity: '0' })] } })).message).toMatch(
			/^Line item 1: Quantity must be a number greater than 0/,
		);
		expect((await refusal({ ...correct, lineItems: { item: [goods()] }, additionalFields: { notes: 'u'.repeat(1001) } })).message).toMatch(
			/^Notes must be at most 1000 characters long, not 1001/,
		);
	});

	test('a payment, an e-mail message and a contractor are held to the documented rules', async () => {
		const payment = { resource: 'payment', operation: 'create', invoiceType: 'prz_faktura_kraj', documentId: '1' };
		expect((await refusal({ ...payment, amount: '100.001' })).message).toBe(
			'Amount must be a number of 0 or more with at most 2 decimal places (got "100.001")',
		);
		const send = { resource: 'invoice', operation: 'sendByEmail', documentType: 'fakturakraj', documentId: '1' };
		expect((await refusal({ ...send, options: { message: 'm'.repeat(1001) } })).message).toMatch(/^Message must be at most 1000 characters long, not 1001/);
		const contractor = { resource: 'client', operation: 'create', name: 'Firma', postCode: '00-001', city: 'Warszawa' };
		expect((await refusal({ ...contractor, name: 'F'.repeat(151) })).message).toMatch(/^Name must be at most 150 characters long, not 151/);
		expect((await refusal({ ...contractor, additionalFields: { phone: '1'.repeat(33) } })).message).toMatch(/^Phone must be at most 32 characters long, not 33/);
		expect((await refusal({ resource: 'client', operation: 'update', contractorId: 'X', updateFields: { name2: 'N'.repeat(151) } })).message).toMatch(
			/^Name Line 2 must be at most 150 characters long, not 151/,
		);
	});
});

describe('iFirma sends values on the limits as they are', () => {
	test('a half quantity, the highest rate and texts of exactly the maximum length arrive on the wire unchanged', async () => {
		const buyerName = 'B'.repeat(150);
		const lineName = 'T'.repeat(300);
		const [invoice] = await ifirma.json(
			createInvoice(
				[
					goods({ name: lineName, quantity: '0.5', vatRate: '23', unit: 'opakowanie', unitNetPrice: '0.01' }),
					goods({ quantity: '1.2345', vatRate: 'zw', discountPercent: '0' }),
				],
				{ buyerName, buyer: { country: 'PL' }, additionalFields: { issueDate: TODAY, notes: 'u'.repeat(1000), paidAmount: '0' } },
			),
		);
		const sent = lastRequest(ifirma.sandbox, 'POST', 'fakturakraj.json').body as IDataObject;
		expect(sent.Kontrahent).toMatchObject({ Nazwa: buyerName, KodKraju: 'PL' });
		expect(sent.Uwagi).toHaveLength(1000);
		expect(sent.Pozycje).toEqual([
			{ NazwaPelna: lineName, Ilosc: 0.5, CenaJednostkowa: 0.01, Jednostka: 'opakowanie', StawkaVat: 0.23, TypStawkiVat: 'PRC' },
			{ NazwaPelna: 'Towar', Ilosc: 1.2345, CenaJednostkowa: 10, Jednostka: 'szt.', StawkaVat: null, TypStawkiVat: 'ZW', Rabat: 0 },
		]);
		expect(invoice).toMatchObject({ buyer: { name: buyerName } });
	});
});
