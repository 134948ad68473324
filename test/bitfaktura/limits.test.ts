import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { lastRequest as sentRequest, useBitFaktura } from './context';

const bf = useBitFaktura();

const lastRequest = (method: string, pathPrefix: string) => sentRequest(bf.sandbox, method, pathPrefix);

const ALLOWED_RATES = '23, 20, 14, 8, 7, 5, 0, zw, np';

/** An invoice to the buyer `Acme` with these lines, and anything else given. */
const createInvoice = (items: INodeParameters[], extra: INodeParameters = {}): INodeParameters => ({
	resource: 'invoice',
	operation: 'create',
	buyerName: 'Acme',
	lineItems: { item: items },
	simplify: false,
	...extra,
});

const line = (values: INodeParameters = {}): INodeParameters => ({ name: 'Paper', quantity: '1', totalGross: '10', vatRate: '20', ...values });

/** The node's error for parameters that must be refused before any request. */
async function refusal(parameters: INodeParameters): Promise<NodeOperationError> {
	const run = await bf.refusedBeforeSending(parameters);
	expect(run.error).toBeInstanceOf(NodeOperationError);
	return run.error as NodeOperationError;
}

describe('BitFaktura refuses what it cannot keep before sending', () => {
	test.each([
		['a zero quantity', line({ quantity: '0' }), 'Line item 1: Quantity must be a number greater than 0 with at most 4 decimal places (got "0")'],
		['a negative quantity', line({ quantity: '-3' }), 'Line item 1: Quantity must be a number greater than 0 with at most 4 decimal places (got "-3")'],
		['float noise in a quantity', line({ quantity: '={{ 0.1 + 0.2 }}' }), 'Line item 1: Quantity must be a number greater than 0 with at most 4 decimal places (got "0.30000000000000004")'],
		['more decimals than money has', line({ totalGross: '10.005' }), 'Line item 1: Total Gross must be a number with at most 2 decimal places (got "10.005")'],
		['a VAT rate outside its rates', line({ vatRate: '99' }), `Line item 1: VAT Rate must be one of ${ALLOWED_RATES} (got "99")`],
	])('%s', async (_case, item, message) => {
		const error = await refusal(createInvoice([line(), item]));
		expect(error.message).toBe(message.replace('Line item 1', 'Line item 2'));
		expect(error.description).toBeTruthy();
	});

	test('the description of a refused rate lists every rate allowed', async () => {
		const error = await refusal(createInvoice([line({ vatRate: '99' })]));
		expect(error.description).toBe(`Use one of the VAT rates the service offers: ${ALLOWED_RATES.replace('zw', 'zw (exempt)').replace('np', 'np (not subject to VAT)')}.`);
	});

	test('a 1 MiB buyer name is named, shortened in the message', async () => {
		const error = await refusal(createInvoice([line()], { buyerName: 'N'.repeat(1024 * 1024) }));
		expect(error.message).toBe(`Buyer Name must be at most 255 characters long, not 1048576 (got "${'N'.repeat(60)}…")`);
		expect(error.description).toBe('Shorten it to at most 255 characters; a longer text is refused rather than cut.');
	});

	test('a text in Buyer or Seller Details is named with its collection', async () => {
		expect((await refusal(createInvoice([line()], { buyer: { street: 'S'.repeat(256) } }))).message).toMatch(
			/^Buyer Details: Street must be at most 255 characters long, not 256/,
		);
		expect((await refusal(createInvoice([line()], { seller: { name: 'S'.repeat(256) } }))).message).toMatch(
			/^Seller Details: Name must be at most 255 characters long, not 256/,
		);
	});

	test('notes longer than the engine keeps and a paid amount with float noise are named', async () => {
		expect((await refusal(createInvoice([line()], { additionalFields: { notes: 'n'.repeat(65536) } }))).message).toMatch(
			/^Notes must be at most 65535 characters long, not 65536/,
		);
		expect((await refusal(createInvoice([line()], { additionalFields: { paidAmount: '={{ 0.1 + 0.2 }}' } }))).message).toBe(
			'Paid Amount must be a number with at most 2 decimal places (got "0.30000000000000004")',
		);
	});

	test('a correction takes a negative quantity, but not zero', async () => {
		const error = await refusal(createInvoice([line({ quantity: '0' })], { additionalFields: { kind: 'correction' } }));
		expect(error.message).toBe('Line item 1: Quantity must be a number other than 0 with at most 4 decimal places (got "0")');
	});

	test('Update refuses a negative line unless Kind is set to Correction, and checks Buyer Name', async () => {
		const base = { resource: 'invoice', operation: 'update', invoiceId: { __rl: true, mode: 'id', value: '1' } };
		const negative = { lineItemsToAdd: { item: [line({ quantity: '-1' })] } };
		expect((await refusal({ ...base, ...negative })).message).toMatch(/^Line item 1: Quantity must be a number greater than 0/);
		expect((await refusal({ ...base, lineItemsToChange: { item: [{ positionId: '5', quantity: '0' }] } })).message).toMatch(
			/^Line item 1: Quantity must be a number greater than 0/,
		);
		expect((await refusal({ ...base, updateFields: { buyerName: 'B'.repeat(300) } })).message).toMatch(
			/^Buyer Name must be at most 255 characters long, not 300/,
		);
	});

	test('products, warehouse documents, payments and clients are held to the same rules', async () => {
		expect((await refusal({ resource: 'product', operation: 'create', name: 'Pen', additionalFields: { vatRate: '99' } })).message).toBe(
			`VAT Rate must be one of ${ALLOWED_RATES} (got "99")`,
		);
		expect((await refusal({ resource: 'product', operation: 'create', name: 'Pen', additionalFields: { unitGrossPrice: '1.999' } })).message).toBe(
			'Unit Gross Price must be a number with at most 2 decimal places (got "1.999")',
		);
		const document = { resource: 'warehouseDocument', operation: 'create', kind: 'pz', warehouseId: { __rl: true, mode: 'id', value: '1' } };
		expect((await refusal({ ...document, actions: { action: [{ productName: 'Paper', quantity: '0' }] } })).message).toBe(
			'Product 1: Quantity must be a number greater than 0 with at most 4 decimal places (got "0")',
		);
		expect((await refusal({ ...document, actions: { action: [{ productName: 'Paper', quantity: '1', purchaseVatRate: '99' }] } })).message).toBe(
			`Product 1: Purchase VAT Rate must be one of ${ALLOWED_RATES} (got "99")`,
		);
		expect((await refusal({ resource: 'payment', operation: 'create', name: 'Order 7', amount: '100.001' })).message).toBe(
			'Amount must be a number with at most 2 decimal places (got "100.001")',
		);
		expect((await refusal({ resource: 'client', operation: 'create', name: 'C'.repeat(256) })).message).toMatch(
			/^Name must be at most 255 characters long, not 256/,
		);
		expect((await refusal({ resource: 'client', operation: 'update', clientId: { __rl: true, mode: 'id', value: '1' }, updateFields: { note: 'n'.repeat(65536) } })).message).toMatch(
			/^Note must be at most 65535 characters long, not 65536/,
		);
	});
});

describe('BitFaktura sends values on the limits as they are', () => {
	test('a half quantity, the highest rate and a name of exactly the maximum length arrive on the wire unchanged', async () => {
		const buyerName = 'B'.repeat(255);
		const [invoice] = await bf.json(
			createInvoice([line({ quantity: '0.5', vatRate: '23', totalGross: '10.01' }), line({ quantity: '1.2345', vatRate: 'np' })], { buyerName }),
		);
		const sent = lastRequest('POST', '/invoices.json').body?.invoice as IDataObject;
		expect(sent.buyer_name).toBe(buyerName);
		expect(sent.positions).toEqual([
			{ name: 'Paper', quantity: '0.5', total_price_gross: '10.01', tax: 23 },
			{ name: 'Paper', quantity: '1.2345', total_price_gross: '10', tax: 'np' },
		]);
		expect(invoice.buyer_name).toBe(buyerName);
	});

	test('a correction’s negative quantity and amount go through, on Create and on Update with Kind Correction', async () => {
		const [correction] = await bf.json(createInvoice([line({ quantity: '-1', totalGross: '-10', vatRate: '20' })], { additionalFields: { kind: 'correction' } }));
		const sent = lastRequest('POST', '/invoices.json').body?.invoice as IDataObject;
		expect(sent).toMatchObject({ kind: 'correction', positions: [{ name: 'Paper', quantity: '-1', total_price_gross: '-10', tax: 20 }] });

		await bf.json({
			resource: 'invoice',
			operation: 'update',
			invoiceId: { __rl: true, mode: 'id', value: String(correction.id) },
			updateFields: { kind: 'correction' },
			lineItemsToAdd: { item: [line({ quantity: '-2', totalGross: '-20' })] },
		});
		const update = lastRequest('PUT', `/invoices/${String(correction.id)}.json`).body?.invoice as IDataObject;
		expect(update.positions).toEqual([{ name: 'Paper', quantity: '-2', total_price_gross: '-20', tax: 20 }]);
	});
});
