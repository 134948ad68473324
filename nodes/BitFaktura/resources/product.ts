import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { normalizeVatRate, parseDecimal } from '../../core/canonical';
import { inputError } from '../../core/errors';
import { VAT_RATE_DESCRIPTION, fieldsCollection } from '../../core/fields/common';
import { readDate } from '../../core/fields/dates';
import { checked, readCollection, renameKeys, requireText } from '../../core/params';
import { productLocator } from '../locators';
import { MONEY, simplifyProduct, taxOf, VAT_RATES } from '../mapping';
import { recordResource } from './record';

const PRODUCT_OPTIONS: INodeProperties[] = [
	{ displayName: 'Category Name or ID', name: 'categoryId', type: 'options', typeOptions: { loadOptionsMethod: 'getCategories' }, default: '', description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>' },
	{ displayName: 'Code', name: 'code', type: 'string', default: '', description: 'Your product code (SKU)' },
	{ displayName: 'Currency', name: 'currency', type: 'string', default: '' },
	{ displayName: 'Description', name: 'description', type: 'string', default: '' },
	{ displayName: 'EAN Code', name: 'eanCode', type: 'string', default: '' },
	{ displayName: 'Is Service', name: 'isService', type: 'boolean', default: false, description: 'Whether this is a service rather than goods kept in stock' },
	{ displayName: 'Purchase Net Price', name: 'purchaseNetPrice', type: 'string', default: '' },
	{ displayName: 'Unit', name: 'unit', type: 'string', default: '', placeholder: 'pcs' },
	{ displayName: 'Unit Gross Price', name: 'unitGrossPrice', type: 'string', default: '' },
	{ displayName: 'Unit Net Price', name: 'unitNetPrice', type: 'string', default: '', description: 'Only on Create: on Update BitFaktura derives the net price from the gross price and the VAT rate' },
	{ displayName: 'VAT Rate', name: 'vatRate', type: 'string', default: '', description: VAT_RATE_DESCRIPTION },
];

const PLAIN = { categoryId: 'category_id', code: 'code', currency: 'currency', description: 'description', eanCode: 'ean_code', unit: 'quantity_unit' };
const MONEY_FIELDS: Array<[field: string, wire: string, label: string]> = [
	['unitNetPrice', 'price_net', 'Unit Net Price'],
	['unitGrossPrice', 'price_gross', 'Unit Gross Price'],
	['purchaseNetPrice', 'purchase_price_net', 'Purchase Net Price'],
];

function productRecord(ctx: IExecuteFunctions, itemIndex: number, values: IDataObject): IDataObject {
	const record = renameKeys(values, PLAIN);
	for (const [field, wire, label] of MONEY_FIELDS) {
		const value = values[field];
		if (value !== undefined && value !== '') record[wire] = checked(ctx, itemIndex, () => parseDecimal(value as string, label, MONEY));
	}
	if (values.vatRate !== undefined && values.vatRate !== '') {
		record.tax = taxOf(checked(ctx, itemIndex, () => normalizeVatRate(values.vatRate as string, 'VAT Rate', VAT_RATES)));
	}
	if (values.isService !== undefined) record.service = values.isService;
	return record;
}

export const productResource = recordResource({
	resource: 'product',
	label: 'Product',
	plural: 'Products',
	wrapper: 'product',
	basePath: '/products',
	idField: productLocator(),
	simplify: (product) => simplifyProduct(product) as unknown as IDataObject,
	create: {
		fields: [
			{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true },
			fieldsCollection('additionalFields', PRODUCT_OPTIONS),
		],
		read: (ctx, i) => ({
			name: requireText(ctx, 'name', i, 'Name'),
			...productRecord(ctx, i, readCollection(ctx, 'additionalFields', i)),
		}),
	},
	update: {
		fields: [
			fieldsCollection('updateFields', [{ displayName: 'Name', name: 'name', type: 'string', default: '' }, ...PRODUCT_OPTIONS]),
		],
		read: (ctx, i) => {
			const values = readCollection(ctx, 'updateFields', i);
			if (values.unitNetPrice !== undefined && values.unitNetPrice !== '') {
				throw inputError(
					ctx.getNode(),
					'Unit Net Price cannot be changed on Update',
					i,
					'BitFaktura derives the net price from Unit Gross Price and VAT Rate on update; set those instead.',
				);
			}
			return { ...renameKeys(values, { name: 'name' }), ...productRecord(ctx, i, values) };
		},
	},
	get: {
		fields: [
			fieldsCollection('options', [
					{ displayName: 'Stock of Warehouse ID', name: 'warehouseId', type: 'string', default: '', description: 'Include the stock level in this warehouse' },
				]),
		],
		read: (ctx, i) => {
			const warehouseId = readCollection(ctx, 'options', i).warehouseId;
			return warehouseId ? { warehouse_id: warehouseId } : {};
		},
	},
	list: {
		fields: [
			fieldsCollection('filters', [
					{ displayName: 'Changed Since', name: 'dateFrom', type: 'string', default: '', placeholder: '2024-01-01', description: 'Products added or changed after this date. As YYYY-MM-DD.' },
					{ displayName: 'Stock of Warehouse Name or ID', name: 'warehouseId', type: 'options', typeOptions: { loadOptionsMethod: 'getWarehouses' }, default: '', description: 'Include the stock level in this warehouse. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' },
				]),
		],
		read: (ctx, i) => {
			const filters = readCollection(ctx, 'filters', i);
			const qs = renameKeys(filters, { warehouseId: 'warehouse_id' });
			const dateFrom = readDate(ctx, filters.dateFrom, 'Changed Since', i);
			if (dateFrom !== undefined) qs.date_from = dateFrom;
			return qs;
		},
	},
});
