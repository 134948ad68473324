import { decimalToNumber } from '../../../core/canonical';
import { fieldsCollection } from '../../../core/fields/common';
import { readDate } from '../../../core/fields/dates';
import { standardOperation } from '../../../core/fields/operations';
import { checked, optionalText, readCollection, requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { invoiceLocator, readDocumentRef } from '../../locators';
import { paymentBody, paymentIdOf, paymentPath } from '../../mapping/actions';
import { AMOUNT } from '../../mapping/document';
import { DOMESTIC_CODE, TYPE_CODE_OPTIONS } from '../../mapping/documentTypes';
import { ifirmaRequest } from '../../transport';

/** Records money received for an invoice; iFirma then updates its paid amount and status. */
export const create: OperationModule = {
	option: { ...standardOperation('create', 'Payment', 'Payments'), description: 'Register money received for an invoice' },
	properties: [
		{
			displayName: 'Invoice Type',
			name: 'invoiceType',
			type: 'options',
			options: TYPE_CODE_OPTIONS,
			default: DOMESTIC_CODE,
			description: 'The type of the paid invoice, as iFirma codes it (Get Many shows it as "Rodzaj")',
		},
		invoiceLocator('The paid invoice, picked from the list, by its ID or by its full number'),
		{
			displayName: 'Amount',
			name: 'amount',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 123.00',
			description: 'Amount received, in the invoice’s currency',
		},
		fieldsCollection('additionalFields', [
			{ displayName: 'Payment Date', name: 'date', type: 'string', default: '', placeholder: 'e.g. 2026-11-21', description: 'As YYYY-MM-DD; iFirma uses today when empty' },
			{ displayName: 'Amount in PLN', name: 'amountPln', type: 'string', default: '', placeholder: 'e.g. 432.10', description: 'For an invoice in a foreign currency: the amount in złoty' },
			{ displayName: 'Exchange Rate', name: 'exchangeRate', type: 'string', default: '', placeholder: 'e.g. 4.3210', description: 'For an invoice in a foreign currency: the rate applied' },
		]),
	],
	kind: 'write',
	async execute(ctx, itemIndex) {
		const typeCode = ctx.getNodeParameter('invoiceType', itemIndex) as string;
		const ref = readDocumentRef(ctx, itemIndex, 'Invoice');
		const amount = requireText(ctx, 'amount', itemIndex, 'Amount');
		const options = readCollection(ctx, 'additionalFields', itemIndex);
		const date = readDate(ctx, options.date, 'Payment Date', itemIndex);
		const amountPln = optionalText(options.amountPln);
		// The exchange rate is a rate, not money: the docs state no precision for it, so it is only read.
		const exchangeRate = optionalText(options.exchangeRate);
		const body = paymentBody({
			amount: checked(ctx, itemIndex, () => decimalToNumber(amount, 'Amount', AMOUNT)),
			date,
			amountPln: amountPln === undefined ? undefined : checked(ctx, itemIndex, () => decimalToNumber(amountPln, 'Amount in PLN', AMOUNT)),
			exchangeRate: exchangeRate === undefined ? undefined : checked(ctx, itemIndex, () => decimalToNumber(exchangeRate, 'Exchange Rate')),
		});
		const answer = await ifirmaRequest(ctx, 'POST', paymentPath(typeCode, ref), { body, itemIndex });
		return { id: paymentIdOf(answer.payload), invoiceType: typeCode, invoice: ref, amount, date: date ?? null, message: answer.message };
	},
};
