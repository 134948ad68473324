import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { vatExemptionOption, vatRateOption } from '../mapping/reference';
import { infaktPage, MAX_PAGE_SIZE } from '../transport';

export const loadOptions = {
	/** The rates of `/vat_rates.json` the node can send, each standing for its code (`23`, `zw`). */
	async getVatRates(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const { entities } = await infaktPage(this, '/vat_rates.json', {}, 0, MAX_PAGE_SIZE);
		return entities.flatMap((rate) => vatRateOption(rate) ?? []);
	},
	/** The legal grounds for an exempt (`zw`) line, each standing for its ID. */
	async getVatExemptions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const { entities } = await infaktPage(this, '/vat_exemptions.json', {}, 0, MAX_PAGE_SIZE);
		return entities.map(vatExemptionOption);
	},
};
