import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { reasonOptions } from '../mapping/search';
import { v3Request } from '../transport';

export const loadOptions = {
	/** The legal grounds for an invoice without VAT; the reason's text is what the invoice carries. */
	async getWithoutVatReasons(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return reasonOptions(await v3Request(this, 'GET', '/invoices/without-vat-reasons'));
	},
};
