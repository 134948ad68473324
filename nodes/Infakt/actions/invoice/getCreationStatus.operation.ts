import type { IDataObject } from 'n8n-workflow';

import { simplifyField } from '../../../core/fields/common';
import { UUID_ID } from '../../../core/fields/locator';
import { inputError } from '../../../core/errors';
import { requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { taskOutput } from '../../mapping/task';
import { fetchInvoice, outputInvoice } from './fields';
import { taskStatus } from './task';

/** For a create that was still pending when the node stopped waiting: the task as it stands now. */
export const getCreationStatus: OperationModule = {
	option: {
		value: 'getCreationStatus',
		name: 'Get Creation Status',
		action: 'Get the status of an invoice creation',
		description: 'Check a creation task by its reference number, with the invoice once created',
	},
	kind: 'read',
	properties: [
		{
			displayName: 'Task Reference Number',
			name: 'taskReferenceNumber',
			type: 'string',
			default: '',
			required: true,
			placeholder: `e.g. ${UUID_ID.example}`,
			description: 'The taskReferenceNumber of a Create that was still pending',
		},
		simplifyField({}),
	],
	async execute(ctx, itemIndex) {
		const reference = requireText(ctx, 'taskReferenceNumber', itemIndex, 'Task Reference Number');
		if (!new RegExp(UUID_ID.pattern).test(reference)) {
			throw inputError(ctx.getNode(), `Task Reference Number must be a UUID, got "${reference}"`, itemIndex);
		}
		const task = await taskStatus(ctx, itemIndex, reference);
		const output: IDataObject = taskOutput(task);
		if (task.state === 'created' && task.invoiceUuid !== null) {
			output.invoice = outputInvoice(ctx, itemIndex, await fetchInvoice(ctx, itemIndex, task.invoiceUuid));
		}
		return output;
	},
};
