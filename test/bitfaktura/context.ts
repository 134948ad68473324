import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { NodeRun, RunNodeOptions } from '../harness';
import { runNode, teardownHarness } from '../harness';
import type { BitFakturaSandbox } from '../sandbox/bitfaktura';
import type { RecordedRequest } from '../sandbox/server';
import { startBitFakturaSandbox } from '../sandbox/bitfaktura';

export const NODE_TYPE = 'n8n-nodes-faktura.bitFaktura';

export interface BitFakturaTestContext {
	sandbox: BitFakturaSandbox;
	credentials(overrides?: IDataObject): Record<string, IDataObject>;
	/** Runs "Manual Trigger → BitFaktura" with these parameters against the sandbox. */
	run(parameters: INodeParameters, options?: Partial<RunNodeOptions>): Promise<NodeRun>;
	/** Runs and returns the node's items' json, failing the test with the node's error if it failed. */
	json(parameters: INodeParameters, options?: Partial<RunNodeOptions>): Promise<IDataObject[]>;
	/** Runs a node that must refuse its input: fails the test if any request reached the sandbox. */
	refusedBeforeSending(parameters: INodeParameters, options?: Partial<RunNodeOptions>): Promise<NodeRun>;
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
		context.run = async (parameters, options = {}) =>
			await runNode({ type: NODE_TYPE, parameters, credentials: context.credentials(), ...options });
		context.json = async (parameters, options) => {
			const run = await context.run(parameters, options);
			if (run.error) throw run.error;
			return run.items().map((item) => item.json);
		};
		context.refusedBeforeSending = async (parameters, options) => {
			const before = context.sandbox.requests.length;
			const run = await context.run(parameters, options);
			expect(run.error).toBeDefined();
			expect(context.sandbox.requests.slice(before)).toEqual([]);
			return run;
		};
	});

	afterAll(async () => {
		await context.sandbox.close();
		await teardownHarness();
	});

	return context;
}

export type SentRequest = Omit<RecordedRequest, 'body'> & { body: IDataObject | undefined };

/** The newest request of this method whose path starts with `pathPrefix`, as it went on the wire. */
export function lastRequest(sandbox: BitFakturaSandbox, method: string, pathPrefix: string): SentRequest {
	const found = [...sandbox.requests].reverse().find((request) => request.method === method && request.path.startsWith(pathPrefix));
	if (!found) throw new Error(`no ${method} ${pathPrefix} was sent`);
	return found as SentRequest;
}
