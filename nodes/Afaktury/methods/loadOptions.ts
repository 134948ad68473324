import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { dictionary } from '../dictionaries';
import type { Dictionary } from '../mapping/dictionaries';
import { dictionaryOption } from '../mapping/dictionaries';

async function options(ctx: ILoadOptionsFunctions, name: Dictionary): Promise<INodePropertyOptions[]> {
	return (await dictionary(ctx, name)).map((entry) => dictionaryOption(name, entry));
}

/** The account's own dictionaries; each entry stands for the value an expression would give ("23", "PLN", "14"). */
export const loadOptions = {
	async getVatRates(this: ILoadOptionsFunctions) {
		return await options(this, 'vat');
	},
	async getCurrencies(this: ILoadOptionsFunctions) {
		return await options(this, 'currency');
	},
	async getPaymentMethods(this: ILoadOptionsFunctions) {
		return await options(this, 'payKind');
	},
	async getPaymentTerms(this: ILoadOptionsFunctions) {
		return await options(this, 'payTime');
	},
	async getUnits(this: ILoadOptionsFunctions) {
		return await options(this, 'unit');
	},
	async getSellerDataSets(this: ILoadOptionsFunctions) {
		return await options(this, 'data');
	},
};
