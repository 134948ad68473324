import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllAndLimit, simplifyField } from '../../../core/fields/common';
import { operationProperty, standardOperation } from '../../../core/fields/operations';
import { requireId } from '../../../core/params';
import type { Operation } from '../../../core/router';
import { bitFakturaRequest } from '../../transport';
import type { ResourceDefinition } from '../../../core/router';
import { createFields, createInvoice } from './create';
import {
	cancelFields,
	cancelInvoice,
	changeStatus,
	changeStatusFields,
	downloadPdf,
	downloadPdfFields,
	sendByEmail,
	sendByEmailFields,
} from './documentActions';
import { invoiceIdField } from './fields';
import { getManyFilters, getManyInvoices } from './getMany';
import { outputInvoice } from './output';
import { updateFields, updateInvoice } from './update';

const getInvoice: Operation = {
	kind: 'read',
	async execute(ctx, itemIndex) {
		const id = requireId(ctx, 'invoiceId', itemIndex, 'Invoice ID');
		const invoice = await bitFakturaRequest<IDataObject>(ctx, 'GET', `/invoices/${id}.json`, { expect: 'object', itemIndex });
		return outputInvoice(ctx, itemIndex, invoice);
	},
};

const deleteInvoice: Operation = {
	kind: 'write',
	async execute(ctx, itemIndex) {
		const id = requireId(ctx, 'invoiceId', itemIndex, 'Invoice ID');
		await bitFakturaRequest<unknown>(ctx, 'DELETE', `/invoices/${id}.json`, { expect: 'nothing', itemIndex });
		return { deleted: true, id: Number(id) };
	},
};

const show = (operation: string) => ({ resource: ['invoice'], operation: [operation] });
const forOperation = (operation: string, fields: INodeProperties[]) =>
	updateDisplayOptions({ show: show(operation) }, fields);

export const invoiceResource: ResourceDefinition = {
	description: [
		operationProperty(
			'invoice',
			[
				standardOperation('create', 'Invoice', 'Invoices'),
				standardOperation('get', 'Invoice', 'Invoices'),
				standardOperation('getMany', 'Invoice', 'Invoices'),
				standardOperation('update', 'Invoice', 'Invoices'),
				standardOperation('delete', 'Invoice', 'Invoices'),
				{ value: 'downloadPdf', name: 'Download PDF', action: 'Download an invoice as PDF' },
				{ value: 'sendByEmail', name: 'Send by Email', action: 'Send an invoice by email' },
				{ value: 'changeStatus', name: 'Change Status', action: 'Change the status of an invoice' },
				{ value: 'cancel', name: 'Cancel', action: 'Cancel an invoice', description: 'Cancel an invoice, keeping it in the register with a reason' },
			],
			'create',
		),
		...forOperation('create', createFields),
		...forOperation('get', [invoiceIdField]),
		...forOperation('getMany', getManyFilters),
		...returnAllAndLimit(show('getMany')),
		...forOperation('update', updateFields),
		...forOperation('delete', [invoiceIdField]),
		...forOperation('downloadPdf', downloadPdfFields),
		...forOperation('sendByEmail', sendByEmailFields),
		...forOperation('changeStatus', changeStatusFields),
		...forOperation('cancel', cancelFields),
		simplifyField({ resource: ['invoice'], operation: ['create', 'get', 'getMany', 'update'] }),
	],
	operations: {
		create: createInvoice,
		get: getInvoice,
		getMany: getManyInvoices,
		update: updateInvoice,
		delete: deleteInvoice,
		downloadPdf,
		sendByEmail,
		changeStatus,
		cancel: cancelInvoice,
	},
};
