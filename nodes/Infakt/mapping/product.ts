import type { IDataObject } from 'n8n-workflow';

import type { SimpleProduct } from '../../core/canonical';
import { buildSimpleProduct, decimalToNumber, simpleText } from '../../core/canonical';
import { withoutEmpty } from './invoice';
import { fromGrosze, toGrosze } from './money';

/** A product under the node's names; amounts as decimal strings, sent in grosze. */
export interface ProductFields {
	name?: string;
	unitNetPrice?: string;
	unitGrossPrice?: string;
	vatRate?: string;
	unit?: string;
	classification?: string;
	cn?: string;
	gtuId?: string;
	discountPercent?: string;
}

export function productOf(fields: ProductFields): IDataObject {
	return withoutEmpty({
		name: fields.name,
		unit_net_price: fields.unitNetPrice === undefined ? undefined : toGrosze(fields.unitNetPrice, 'Unit Net Price'),
		gross_price: fields.unitGrossPrice === undefined ? undefined : toGrosze(fields.unitGrossPrice, 'Unit Gross Price'),
		tax_symbol: fields.vatRate,
		unit: fields.unit,
		pkwiu: fields.classification,
		cn: fields.cn,
		gtu_id: fields.gtuId === undefined ? undefined : decimalToNumber(fields.gtuId, 'GTU ID'),
		// inFakt writes a product's discount as text with one decimal (`"0.0"`).
		discount: fields.discountPercent,
	});
}

export function productBody(product: IDataObject): IDataObject {
	return { product };
}

export function simplifyProduct(product: IDataObject): SimpleProduct {
	return buildSimpleProduct({
		id: product.id as number | undefined,
		name: simpleText(product.name),
		code: simpleText(product.pkwiu),
		unitNetPrice: fromGrosze(product.unit_net_price, 'unit_net_price'),
		vatRate: simpleText(product.tax_symbol),
		unit: simpleText(product.unit),
	});
}

export function productLabel(product: IDataObject): string {
	const name = simpleText(product.name) ?? String(product.id);
	const price = fromGrosze(product.unit_net_price, 'unit_net_price');
	return price === null ? name : `${name} (${price} net)`;
}
