import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionalText } from '../../../core/params';
import { alphabetical } from '../../../core/fields/common';
import { simplified } from '../../../core/output';
import type { ProductFields } from '../../mapping/product';
import { simplifyProduct } from '../../mapping/product';
import { readMoney, readVatRate } from '../values';

export const productNameField: INodeProperties = { displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. Konsultacje' };

export const productFields: INodeProperties[] = alphabetical([
	{ displayName: 'Classification Code', name: 'classification', type: 'string', default: '', placeholder: 'e.g. 62.01.11', description: 'PKWiU of the product' },
	{ displayName: 'CN Code', name: 'cn', type: 'string', default: '', description: 'Combined Nomenclature code of goods' },
	{ displayName: 'Discount (%)', name: 'discountPercent', type: 'string', default: '', placeholder: 'e.g. 10' },
	{ displayName: 'GTU ID', name: 'gtuId', type: 'string', default: '', description: 'The ID of the GTU code (goods and services group) in inFakt' },
	{ displayName: 'Unit', name: 'unit', type: 'string', default: '', placeholder: 'e.g. szt.' },
	{ displayName: 'Unit Gross Price', name: 'unitGrossPrice', type: 'string', default: '', placeholder: 'e.g. 123.00', description: 'Price of one unit including VAT' },
	{ displayName: 'Unit Net Price', name: 'unitNetPrice', type: 'string', default: '', placeholder: 'e.g. 100.00', description: 'Price of one unit before VAT' },
	{
		displayName: 'VAT Rate Name or ID',
		name: 'vatRate',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getVatRates' },
		default: '23',
		description:
			'The rate\'s code (23, 8, 5, 0, zw, np) is its ID. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
]);

/** The values as a product, every amount checked to be whole grosze before sending. */
export function readProductFields(ctx: IExecuteFunctions, itemIndex: number, values: IDataObject): ProductFields {
	return {
		name: optionalText(values.name),
		unitNetPrice: readMoney(ctx, itemIndex, values.unitNetPrice, 'Unit Net Price'),
		unitGrossPrice: readMoney(ctx, itemIndex, values.unitGrossPrice, 'Unit Gross Price'),
		vatRate: readVatRate(ctx, itemIndex, values.vatRate, 'VAT Rate'),
		unit: optionalText(values.unit),
		classification: optionalText(values.classification),
		cn: optionalText(values.cn),
		gtuId: optionalText(values.gtuId),
		discountPercent: readMoney(ctx, itemIndex, values.discountPercent, 'Discount (%)'),
	};
}

export function outputProduct(ctx: IExecuteFunctions, itemIndex: number, product: IDataObject): IDataObject {
	return simplified(ctx, itemIndex, product, simplifyProduct);
}
