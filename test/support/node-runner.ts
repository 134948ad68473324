import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { NodeRun, RunNodeOptions } from '../harness';
import { runNode } from '../harness';
import type { RecordedRequest } from '../sandbox/server';

/** How a provider's tests run its node against its sandbox. */
export interface NodeRunner {
	/** Runs "Manual Trigger → node" with these parameters against the sandbox. */
	run(parameters: INodeParameters, options?: Partial<RunNodeOptions>): Promise<NodeRun>;
	/** Runs and returns the node's items' json, failing the test with the node's error if it failed. */
	json(parameters: INodeParameters, options?: Partial<RunNodeOptions>): Promise<IDataObject[]>;
	/** Runs a node that must refuse its input: fails the test if any request reached the sandbox. */
	refusedBeforeSending(parameters: INodeParameters, options?: Partial<RunNodeOptions>): Promise<NodeRun>;
}

export function nodeRunner(
	type: string,
	sandbox: () => { requests: RecordedRequest[] },
	credentials: () => Record<string, IDataObject>,
): NodeRunner {
	const run: NodeRunner['run'] = async (parameters, options = {}) =>
		await runNode({ type, parameters, credentials: credentials(), ...options });
	return {
		run,
		async json(parameters, options) {
			const result = await run(parameters, options);
			if (result.error) throw result.error;
			return result.items().map((item) => item.json);
		},
		async refusedBeforeSending(parameters, options) {
			const { requests } = sandbox();
			const before = requests.length;
			const result = await run(parameters, options);
			expect(result.error).toBeDefined();
			expect(requests.slice(before)).toEqual([]);
			return result;
		},
	};
}

export type SentRequest = Omit<RecordedRequest, 'body'> & { body: IDataObject | undefined };

/** The newest request of this method whose path starts with `pathPrefix`, as it went on the wire. */
export function newestRequest(requests: RecordedRequest[], method: string, pathPrefix: string): SentRequest {
	const found = [...requests].reverse().find((request) => request.method === method && request.path.startsWith(pathPrefix));
	if (!found) throw new Error(`no ${method} ${pathPrefix} was sent`);
	return found as SentRequest;
}
