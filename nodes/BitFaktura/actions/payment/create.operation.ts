import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { alphabetical, fieldsCollection } from '../../../core/fields/common';
import { partyFields } from '../../../core/fields/party';
import { standardOperation } from '../../../core/fields/operations';
import { optionalText, readCollection, requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { locator, optionalPickedId } from '../../locators';
import { QUANTITY } from '../../mapping/limits';
import type { PaymentInvoiceBuyer } from '../../mapping/records';
import { paymentOf } from '../../mapping/records';
import { wrapped } from '../../mapping/wire';
import { bitFakturaRequest } from '../../transport';
import { readDecimal } from '../values';
import { amountField, paymentFields, paymentNameField, readPayment } from './fields';

/** What was paid for, which the invoice generated from the payment lists. */
const purchaseFields: INodeProperties[] = [
	locator('product', { required: false, description: 'The product paid for' }),
	{ displayName: 'Quantity', name: 'quantity', type: 'string', default: '', placeholder: 'e.g. 1', description: 'How many of the product were paid for' },
];

const properties: INodeProperties[] = [
	{ ...paymentNameField, required: true },
	{ ...amountField, required: true },
	{
		displayName: 'Generate Invoice',
		name: 'generateInvoice',
		type: 'boolean',
		default: false,
		description: 'Whether BitFaktura issues an invoice for this payment, to the buyer below',
	},
	{
		displayName: 'Invoice Buyer',
		name: 'invoiceBuyer',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { generateInvoice: [true] } },
		options: [
			{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. Kvitka LLC' },
			...partyFields(['taxId', 'street', 'city', 'postCode', 'country']),
		],
	},
	fieldsCollection('additionalFields', alphabetical([...paymentFields, ...purchaseFields])),
];

function invoiceBuyerOf(ctx: IExecuteFunctions, itemIndex: number): PaymentInvoiceBuyer | undefined {
	if (ctx.getNodeParameter('generateInvoice', itemIndex, false) !== true) return undefined;
	const buyer = readCollection(ctx, 'invoiceBuyer', itemIndex);
	return {
		name: optionalText(buyer.name),
		taxId: optionalText(buyer.taxId),
		street: optionalText(buyer.street),
		city: optionalText(buyer.city),
		postCode: optionalText(buyer.postCode),
		country: optionalText(buyer.country),
	};
}

/** A payment made through the API, marked so as the docs show; it pays its invoices in the order given. */
export const createPayment: OperationModule = {
	option: { ...standardOperation('create', 'Payment', 'Payments'), description: 'Record a payment, settling invoices or issuing one for it' },
	kind: 'write',
	properties,
	async execute(ctx, itemIndex) {
		const name = requireText(ctx, 'name', itemIndex, 'Name');
		const amount = requireText(ctx, 'amount', itemIndex, 'Amount');
		const additional = readCollection(ctx, 'additionalFields', itemIndex);
		const payment = paymentOf({
			...(await readPayment(ctx, itemIndex, 'additionalFields', { ...additional, amount })),
			name,
			productId: 'productId' in additional ? await optionalPickedId(ctx, 'additionalFields.productId', itemIndex, 'Product') : undefined,
			quantity: readDecimal(ctx, itemIndex, additional.quantity, 'Quantity', QUANTITY),
			invoiceBuyer: invoiceBuyerOf(ctx, itemIndex),
			fromApi: true,
		});
		return await bitFakturaRequest<IDataObject>(ctx, 'POST', '/banking/payments.json', { body: wrapped('payment', payment), expect: 'object', itemIndex });
	},
};
