import type { INodeProperties } from 'n8n-workflow';

export const invoiceIdField: INodeProperties = {
	displayName: 'Invoice ID',
	name: 'invoiceId',
	type: 'string',
	default: '',
	required: true,
	description: 'The numeric ID of the invoice as the service returns it, not its printed number',
};
