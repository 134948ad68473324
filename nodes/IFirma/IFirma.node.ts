import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { nodeProperties, nodeSubtitle } from '../core/fields/operations';
import { routeItems } from '../core/router';
import { OPERATIONS, RESOURCES } from './actions';
import { listSearch } from './methods/listSearch';

/** iFirma allows 100 requests a minute per user; two in flight stay well inside it. */
const CONCURRENCY = 2;

export class IFirma implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'iFirma',
		name: 'iFirma',
		icon: { light: 'file:iFirma.svg', dark: 'file:iFirma.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: nodeSubtitle(RESOURCES),
		description: 'Issue invoices and pro formas, register payments and manage clients in ifirma.pl',
		defaults: { name: 'iFirma' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'iFirmaApi', required: true }],
		properties: nodeProperties(RESOURCES, 'invoice'),
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeItems(this, OPERATIONS, { concurrency: CONCURRENCY });
	}
}
