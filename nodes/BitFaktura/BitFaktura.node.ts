import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { resourceProperties } from '../core/fields/operations';
import { routeItems } from '../core/router';
import { listSearch } from './methods/listSearch';
import { loadOptions } from './methods/loadOptions';
import { OPERATIONS, RESOURCES } from './resources';

/** No rate limit is documented; a few requests in flight keep a batch fast without hammering the account. */
const CONCURRENCY = 4;

export class BitFaktura implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'BitFaktura',
		name: 'bitFaktura',
		icon: 'file:bitFaktura.svg',
		group: ['output'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Issue invoices and manage clients, products, payments and stock in BitFaktura',
		defaults: { name: 'BitFaktura' },
		usableAsTool: true,
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'bitFakturaApi', required: true }],
		properties: resourceProperties(RESOURCES, 'invoice'),
	};

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeItems(this, OPERATIONS, { concurrency: CONCURRENCY });
	}
}
