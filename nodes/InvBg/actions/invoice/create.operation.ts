import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { fieldsCollection, simplifyField } from '../../../core/fields/common';
import { readDate } from '../../../core/fields/dates';
import { standardOperation } from '../../../core/fields/operations';
import { checked, optionalId, optionalText, readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { bankAccountLocator, clientLocator, readClientId } from '../../locators';
import type { BuyerInput, StoredClient } from '../../mapping/invoice';
import { v3InvoiceBody } from '../../mapping/invoice';
import { VAT_PERCENTS } from '../../mapping/values';
import { v3Request } from '../../transport';
import {
	buyerDetailsField,
	buyerNameField,
	commonInvoiceOptions,
	currencyField,
	currencyRateField,
	documentTypeField,
	invoiceLinesField,
	paymentMethodField,
	readCurrencyRate,
	readBuyer,
	readInvoiceInput,
	relatedInvoiceFields,
	vatPercentField,
} from '../invoiceInput';
import { invoiceNow } from './fields';
import { readBack } from '../../../core/readBack';
import { buyerChoiceField } from '../../../core/fields/party';

const properties: INodeProperties[] = [
	documentTypeField,
	...relatedInvoiceFields,
	// Workflows saved before this choice existed gave the buyer's details.
	buyerChoiceField('A client of the inv.bg firm; inv.bg writes its details on the document', 'details'),
	{ ...clientLocator, displayOptions: { show: { buyerType: ['client'] } } },
	{ ...buyerNameField, displayOptions: { show: { buyerType: ['details'] } } },
	{ ...buyerDetailsField(), displayOptions: { show: { buyerType: ['details'] } } },
	invoiceLinesField(['quantity', 'unit', 'unitNetPrice', 'unitGrossPrice']),
	vatPercentField(VAT_PERCENTS, 'The VAT rate of the whole document'),
	{
		displayName: 'Without-VAT Reason Name or ID',
		name: 'withoutVatReason',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getWithoutVatReasons' },
		default: '',
		required: true,
		description:
			'The legal ground for charging no VAT, printed on the document. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { vatPercent: ['0'] } },
	},
	currencyField,
	paymentMethodField,
	bankAccountLocator,
	fieldsCollection('additionalFields', [
		...commonInvoiceOptions,
		currencyRateField,
		{ displayName: 'Due Date', name: 'dueDate', type: 'string', default: '', placeholder: 'e.g. 2026-01-29', description: 'As YYYY-MM-DD' },
		{ displayName: 'Is Draft', name: 'isDraft', type: 'boolean', default: false, description: 'Whether to save the document as a draft, which can still be deleted' },
		{ displayName: 'Order Number', name: 'orderNumber', type: 'string', default: '', description: 'The buyer\'s purchase order number' },
	]),
	simplifyField({}),
];

function readRecipient(ctx: IExecuteFunctions, itemIndex: number): BuyerInput | StoredClient {
	if (ctx.getNodeParameter('buyerType', itemIndex, 'details') === 'client') return { clientId: Number(readClientId(ctx, itemIndex)) };
	return readBuyer(ctx, itemIndex).buyer;
}

/** inv.bg answers a create with the ID and number only, so the invoice is read back for the item. */
export const createInvoice: OperationModule = {
	option: { ...standardOperation('create', 'Invoice', 'Invoices'), description: 'Issue a tax invoice, pro forma, debit note or credit note' },
	kind: 'write',
	properties,
	async execute(ctx, itemIndex) {
		const options = readCollection(ctx, 'additionalFields', itemIndex);
		const input = { ...readInvoiceInput(ctx, itemIndex, options), buyer: readRecipient(ctx, itemIndex) };
		// The euro's rate is 1 by definition; v3 is sent one only for another currency.
		input.currencyRate = input.currency === 'EUR' ? undefined : readCurrencyRate(ctx, itemIndex, input.currency, options.currencyRate);
		input.dueDate = readDate(ctx, options.dueDate, 'Due Date', itemIndex);
		input.orderNumber = optionalText(options.orderNumber);
		const bankAccount = optionalId(ctx, 'bankAccount', itemIndex, 'Bank Account');
		const body = checked(ctx, itemIndex, () =>
			v3InvoiceBody(input, {
				isDraft: options.isDraft === true ? true : undefined,
				bankAccountIds: bankAccount === undefined ? undefined : [Number(bankAccount)],
			}),
		);
		const created = await v3Request(ctx, 'POST', '/invoices', { body, itemIndex });
		return await readBack(ctx, itemIndex, `inv.bg issued document ${String(created.number)} (ID ${String(created.id)})`, () => invoiceNow(ctx, itemIndex, String(created.id)));
	},
};
