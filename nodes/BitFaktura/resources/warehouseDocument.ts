import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { DecimalRule } from '../../core/canonical';
import { normalizeVatRate, parseDecimal } from '../../core/canonical';
import { inputError } from '../../core/errors';
import { VAT_RATE_DESCRIPTION, fieldsCollection } from '../../core/fields/common';
import { readDate } from '../../core/fields/dates';
import { checked, readCollection, readIdList, renameKeys, requireId } from '../../core/params';
import { warehouseLocator } from '../locators';
import { MONEY, QUANTITY, taxOf, VAT_RATES } from '../mapping';
import type { FieldsReader } from './record';
import { recordResource } from './record';

const KINDS = [
	{ name: 'Goods Received (PZ)', value: 'pz' },
	{ name: 'Goods Issued (WZ)', value: 'wz' },
	{ name: 'Transfer Between Warehouses (MM)', value: 'mm' },
];

const actionsField: INodeProperties = {
	displayName: 'Products',
	name: 'actions',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true, sortable: true },
	placeholder: 'Add Product',
	default: {},
	options: [
		{
			displayName: 'Product',
			name: 'action',
			values: [
				{
					displayName: 'Product ID',
					name: 'productId',
					type: 'string',
					default: '',
					description: 'An existing product, or give a Product Name',
				},
				{
					displayName: 'Product Name',
					name: 'productName',
					type: 'string',
					default: '',
					description: 'Used when no Product ID is given, BitFaktura matches or creates the product',
				},
				{
					displayName: 'Purchase Net Price',
					name: 'purchaseNetPrice',
					type: 'string',
					default: '',
					description: 'Purchase price (PZ)',
				},
				{
					displayName: 'Purchase VAT Rate',
					name: 'purchaseVatRate',
					type: 'string',
					default: '',
					description: VAT_RATE_DESCRIPTION,
				},
				{
					displayName: 'Quantity',
					name: 'quantity',
					type: 'string',
					default: '1',
				},
				{
					displayName: 'Target Warehouse ID',
					name: 'targetWarehouseId',
					type: 'string',
					default: '',
					description: 'Where the goods go, for a transfer (MM)',
				},
				{
					displayName: 'Unit Net Price',
					name: 'unitNetPrice',
					type: 'string',
					default: '',
					description: 'Sale price (WZ)',
				},
				{
					displayName: 'VAT Rate',
					name: 'vatRate',
					type: 'string',
					default: '',
					description: VAT_RATE_DESCRIPTION,
				},
			],
		},
	],
};

const DOCUMENT_OPTIONS: INodeProperties[] = [
	{ displayName: 'Client ID', name: 'clientId', type: 'string', default: '' },
	{ displayName: 'Client Name', name: 'clientName', type: 'string', default: '' },
	{ displayName: 'Department ID', name: 'departmentId', type: 'string', default: '' },
	{ displayName: 'Department Name', name: 'departmentName', type: 'string', default: '' },
	{ displayName: 'Invoice IDs', name: 'invoiceIds', type: 'string', default: '', description: 'Comma-separated invoices to link' },
	{ displayName: 'Issue Date', name: 'issueDate', type: 'string', default: '', description: 'As YYYY-MM-DD' },
	{ displayName: 'Number', name: 'number', type: 'string', default: '', description: 'The next number when empty' },
];

const PLAIN = { clientId: 'client_id', clientName: 'client_name', departmentId: 'department_id', departmentName: 'department_name', number: 'number' };

function amount(ctx: IExecuteFunctions, i: number, value: unknown, label: string, rule: DecimalRule): string | undefined {
	if (value === undefined || value === '') return undefined;
	return checked(ctx, i, () => parseDecimal(value as string, label, rule));
}

function rate(ctx: IExecuteFunctions, i: number, value: unknown, label: string): string | number | undefined {
	if (value === undefined || value === '') return undefined;
	return taxOf(checked(ctx, i, () => normalizeVatRate(value as string, label, VAT_RATES)));
}

function actionsOf(ctx: IExecuteFunctions, i: number, kind: string | undefined): IDataObject[] {
	const rows = (ctx.getNodeParameter('actions', i, {}) as { action?: IDataObject[] }).action ?? [];
	return rows.map((row, index) => {
		const where = `Product ${index + 1}`;
		const productId = String(row.productId ?? '').trim();
		const productName = String(row.productName ?? '').trim();
		if (productId === '' && productName === '') throw inputError(ctx.getNode(), `${where}: Product ID or Product Name is required`, i);
		if (productId !== '' && !/^\d+$/.test(productId)) throw inputError(ctx.getNode(), `${where}: Product ID must be a number`, i);
		const target = String(row.targetWarehouseId ?? '').trim();
		if (kind === 'mm' && target === '') throw inputError(ctx.getNode(), `${where}: Target Warehouse ID is required for a transfer (MM)`, i);
		const action: IDataObject = {
			quantity: amount(ctx, i, row.quantity, `${where}: Quantity`, QUANTITY) ?? '1',
			price_net: amount(ctx, i, row.unitNetPrice, `${where}: Unit Net Price`, MONEY),
			tax: rate(ctx, i, row.vatRate, `${where}: VAT Rate`),
			purchase_price_net: amount(ctx, i, row.purchaseNetPrice, `${where}: Purchase Net Price`, MONEY),
			purchase_tax: rate(ctx, i, row.purchaseVatRate, `${where}: Purchase VAT Rate`),
			warehouse2_id: target === '' ? undefined : Number(target),
		};
		if (productId !== '') action.product_id = Number(productId);
		else action.product_name = productName;
		return Object.fromEntries(Object.entries(action).filter(([, value]) => value !== undefined));
	});
}

function documentOf(ctx: IExecuteFunctions, i: number, values: IDataObject, kind: string | undefined): IDataObject {
	const record = renameKeys(values, PLAIN);
	const issueDate = readDate(ctx, values.issueDate, 'Issue Date', i);
	if (issueDate !== undefined) record.issue_date = issueDate;
	const invoiceIds = readIdList(ctx, i, values.invoiceIds, 'Invoice IDs');
	if (invoiceIds.length > 0) record.invoice_ids = invoiceIds;
	const actions = actionsOf(ctx, i, kind);
	if (actions.length > 0) record.warehouse_actions = actions;
	return record;
}

const create: FieldsReader = {
	fields: [
		{ displayName: 'Kind', name: 'kind', type: 'options', options: KINDS, default: 'pz', required: true },
		{ ...warehouseLocator(), description: 'The warehouse the goods arrive in, leave or move from' },
		{ ...actionsField, required: true },
		fieldsCollection('additionalFields', DOCUMENT_OPTIONS),
	],
	read: (ctx, i) => {
		const kind = ctx.getNodeParameter('kind', i) as string;
		const document = documentOf(ctx, i, readCollection(ctx, 'additionalFields', i), kind);
		if (document.warehouse_actions === undefined) throw inputError(ctx.getNode(), 'At least one product is required', i);
		return { kind, warehouse_id: Number(requireId(ctx, 'warehouseId', i, 'Warehouse')), ...document };
	},
};

const update: FieldsReader = {
	fields: [
		fieldsCollection('updateFields', DOCUMENT_OPTIONS),
		{ ...actionsField, displayName: 'Products to Add' },
	],
	read: (ctx, i) => documentOf(ctx, i, readCollection(ctx, 'updateFields', i), undefined),
};

export const warehouseDocumentResource = recordResource({
	resource: 'warehouseDocument',
	label: 'Warehouse Document',
	plural: 'Warehouse Documents',
	wrapper: 'warehouse_document',
	basePath: '/warehouse_documents',
	idField: { displayName: 'Warehouse Document ID', name: 'warehouseDocumentId', type: 'string', default: '', required: true },
	create,
	update,
});
