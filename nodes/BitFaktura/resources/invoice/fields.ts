import type { INodeProperties } from 'n8n-workflow';

export const invoiceIdField: INodeProperties = {
	displayName: 'Invoice ID',
	name: 'invoiceId',
	type: 'string',
	default: '',
	required: true,
	description: 'The numeric ID of the invoice (the "id" of an invoice item, not its number)',
};
