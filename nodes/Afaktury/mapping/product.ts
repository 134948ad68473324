import type { IDataObject } from 'n8n-workflow';

import type { SimpleProduct } from '../../core/canonical';
import { buildSimpleProduct } from '../../core/canonical';

/** A catalogue product in the package's shared shape; its rate and unit are the account's values for its ids. */
export function simplifyProduct(record: IDataObject, vatRate: string | undefined, unit: string | undefined): SimpleProduct {
	return buildSimpleProduct({
		id: record.id as number | string | undefined,
		name: record.name as string | undefined,
		code: record.productNumber as string | undefined,
		unitNetPrice: record.netto as string | undefined,
		vatRate,
		unit,
	});
}
