import { parseDecimal } from '../../../core/canonical';
import { DATE_DESCRIPTION_SUFFIX, fieldsCollection, simplifyField } from '../../../core/fields/common';
import { readDate, todayIn } from '../../../core/fields/dates';
import { checked, optionalText, readCollection, requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { invoiceLocator, readInvoiceId } from '../../locators';
import { v3AllocationBody, v3PaymentBody } from '../../mapping/invoice';
import { v3Request } from '../../transport';
import { currencyField, currencyRateField, paymentMethodField, readCurrency, readCurrencyRate, readPaymentMethod } from '../invoiceInput';
import { invoiceNow } from './fields';
import { readBack } from '../../../core/readBack';

/**
 * Two requests, as v3 keeps payments apart from documents (third-party MCP pages): the payment is created,
 * then allocated to the invoice, whose balance and status inv.bg then updates. If the allocation is refused,
 * the payment exists unallocated: the error gives its ID.
 */
export const recordPayment: OperationModule = {
	option: { value: 'recordPayment', name: 'Record Payment', action: 'Record a payment for an invoice', description: 'Record money received and set it against the invoice' },
	kind: 'write',
	properties: [
		invoiceLocator,
		{ displayName: 'Amount', name: 'amount', type: 'string', default: '', required: true, placeholder: 'e.g. 120.00', description: 'The amount received, as a decimal' },
		{ ...currencyField, description: 'The three-letter code of the currency the money came in' },
		paymentMethodField,
		fieldsCollection('additionalFields', [
			currencyRateField,
			{ displayName: 'Notes', name: 'notes', type: 'string', default: '' },
			{ displayName: 'Payment Date', name: 'date', type: 'string', default: '', placeholder: 'e.g. 2026-01-20', description: `Today in the workflow's time zone when empty. ${DATE_DESCRIPTION_SUFFIX}.` },
		]),
		simplifyField({}),
	],
	async execute(ctx, itemIndex) {
		const id = readInvoiceId(ctx, itemIndex);
		const amount = checked(ctx, itemIndex, () => parseDecimal(requireText(ctx, 'amount', itemIndex, 'Amount'), 'Amount', { places: 2, sign: 'positive' }));
		const currency = readCurrency(ctx, itemIndex);
		const method = readPaymentMethod(ctx, itemIndex);
		const options = readCollection(ctx, 'additionalFields', itemIndex);
		const currencyRate = readCurrencyRate(ctx, itemIndex, currency, options.currencyRate);
		const date = readDate(ctx, options.date, 'Payment Date', itemIndex) ?? todayIn(ctx);
		const body = checked(ctx, itemIndex, () => v3PaymentBody({ amount, currency, currencyRate, date, method, notes: optionalText(options.notes) }));
		const payment = await v3Request(ctx, 'POST', '/payments', { body, itemIndex });
		try {
			await v3Request(ctx, 'POST', `/payments/${String(payment.id)}/invoices`, { body: v3AllocationBody(id, amount), itemIndex });
		} catch (error) {
			const failure = error as Error & { description?: string };
			failure.description = [failure.description, `The payment was recorded as ID ${String(payment.id)} but is not set against invoice ${id}.`].filter(Boolean).join(' ');
			throw failure;
		}
		return await readBack(ctx, itemIndex, `inv.bg recorded payment ${String(payment.id)} against invoice ${id}`, () => invoiceNow(ctx, itemIndex, id));
	},
};
