import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { VAT_RATE_DESCRIPTION } from '../../../core/fields/common';
import { optionalText } from '../../../core/params';
import { simplified } from '../../../core/output';
import { locator, optionalPickedId } from '../../locators';
import type { ProductValues } from '../../mapping/records';
import { simplifyProduct } from '../../mapping/records';
import { readDecimal, readVatRate } from '../values';

export const productLocator = locator('product');

export const productNameField: INodeProperties = { displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. Consulting hour' };

/** A product's fields, under Additional Fields on Create and Update Fields on Update. */
export const productFields: INodeProperties[] = [
	locator('category', { required: false }),
	{ displayName: 'Code', name: 'code', type: 'string', default: '', placeholder: 'e.g. A001', description: 'Your product code (SKU)' },
	{ displayName: 'Currency', name: 'currency', type: 'string', default: '', placeholder: 'e.g. UAH' },
	{ displayName: 'Description', name: 'description', type: 'string', default: '' },
	{ displayName: 'EAN Code', name: 'eanCode', type: 'string', default: '', placeholder: 'e.g. 4820000000000' },
	{ displayName: 'Is Service', name: 'isService', type: 'boolean', default: false, description: 'Whether this is a service rather than goods kept in stock' },
	{ displayName: 'Purchase Net Price', name: 'purchaseNetPrice', type: 'string', default: '', placeholder: 'e.g. 80.00' },
	{ displayName: 'Unit', name: 'unit', type: 'string', default: '', placeholder: 'e.g. pcs' },
	{ displayName: 'Unit Gross Price', name: 'unitGrossPrice', type: 'string', default: '', placeholder: 'e.g. 120.00' },
	{ displayName: 'Unit Net Price', name: 'unitNetPrice', type: 'string', default: '', placeholder: 'e.g. 100.00', description: 'Only on Create: on Update BitFaktura derives the net price from the gross price and the VAT rate' },
	{ displayName: 'VAT Rate', name: 'vatRate', type: 'string', default: '', placeholder: 'e.g. 20', description: VAT_RATE_DESCRIPTION },
];

/** The product's values in `collection`; a malformed price or a rate BitFaktura does not have is named. */
export async function readProduct(ctx: IExecuteFunctions, itemIndex: number, collection: string, values: IDataObject): Promise<ProductValues> {
	return {
		categoryId: 'categoryId' in values ? await optionalPickedId(ctx, `${collection}.categoryId`, itemIndex, 'Category') : undefined,
		code: optionalText(values.code),
		currency: optionalText(values.currency),
		description: optionalText(values.description),
		eanCode: optionalText(values.eanCode),
		isService: typeof values.isService === 'boolean' ? values.isService : undefined,
		unit: optionalText(values.unit),
		unitNetPrice: readDecimal(ctx, itemIndex, values.unitNetPrice, 'Unit Net Price'),
		unitGrossPrice: readDecimal(ctx, itemIndex, values.unitGrossPrice, 'Unit Gross Price'),
		purchaseNetPrice: readDecimal(ctx, itemIndex, values.purchaseNetPrice, 'Purchase Net Price'),
		vatRate: readVatRate(ctx, itemIndex, values.vatRate, 'VAT Rate'),
	};
}

export function outputProduct(ctx: IExecuteFunctions, itemIndex: number, product: IDataObject): IDataObject {
	return simplified(ctx, itemIndex, product, simplifyProduct);
}
