import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { nodeProperties, nodeSubtitle } from '../core/fields/operations';
import { routeItems } from '../core/router';
import { OPERATIONS, RESOURCES } from './actions';
import { listSearch } from './methods/listSearch';

/** No rate limit is documented; a few requests in flight keep a batch fast without hammering the account. */
const CONCURRENCY = 4;

export class BitFaktura implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'BitFaktura',
		name: 'bitFaktura',
		icon: { light: 'file:bitFaktura.svg', dark: 'file:bitFaktura.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: nodeSubtitle(RESOURCES),
		description: 'Issue invoices and manage clients, products, payments and stock in BitFaktura',
		defaults: { name: 'BitFaktura' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'bitFakturaApi', required: true }],
		properties: nodeProperties(RESOURCES, 'invoice'),
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeItems(this, OPERATIONS, { concurrency: CONCURRENCY });
	}
}
