import type { IDataObject } from 'n8n-workflow';

import { teardownHarness } from '../harness';
import type { BitFakturaSandbox } from '../sandbox/bitfaktura';
import { startBitFakturaSandbox } from '../sandbox/bitfaktura';
import type { NodeRunner, SentRequest } from '../support/node-runner';
import { newestRequest, nodeRunner } from '../support/node-runner';

export const NODE_TYPE = 'n8n-nodes-faktura.bitFaktura';

export interface BitFakturaTestContext extends NodeRunner {
	sandbox: BitFakturaSandbox;
	credentials(overrides?: IDataObject): Record<string, IDataObject>;
}

/** One sandbox per test file, started before and closed after its tests. */
export function useBitFaktura(): BitFakturaTestContext {
	const context = {} as BitFakturaTestContext;

	beforeAll(async () => {
		context.sandbox = await startBitFakturaSandbox();
		context.credentials = (overrides = {}) => ({
			bitFakturaApi: {
				account: context.sandbox.baseUrl,
				apiToken: context.sandbox.apiToken,
				integrationToken: context.sandbox.integrationToken,
				...overrides,
			},
		});
		Object.assign(context, nodeRunner(NODE_TYPE, () => context.sandbox, () => context.credentials()));
	});

	afterAll(async () => {
		await context.sandbox.close();
		await teardownHarness();
	});

	return context;
}

export type { SentRequest };

/** The newest request of this method whose path starts with `pathPrefix`, as it went on the wire. */
export function lastRequest(sandbox: BitFakturaSandbox, method: string, pathPrefix: string): SentRequest {
	return newestRequest(sandbox.requests, method, pathPrefix);
}
