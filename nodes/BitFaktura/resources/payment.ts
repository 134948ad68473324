import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { parseDecimal } from '../../core/canonical';
import { readDate } from '../../core/fields/dates';
import { checked, readCollection, readIdList, renameKeys, requireText } from '../../core/params';
import { MONEY } from '../mapping';
import { recordResource } from './record';
import { fieldsCollection } from '../../core/fields/common';

const paymentIdField: INodeProperties = {
	displayName: 'Payment ID',
	name: 'paymentId',
	type: 'string',
	default: '',
	required: true,
};

const PAYMENT_OPTIONS: INodeProperties[] = [
	{ displayName: 'Client ID', name: 'clientId', type: 'string', default: '' },
	{ displayName: 'Comment', name: 'comment', type: 'string', default: '' },
	{ displayName: 'Currency', name: 'currency', type: 'string', default: '', placeholder: 'UAH' },
	{ displayName: 'Description', name: 'description', type: 'string', default: '' },
	{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
	{ displayName: 'Invoice IDs', name: 'invoiceIds', type: 'string', default: '', placeholder: '101, 102', description: 'Comma-separated invoices this payment settles, paid in this order: the first fully, then the next' },
	{ displayName: 'Is Paid', name: 'paid', type: 'boolean', default: true, description: 'Whether the money has arrived' },
	{ displayName: 'Order ID', name: 'orderId', type: 'string', default: '' },
	{ displayName: 'Paid Date', name: 'paidDate', type: 'string', default: '', placeholder: '2024-12-20', description: 'As YYYY-MM-DD' },
	{ displayName: 'Payment Provider', name: 'provider', type: 'string', default: '', placeholder: 'transfer', description: 'How the money came, e.g. transfer' },
];

const PLAIN = { clientId: 'client_id', comment: 'comment', currency: 'currency', description: 'description', email: 'email', orderId: 'oid', provider: 'provider' };

function paymentRecord(ctx: IExecuteFunctions, itemIndex: number, values: IDataObject): IDataObject {
	const record = renameKeys(values, PLAIN);
	if (values.paid !== undefined) record.paid = values.paid;
	const paidDate = readDate(ctx, values.paidDate, 'Paid Date', itemIndex);
	if (paidDate !== undefined) record.paid_date = paidDate;
	const invoiceIds = readIdList(ctx, itemIndex, values.invoiceIds, 'Invoice IDs');
	if (invoiceIds.length === 1) record.invoice_id = invoiceIds[0];
	if (invoiceIds.length > 1) record.invoice_ids = invoiceIds;
	if (values.amount !== undefined && values.amount !== '') {
		record.price = checked(ctx, itemIndex, () => parseDecimal(values.amount as string, 'Amount', MONEY));
	}
	return record;
}

export const paymentResource = recordResource({
	resource: 'payment',
	label: 'Payment',
	plural: 'Payments',
	wrapper: 'banking_payment',
	basePath: '/banking/payments',
	// Reads of one payment are documented at the singular path (S0, BF); writes at the plural one.
	readPath: (id) => `/banking/payment/${id}.json`,
	updateMethod: 'PATCH',
	idField: paymentIdField,
	create: {
		fields: [
			{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true, placeholder: 'Payment for order 1001' },
			{ displayName: 'Amount', name: 'amount', type: 'string', default: '', required: true, placeholder: '100.05', description: 'As a decimal' },
			fieldsCollection('additionalFields', PAYMENT_OPTIONS),
		],
		read: (ctx, i) => ({
			name: requireText(ctx, 'name', i, 'Name'),
			...paymentRecord(ctx, i, { ...readCollection(ctx, 'additionalFields', i), amount: requireText(ctx, 'amount', i, 'Amount') }),
			kind: 'api',
		}),
	},
	update: {
		fields: [
			fieldsCollection('updateFields', [
					{ displayName: 'Amount', name: 'amount', type: 'string', default: '' },
					{ displayName: 'Name', name: 'name', type: 'string', default: '' },
					...PAYMENT_OPTIONS,
				]),
		],
		read: (ctx, i) => {
			const values = readCollection(ctx, 'updateFields', i);
			return { ...renameKeys(values, { name: 'name' }), ...paymentRecord(ctx, i, values) };
		},
	},
	list: {
		fields: [
			{ displayName: 'Include Invoices', name: 'includeInvoices', type: 'boolean', default: false, description: 'Whether to embed the invoices each payment settles' },
		],
		read: (ctx, i) => (ctx.getNodeParameter('includeInvoices', i, false) ? { include: 'invoices' } : {}),
	},
});
