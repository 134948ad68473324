import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { nodeProperties, nodeSubtitle } from '../core/fields/operations';
import { routeItems } from '../core/router';
import { OPERATIONS, RESOURCES } from './actions';
import { listSearch } from './methods/listSearch';
import { loadOptions } from './methods/loadOptions';

/** Requests are paced to one every half second anyway; two in flight keep that pace without a burst. */
const CONCURRENCY = 2;

export class Afaktury implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Afaktury',
		name: 'afaktury',
		icon: { light: 'file:afaktury.svg', dark: 'file:afaktury.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: nodeSubtitle(RESOURCES),
		description: 'Issue, send and collect payment for invoices and other documents in afaktury.pl',
		defaults: { name: 'Afaktury' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'afakturyApi', required: true }],
		properties: nodeProperties(RESOURCES, 'document'),
	};

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeItems(this, OPERATIONS, { concurrency: CONCURRENCY });
	}
}
