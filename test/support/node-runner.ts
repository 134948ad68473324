import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { NodeRun, RunNodeOptions } from '../harness';
import { runNode, teardownHarness } from '../harness';
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

interface Sandbox {
	requests: RecordedRequest[];
	close(): Promise<void>;
}

/** A node's tests against one sandbox: the running sandbox, credentials pointing at it, and the runner. */
export interface SandboxedNode<S extends Sandbox> extends NodeRunner {
	sandbox: S;
	credentials(overrides?: IDataObject): Record<string, IDataObject>;
}

/**
 * One sandbox per test file, started before and closed after its tests. `credentialsFor` gives the
 * credential data that reaches it; `overrides` replace single fields, for the tests of wrong keys.
 */
export function useSandboxedNode<S extends Sandbox>(
	type: string,
	credentialType: string,
	start: () => Promise<S>,
	credentialsFor: (sandbox: S) => IDataObject,
): SandboxedNode<S> {
	const context = {} as SandboxedNode<S>;

	beforeAll(async () => {
		context.sandbox = await start();
		context.credentials = (overrides = {}) => ({ [credentialType]: { ...credentialsFor(context.sandbox), ...overrides } });
		Object.assign(context, nodeRunner(type, () => context.sandbox, () => context.credentials()));
	});

	afterAll(async () => {
		await context.sandbox.close();
		await teardownHarness();
	});

	return context;
}

export type SentRequest = Omit<RecordedRequest, 'body'> & { body: IDataObject | undefined };

/** The newest request of this method whose path starts with `pathPrefix`, as it went on the wire. */
export function newestRequest(requests: RecordedRequest[], method: string, pathPrefix: string): SentRequest {
	const found = [...requests].reverse().find((request) => request.method === method && request.path.startsWith(pathPrefix));
	if (!found) throw new Error(`no ${method} ${pathPrefix} was sent`);
	return found as SentRequest;
}
