import { fieldsCollection, simplifyField } from '../../../core/fields/common';
import { readDate } from '../../../core/fields/dates';
import { readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { invoiceLocator, readInvoiceId } from '../../locators';
import { paymentBody } from '../../mapping/invoice';
import { infaktResponse } from '../../transport';
import { fetchInvoice, outputInvoice, waitField } from './fields';
import { followTask, stillPending, submittedTask, taskFailure } from './task';
import { readBack } from '../../../core/readBack';

/** Asynchronous like a create: the payment is a task, followed until inFakt has marked the invoice paid. */
export const markAsPaid: OperationModule = {
	option: { value: 'markAsPaid', name: 'Mark as Paid', action: 'Mark an invoice as paid', description: 'Record that the whole invoice was paid on a date' },
	kind: 'write',
	properties: [
		invoiceLocator,
		{ displayName: 'Paid Date', name: 'paidDate', type: 'string', default: '', placeholder: 'e.g. 2026-01-20', description: 'Today when empty; not before the issue date. As YYYY-MM-DD.' },
		fieldsCollection('options', [
			waitField('Wait for Result (Seconds)', 'How long to wait for inFakt to mark the invoice paid. When it takes longer, the item says so, and nothing is sent again.'),
		]),
		simplifyField({}),
	],
	async execute(ctx, itemIndex) {
		const uuid = readInvoiceId(ctx, itemIndex);
		const paidDate = readDate(ctx, ctx.getNodeParameter('paidDate', itemIndex, ''), 'Paid Date', itemIndex);
		const waitSeconds = Number(readCollection(ctx, 'options', itemIndex).waitSeconds ?? 60);
		const submitted = await infaktResponse(ctx, 'POST', `/async/invoices/${uuid}/paid.json`, { body: paymentBody(paidDate), itemIndex });
		const task = await followTask(ctx, itemIndex, submittedTask(ctx, itemIndex, submitted.body), waitSeconds);
		if (task.state === 'failed') throw taskFailure(ctx, itemIndex, task, 'the payment');
		if (task.state === 'pending') return { ...stillPending(task, waitSeconds, { unfinished: 'marked the invoice paid', still: 'It may still be marked', before: 'marking it paid again' }), id: uuid };
		return outputInvoice(ctx, itemIndex, await readBack(ctx, itemIndex, `inFakt marked invoice ${uuid} paid`, () => fetchInvoice(ctx, itemIndex, uuid)));
	},
};
