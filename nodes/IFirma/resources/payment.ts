import type { IDataObject } from 'n8n-workflow';

import { decimalToNumber } from '../../core/canonical';
import { readDate } from '../../core/fields/dates';
import { fieldsCollection } from '../../core/fields/common';
import { operationProperty } from '../../core/fields/operations';
import { checked, optionalText, readCollection, requireText } from '../../core/params';
import type { Operation, ResourceDefinition } from '../../core/router';
import { TYPE_CODE_OPTIONS } from '../documentTypes';
import { AMOUNT } from '../mapping';
import { ifirmaRequest } from '../transport';
import { documentRefField, readDocumentRef } from './document/common';

const show = { resource: ['payment'], operation: ['register'] };

/** Records money received against an invoice; ifirma then updates its paid amount and status. */
const registerPayment: Operation = {
	kind: 'write',
	async execute(ctx, itemIndex) {
		const typeCode = ctx.getNodeParameter('invoiceType', itemIndex) as string;
		const ref = readDocumentRef(ctx, itemIndex, 'documentId', 'Invoice ID or Number');
		const amountText = requireText(ctx, 'amount', itemIndex, 'Amount');
		const options = readCollection(ctx, 'additionalFields', itemIndex);
		const body: IDataObject = { Kwota: checked(ctx, itemIndex, () => decimalToNumber(amountText, 'Amount', AMOUNT)) };
		const date = readDate(ctx, options.date, 'Payment Date', itemIndex);
		if (date !== undefined) body.Data = date;
		// The exchange rate is a rate, not money: the docs state no precision for it, so it is only read.
		for (const [field, wireName, label, rule] of [['amountPln', 'KwotaPln', 'Amount in PLN', AMOUNT], ['exchangeRate', 'Kurs', 'Exchange Rate', undefined]] as const) {
			const value = optionalText(options[field]);
			if (value !== undefined) body[wireName] = checked(ctx, itemIndex, () => decimalToNumber(value, label, rule));
		}
		const answer = await ifirmaRequest(ctx, 'POST', `faktury/wplaty/${typeCode}/${ref}.json`, { body, itemIndex });
		return {
			id: answer.Wynik === undefined || answer.Wynik === null ? null : String(answer.Wynik),
			invoiceType: typeCode,
			invoice: ref,
			amount: amountText,
			date: date ?? null,
			message: answer.Informacja ?? null,
		};
	},
};

export const paymentResource: ResourceDefinition = {
	description: [
		operationProperty('payment', [{ value: 'register', name: 'Register', action: 'Register a payment of an invoice' }], 'register'),
		{
			displayName: 'Invoice Type',
			name: 'invoiceType',
			type: 'options',
			options: TYPE_CODE_OPTIONS,
			default: 'prz_faktura_kraj',
			description: 'The type of the paid invoice, as ifirma codes it (Get Many shows it as "Rodzaj")',
			displayOptions: { show },
		},
		documentRefField(show, 'Invoice ID or Number'),
		{
			displayName: 'Amount',
			name: 'amount',
			type: 'string',
			required: true,
			default: '',
			placeholder: '123.00',
			description: 'Amount received, in the invoice’s currency',
			displayOptions: { show },
		},
		{
			...fieldsCollection('additionalFields', [
				{ displayName: 'Payment Date', name: 'date', type: 'string', default: '', description: 'As YYYY-MM-DD; ifirma uses today when empty' },
				{ displayName: 'Amount in PLN', name: 'amountPln', type: 'string', default: '', description: 'For an invoice in a foreign currency: the amount in złoty' },
				{ displayName: 'Exchange Rate', name: 'exchangeRate', type: 'string', default: '', description: 'For an invoice in a foreign currency: the rate applied' },
			]),
			displayOptions: { show },
		},
	],
	operations: { register: registerPayment },
};
