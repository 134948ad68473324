import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { nodeProperties, nodeSubtitle } from '../core/fields/operations';
import { routeItems } from '../core/router';
import { OPERATIONS, RESOURCES, V1_RESOURCES, V3_RESOURCES } from './actions';
import type { ApiVersion } from './auth';
import { apiVersionOf, CREDENTIAL_TYPE } from './auth';
import { listSearch } from './methods/listSearch';
import { loadOptions } from './methods/loadOptions';

/**
 * One item at a time: n8n logs in when the credential has no token yet, and items in flight together would
 * each log in. No rate limit is documented.
 */
const CONCURRENCY = 1;

const VERSION_NAMES: Record<ApiVersion, string> = { v3: 'API v3', v1: 'XML API v1' };

/** The Resource dropdowns, one per API version: the XML API has only documents. */
const RESOURCE_PROPERTIES: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { apiVersion: ['v3'] } },
		options: V3_RESOURCES.map(({ name, value }) => ({ name, value })),
		default: 'invoice',
	},
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { apiVersion: ['v1'] } },
		options: V1_RESOURCES.map(({ name, value }) => ({ name, value })),
		default: 'document',
	},
];

/** The core's parameters of every resource, with the Resource dropdown split by API version. */
function versionedProperties(): INodeProperties[] {
	const [, ...rest] = nodeProperties(RESOURCES, 'invoice');
	return [
		{
			displayName: 'API Version',
			name: 'apiVersion',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: VERSION_NAMES.v3, value: 'v3', description: 'The current JSON API: invoices, clients, items and bank accounts' },
				{ name: VERSION_NAMES.v1, value: 'v1', description: 'The old XML API, which only issues documents' },
			],
			default: 'v3',
			description: 'Must be the version the credential is for',
		},
		...RESOURCE_PROPERTIES,
		...rest,
	];
}

export class InvBg implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'inv.bg',
		name: 'invBg',
		icon: { light: 'file:invBg.svg', dark: 'file:invBg.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: nodeSubtitle(RESOURCES),
		description: 'Issue, send and collect payment for invoices in inv.bg',
		defaults: { name: 'inv.bg' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		properties: versionedProperties(),
	};

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const chosen = this.getNodeParameter('apiVersion', 0) === 'v1' ? 'v1' : 'v3';
		const credentialVersion = apiVersionOf(await this.getCredentials(CREDENTIAL_TYPE, 0));
		if (chosen !== credentialVersion) {
			throw new NodeOperationError(
				this.getNode(),
				`The node is set to ${VERSION_NAMES[chosen]} but the credential is for ${VERSION_NAMES[credentialVersion]}`,
				{ description: 'Set the node\'s API Version to the credential\'s, or pick a credential for the node\'s version. Nothing was sent.' },
			);
		}
		return await routeItems(this, OPERATIONS, { concurrency: CONCURRENCY });
	}
}
