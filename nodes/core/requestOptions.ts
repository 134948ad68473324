import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { RequestContext } from './transport';

const DEFAULT_TIMEOUT_MS = 60_000;

export interface RequestOptions {
	timeoutMs: number;
	/** 0: the service's documented limit only. */
	maxRequestsPerMinute: number;
}

/** Settings of how the node talks to the service, shown for every operation of every node. */
export const requestOptionsField: INodeProperties = {
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	options: [
		{
			displayName: 'Max Requests per Minute',
			name: 'maxRequestsPerMinute',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description:
				'Send at most this many requests a minute with this credential, spread evenly, e.g. when other systems use the same account. 0 keeps to the limit the service documents.',
		},
		{
			displayName: 'Timeout',
			name: 'timeout',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: DEFAULT_TIMEOUT_MS,
			description: 'Time in ms to wait for each answer of the service before giving up on it',
		},
	],
};

function positive(value: unknown, fallback: number): number {
	const number = Number(value);
	return Number.isFinite(number) && number > 0 ? number : fallback;
}

/** The Request Options of the item; in the editor's lists, those the node is set to. */
export function readRequestOptions(ctx: RequestContext, itemIndex: number): RequestOptions {
	const values = (
		'getInputData' in ctx
			? ctx.getNodeParameter('requestOptions', itemIndex, {})
			: ctx.getNodeParameter('requestOptions', {})
	) as IDataObject;
	return {
		timeoutMs: positive(values.timeout, DEFAULT_TIMEOUT_MS),
		maxRequestsPerMinute: Math.floor(positive(values.maxRequestsPerMinute, 0)),
	};
}
