import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../core/errors';
import { DATE_DESCRIPTION_SUFFIX, fieldsCollection, returnAllAndLimit, simplifyField } from '../../../core/fields/common';
import { readDate } from '../../../core/fields/dates';
import { standardOperation } from '../../../core/fields/operations';
import { readListLimits } from '../../../core/pagination';
import { optionalText, readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { clientLocator } from '../../locators';
import { INVOICE_LIST, invoiceQuery } from '../../mapping/list';
import { v3List } from '../../transport';
import { documentTypeField, readDocumentNumber } from '../invoiceInput';
import { outputInvoices } from './fields';

const properties: INodeProperties[] = [
	...returnAllAndLimit({}),
	fieldsCollection('filters', [
		{ ...clientLocator, required: false, description: 'Only the invoices of this client' },
		{ displayName: 'Date From', name: 'dateFrom', type: 'string', default: '', placeholder: 'e.g. 2026-01-01', description: `Issued on or after this day. ${DATE_DESCRIPTION_SUFFIX}.` },
		{ displayName: 'Date To', name: 'dateTo', type: 'string', default: '', placeholder: 'e.g. 2026-01-31', description: `Issued on or before this day. ${DATE_DESCRIPTION_SUFFIX}.` },
		{ ...documentTypeField, description: 'Only documents of this type' },
		{
			displayName: 'Is Annulled',
			name: 'isAnnulled',
			type: 'boolean',
			default: false,
			description: 'Whether to list only annulled documents, or only those in force',
		},
		{
			displayName: 'Number',
			name: 'number',
			type: 'string',
			default: '',
			placeholder: 'e.g. 0000000015',
			description: 'Only the documents with exactly this number; leading zeros may be left out',
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [
				{ name: 'Paid', value: 'paid' },
				{ name: 'Partially Paid', value: 'partially-paid' },
				{ name: 'Unpaid', value: 'unpaid' },
			],
			default: 'unpaid',
		},
	]),
	simplifyField({}),
];

/** A locator inside a collection holds `{ mode, value }`; without a By URL mode the value is the ID itself. */
function pickedId(ctx: IExecuteFunctions, itemIndex: number, picked: unknown): number | undefined {
	const value = optionalText(typeof picked === 'object' && picked !== null ? (picked as IDataObject).value : picked);
	if (value === undefined) return undefined;
	if (!/^\d+$/.test(value)) throw inputError(ctx.getNode(), `Client must be a whole number, got "${value}"`, itemIndex);
	return Number(value);
}

export const getManyInvoices: OperationModule = {
	option: { ...standardOperation('getMany', 'Invoice', 'Invoices'), description: 'List invoices by type, number, period, client, payment or annulment' },
	kind: 'read',
	properties,
	async execute(ctx, itemIndex) {
		const filters = readCollection(ctx, 'filters', itemIndex);
		const query = invoiceQuery({
			type: optionalText(filters.documentType),
			dateFrom: readDate(ctx, filters.dateFrom, 'Date From', itemIndex),
			dateTo: readDate(ctx, filters.dateTo, 'Date To', itemIndex),
			clientId: pickedId(ctx, itemIndex, filters.client),
			number: readDocumentNumber(ctx, itemIndex, filters.number, 'Enter the document number, e.g. 0000000015 or 15.'),
			status: optionalText(filters.status),
			isAnnulled: typeof filters.isAnnulled === 'boolean' ? filters.isAnnulled : undefined,
		});
		const records = await v3List(ctx, INVOICE_LIST, query, readListLimits(ctx, itemIndex), itemIndex);
		return outputInvoices(ctx, itemIndex, records);
	},
};
