import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { lastRequest as sentRequest, useBitFaktura } from './context';

const bf = useBitFaktura();

const lastRequest = (method: string, pathPrefix: string) => sentRequest(bf.sandbox, method, pathPrefix);

const byUrl = (url: string) => ({ __rl: true, mode: 'url', value: url });
const fromList = (id: unknown) => ({ __rl: true, mode: 'list', value: String(id) });

const line = { item: [{ name: 'Item', quantity: '1', totalGross: '12', vatRate: '20' }] };

function addInvoice(buyer = 'Locator buyer'): IDataObject {
	return bf.sandbox.addInvoice({ buyer_name: buyer, positions: [{ name: 'A', quantity: 1, total_price_gross: '12', tax: 20 }] }) as unknown as IDataObject;
}

describe('BitFaktura records picked By URL', () => {
	test('an invoice\'s address in the web app gives its ID', async () => {
		const invoice = addInvoice();
		const [got] = await bf.json({ resource: 'invoice', operation: 'get', invoiceId: byUrl(`${bf.sandbox.baseUrl}/invoices/${String(invoice.id)}`), simplify: false });
		expect(got.id).toBe(invoice.id);
		expect(lastRequest('GET', '/invoices/').path).toBe(`/invoices/${String(invoice.id)}.json`);
	});

	test('an address with more after the ID (an edit page, a query) gives the same ID', async () => {
		const invoice = addInvoice();
		await bf.json({ resource: 'invoice', operation: 'delete', invoiceId: byUrl(`${bf.sandbox.baseUrl}/invoices/${String(invoice.id)}/edit?tab=positions`) });
		expect(lastRequest('DELETE', '/invoices/').path).toBe(`/invoices/${String(invoice.id)}.json`);
	});

	test('payments are taken at the plural and the singular address, warehouse documents and clients at theirs', async () => {
		const payment = bf.sandbox.addPayment({ name: 'By URL', price: '10' });
		for (const path of ['banking/payments', 'banking/payment']) {
			const [got] = await bf.json({ resource: 'payment', operation: 'get', paymentId: byUrl(`${bf.sandbox.baseUrl}/${path}/${payment.id}`), simplify: false });
			expect(got.id).toBe(payment.id);
		}

		const warehouse = bf.sandbox.addWarehouse({ name: 'URL store' });
		const document = bf.sandbox.addWarehouseDocument({ kind: 'pz', warehouse_id: warehouse.id, warehouse_actions: [{ product_name: 'URL paper', quantity: '1' }] });
		const [gotDocument] = await bf.json({
			resource: 'warehouseDocument',
			operation: 'get',
			warehouseDocumentId: byUrl(`${bf.sandbox.baseUrl}/warehouse_documents/${document.id}`),
			simplify: false,
		});
		expect(gotDocument.id).toBe(document.id);

		const client = bf.sandbox.addClient({ name: 'URL client' });
		await bf.json({ resource: 'client', operation: 'update', clientId: byUrl(`${bf.sandbox.baseUrl}/clients/${client.id}`), updateFields: { city: 'Odesa' } });
		expect(lastRequest('PUT', `/clients/${client.id}.json`).body?.client).toEqual({ city: 'Odesa' });
	});

	test('an address of another account is refused before anything is sent', async () => {
		const run = await bf.refusedBeforeSending({ resource: 'invoice', operation: 'delete', invoiceId: byUrl('https://othercompany.bitfaktura.com.ua/invoices/5') });
		expect(run.error).toBeInstanceOf(NodeOperationError);
		expect(run.error?.message).toBe(`The invoice address is of another account (othercompany.bitfaktura.com.ua), not of ${new URL(bf.sandbox.baseUrl).host}`);
	});

	test('an address of another kind of record is refused before anything is sent, as the editor marks it', async () => {
		const run = await bf.refusedBeforeSending({ resource: 'invoice', operation: 'get', invoiceId: byUrl(`${bf.sandbox.baseUrl}/clients/5`) });
		expect(run.error?.message).toContain('"invoiceId":["Not an address of such a record"');
	});
});

describe('BitFaktura IDs as workflows made before the locators hold them', () => {
	test('an invoice, payment or warehouse document ID given as plain text still works', async () => {
		const invoice = addInvoice();
		const [got] = await bf.json({ resource: 'invoice', operation: 'get', invoiceId: String(invoice.id), simplify: false });
		expect(got.id).toBe(invoice.id);

		const payment = bf.sandbox.addPayment({ name: 'Plain', price: '1' });
		await bf.json({ resource: 'payment', operation: 'delete', paymentId: String(payment.id) });
		expect(lastRequest('DELETE', '/banking/payments/').path).toBe(`/banking/payments/${payment.id}.json`);

		const warehouse = bf.sandbox.addWarehouse({ name: 'Plain store' });
		const document = bf.sandbox.addWarehouseDocument({ kind: 'pz', warehouse_id: warehouse.id, warehouse_actions: [{ product_name: 'Plain paper', quantity: '1' }] });
		await bf.json({ resource: 'warehouseDocument', operation: 'delete', warehouseDocumentId: String(document.id) });
		expect(lastRequest('DELETE', '/warehouse_documents/').path).toBe(`/warehouse_documents/${document.id}.json`);
	});

	test('a department, category or warehouse ID in Additional Fields given as plain text still works', async () => {
		const warehouse = bf.sandbox.addWarehouse({ name: 'Plain invoice store' });
		const category = bf.sandbox.addCategory({ name: 'Plain category' });
		await bf.json({
			resource: 'invoice',
			operation: 'create',
			buyerName: 'Plain buyer',
			lineItems: line,
			additionalFields: { departmentId: '1', categoryId: String(category.id), warehouseId: String(warehouse.id) },
		});
		expect(lastRequest('POST', '/invoices.json').body?.invoice).toMatchObject({
			department_id: '1',
			category_id: String(category.id),
			warehouse_id: String(warehouse.id),
		});
	});

	test('an ID that is not a whole number is refused before sending, typed or from an expression', async () => {
		const typed = await bf.refusedBeforeSending({ resource: 'invoice', operation: 'get', invoiceId: { __rl: true, mode: 'id', value: '1/12/2024' } });
		expect(typed.error?.message).toContain('"invoiceId":["An ID is a whole number"');
		const computed = await bf.refusedBeforeSending({ resource: 'invoice', operation: 'get', invoiceId: { __rl: true, mode: 'id', value: '={{ "1/12/2024" }}' } });
		expect(computed.error?.message).toBe('Invoice must be a whole number, got "1/12/2024"');
	});

	test('an empty pick names what is missing', async () => {
		const run = await bf.refusedBeforeSending({ resource: 'payment', operation: 'get', paymentId: { __rl: true, mode: 'id', value: '={{ $json.missing ?? "" }}' } });
		expect(run.error?.message).toBe('Payment is required');
		expect((run.error as NodeOperationError).description).toBe('Pick the payment from the list or enter its ID.');
	});
});

describe('BitFaktura records picked inside collections', () => {
	test('an invoice\'s department, category and warehouse picked from the lists go as their IDs', async () => {
		const warehouse = bf.sandbox.addWarehouse({ name: 'Picked invoice store' });
		const category = bf.sandbox.addCategory({ name: 'Picked category' });
		await bf.json({
			resource: 'invoice',
			operation: 'create',
			buyerName: 'Picked buyer',
			lineItems: line,
			additionalFields: { departmentId: fromList(1), categoryId: fromList(category.id), warehouseId: byUrl(`${bf.sandbox.baseUrl}/warehouses/${warehouse.id}`) },
		});
		expect(lastRequest('POST', '/invoices.json').body?.invoice).toMatchObject({
			department_id: '1',
			category_id: String(category.id),
			warehouse_id: String(warehouse.id),
		});
	});

	test('a payment\'s client and an invoice list\'s client are picked like any record', async () => {
		const client = bf.sandbox.addClient({ name: 'Paying client' });
		await bf.json({ resource: 'payment', operation: 'create', name: 'Picked', amount: '3', additionalFields: { clientId: fromList(client.id) } });
		expect(lastRequest('POST', '/banking/payments.json').body?.banking_payment).toMatchObject({ client_id: client.id });

		await bf.json({ resource: 'invoice', operation: 'getMany', limit: 1, filters: { clientId: fromList(client.id) } });
		expect(lastRequest('GET', '/invoices.json').query.client_id).toBe(String(client.id));
	});

	test('a product\'s category and a product line\'s product are picked like any record', async () => {
		const category = bf.sandbox.addCategory({ name: 'Product category' });
		const [product] = await bf.json({ resource: 'product', operation: 'create', name: 'Picked pen', additionalFields: { categoryId: fromList(category.id) } });
		expect(lastRequest('POST', '/products.json').body?.product).toEqual({ name: 'Picked pen', category_id: String(category.id) });

		const warehouse = bf.sandbox.addWarehouse({ name: 'Line store' });
		await bf.json({
			resource: 'warehouseDocument',
			operation: 'create',
			kind: 'pz',
			warehouseId: fromList(warehouse.id),
			actions: { action: [{ productId: byUrl(`${bf.sandbox.baseUrl}/products/${String(product.id)}`), quantity: '2' }] },
		});
		expect(lastRequest('POST', '/warehouse_documents.json').body?.warehouse_document).toMatchObject({
			warehouse_actions: [{ product_id: product.id, quantity: '2' }],
		});
	});
});
