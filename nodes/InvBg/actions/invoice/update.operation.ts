import { inputError } from '../../../core/errors';
import { DATE_DESCRIPTION_SUFFIX, fieldsCollection, simplifyField } from '../../../core/fields/common';
import { readDate } from '../../../core/fields/dates';
import { checked, optionalText, readCollection } from '../../../core/params';
import { canonicalValue } from '../../../core/canonical';
import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { invoiceLocator, readInvoiceId } from '../../locators';
import { v3InvoicePatch } from '../../mapping/invoice';
import { INVBG_PAYMENT_METHODS } from '../../mapping/values';
import { v3Change } from '../../transport';
import { paymentMethodField } from '../invoiceInput';
import { invoiceNow } from './fields';
import { readBack } from '../../../core/readBack';

const dateField = (displayName: string, name: string, description: string) => ({
	displayName,
	name,
	type: 'string' as const,
	default: '',
	placeholder: 'e.g. 2026-01-15',
	description: `${description}. ${DATE_DESCRIPTION_SUFFIX}.`,
});

/** A PATCH of what is given only; the rest of the invoice stays as it is. */
export const updateInvoice: OperationModule = {
	option: { ...standardOperation('update', 'Invoice', 'Invoices'), description: 'Change the dates, payment terms, status or notes of an invoice' },
	kind: 'write',
	properties: [
		invoiceLocator,
		fieldsCollection('updateFields', [
			dateField('Due Date', 'dueDate', 'When the invoice is to be paid'),
			dateField('Event Date', 'eventDate', 'The date of the tax event'),
			dateField('Issue Date', 'issueDate', 'The date the document was issued'),
			{ displayName: 'Notes', name: 'notes', type: 'string', typeOptions: { rows: 2 }, default: '' },
			{ displayName: 'Order Number', name: 'orderNumber', type: 'string', default: '', description: 'The buyer\'s purchase order number' },
			paymentMethodField,
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Unpaid', value: 'unpaid' },
					{ name: 'Paid', value: 'paid' },
				],
				default: 'paid',
			},
		]),
		simplifyField({}),
	],
	async execute(ctx, itemIndex) {
		const id = readInvoiceId(ctx, itemIndex);
		const values = readCollection(ctx, 'updateFields', itemIndex);
		const method = optionalText(values.paymentMethod);
		const body = v3InvoicePatch({
			issueDate: readDate(ctx, values.issueDate, 'Issue Date', itemIndex),
			eventDate: readDate(ctx, values.eventDate, 'Event Date', itemIndex),
			dueDate: readDate(ctx, values.dueDate, 'Due Date', itemIndex),
			notes: optionalText(values.notes),
			orderNumber: optionalText(values.orderNumber),
			status: optionalText(values.status),
			paymentMethod: method === undefined ? undefined : checked(ctx, itemIndex, () => canonicalValue(INVBG_PAYMENT_METHODS, method, 'Payment Method')),
		});
		if (Object.keys(body).length === 0) {
			throw inputError(ctx.getNode(), 'Nothing to update', itemIndex, 'Add at least one field under Update Fields.');
		}
		await v3Change(ctx, 'PATCH', `/invoices/${id}`, { body, itemIndex });
		return await readBack(ctx, itemIndex, `inv.bg updated invoice ${id}`, () => invoiceNow(ctx, itemIndex, id));
	},
};
