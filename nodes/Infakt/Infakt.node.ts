import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { nodeProperties, nodeSubtitle } from '../core/fields/operations';
import { routeItems } from '../core/router';
import { OPERATIONS, RESOURCES } from './actions';
import { listSearch } from './methods/listSearch';
import { loadOptions } from './methods/loadOptions';

/** Reads side by side within inFakt's 300 reads a minute; writes go one at a time anyway. */
const CONCURRENCY = 4;

export class Infakt implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'inFakt',
		name: 'infakt',
		icon: { light: 'file:infakt.svg', dark: 'file:infakt.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: nodeSubtitle(RESOURCES),
		description: 'Issue, send and collect payment for invoices in inFakt, and keep its clients and products',
		defaults: { name: 'inFakt' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'infaktApi', required: true }],
		properties: nodeProperties(RESOURCES, 'invoice'),
	};

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeItems(this, OPERATIONS, { concurrency: CONCURRENCY });
	}
}
