import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { resourceProperties } from '../core/fields/operations';
import { routeItems } from '../core/router';
import { OPERATIONS, RESOURCES } from './resources';

/** ifirma allows 100 requests a minute per user (api.ifirma.pl); two in flight stay well inside it. */
const CONCURRENCY = 2;

export class IFirma implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'iFirma',
		name: 'iFirma',
		icon: 'file:iFirma.svg',
		group: ['output'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Issue invoices and pro formas, register payments and manage contractors in ifirma.pl',
		defaults: { name: 'iFirma' },
		usableAsTool: true,
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'iFirmaApi', required: true }],
		properties: resourceProperties(RESOURCES, 'invoice'),
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeItems(this, OPERATIONS, { concurrency: CONCURRENCY });
	}
}
