import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readDate } from '../../../core/fields/dates';
import { optionalText, readIdList } from '../../../core/params';
import { simplified } from '../../../core/output';
import { locator, optionalPickedId } from '../../locators';
import type { PaymentValues } from '../../mapping/records';
import { simplifyPayment } from '../../mapping/records';
import { readDecimal } from '../values';

export const paymentLocator = locator('payment');

export const amountField: INodeProperties = {
	displayName: 'Amount',
	name: 'amount',
	type: 'string',
	default: '',
	placeholder: 'e.g. 100.05',
	description: 'The amount paid, as a decimal',
};

export const paymentNameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	placeholder: 'e.g. Payment for order 1001',
	description: 'What the payment is for, as the account lists it',
};

/** The payment's own fields, under Additional Fields on Create and Update Fields on Update. */
export const paymentFields: INodeProperties[] = [
	locator('client', { required: false, description: 'The client who paid' }),
	{ displayName: 'Comment', name: 'comment', type: 'string', default: '' },
	{ displayName: 'Currency', name: 'currency', type: 'string', default: '', placeholder: 'e.g. UAH' },
	{ displayName: 'Description', name: 'description', type: 'string', default: '', placeholder: 'e.g. Annual subscription' },
	{ displayName: 'Invoice IDs', name: 'invoiceIds', type: 'string', default: '', placeholder: 'e.g. 101, 102', description: 'Comma-separated invoices this payment settles, paid in this order: the first fully, then the next' },
	{ displayName: 'Is Paid', name: 'paid', type: 'boolean', default: true, description: 'Whether the money has arrived' },
	{ displayName: 'Order ID', name: 'orderId', type: 'string', default: '', placeholder: 'e.g. crm-deal-1001', description: 'The order number in your shop or CRM' },
	{ displayName: 'Paid Date', name: 'paidDate', type: 'string', default: '', placeholder: 'e.g. 2024-12-20', description: 'As YYYY-MM-DD' },
	{ displayName: 'Payer Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
	{ displayName: 'Payer First Name', name: 'firstName', type: 'string', default: '', placeholder: 'e.g. Olena' },
	{ displayName: 'Payer Last Name', name: 'lastName', type: 'string', default: '', placeholder: 'e.g. Petrenko' },
	{ displayName: 'Payment Provider', name: 'provider', type: 'string', default: '', placeholder: 'e.g. transfer', description: 'How the money came: transfer, card, or the payment gateway’s name' },
];

/** The payment's values in `collection`; a malformed amount, date or invoice ID is named. */
export async function readPayment(ctx: IExecuteFunctions, itemIndex: number, collection: string, values: IDataObject): Promise<PaymentValues> {
	return {
		amount: readDecimal(ctx, itemIndex, values.amount, 'Amount'),
		clientId: 'clientId' in values ? await optionalPickedId(ctx, `${collection}.clientId`, itemIndex, 'Client') : undefined,
		comment: optionalText(values.comment),
		currency: optionalText(values.currency),
		description: optionalText(values.description),
		invoiceIds: readIdList(ctx, itemIndex, values.invoiceIds, 'Invoice IDs'),
		paid: typeof values.paid === 'boolean' ? values.paid : undefined,
		orderId: optionalText(values.orderId),
		paidDate: readDate(ctx, values.paidDate, 'Paid Date', itemIndex),
		provider: optionalText(values.provider),
		payerEmail: optionalText(values.email),
		payerFirstName: optionalText(values.firstName),
		payerLastName: optionalText(values.lastName),
	};
}

export function outputPayment(ctx: IExecuteFunctions, itemIndex: number, payment: IDataObject): IDataObject {
	return simplified(ctx, itemIndex, payment, simplifyPayment);
}
