import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { NodeRun, RunNodeOptions } from '../harness';
import { runNode, teardownHarness } from '../harness';
import type { IfirmaSandbox, IfirmaSandboxOptions } from '../sandbox/ifirma';
import { startIfirmaSandbox } from '../sandbox/ifirma';
import type { RecordedRequest } from '../sandbox/server';

export const NODE_TYPE = 'n8n-nodes-faktura.iFirma';

/** n8n's default time zone, which the harness's workflows run in; the node's "today" is taken there. */
const WORKFLOW_TIME_ZONE = 'America/New_York';

/** Today as the node computes it, so the sandbox's open accounting month is the node's. */
export const TODAY = new Intl.DateTimeFormat('en-CA', {
	timeZone: WORKFLOW_TIME_ZONE,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
}).format(new Date());

export interface IfirmaTestContext {
	sandbox: IfirmaSandbox;
	credentials(overrides?: IDataObject): Record<string, IDataObject>;
	/** Runs "Manual Trigger → iFirma" with these parameters against the sandbox. */
	run(parameters: INodeParameters, options?: Partial<RunNodeOptions>): Promise<NodeRun>;
	/** Runs and returns the node's items' json, failing the test with the node's error if it failed. */
	json(parameters: INodeParameters, options?: Partial<RunNodeOptions>): Promise<IDataObject[]>;
	/** Runs a node that must refuse its input: fails the test if any request reached the sandbox. */
	refusedBeforeSending(parameters: INodeParameters, options?: Partial<RunNodeOptions>): Promise<NodeRun>;
}

/** One sandbox per test file, started before and closed after its tests. */
export function useIfirma(options: IfirmaSandboxOptions = {}): IfirmaTestContext {
	const context = {} as IfirmaTestContext;

	beforeAll(async () => {
		context.sandbox = await startIfirmaSandbox({ today: TODAY, ...options });
		const { keys } = context.sandbox;
		context.credentials = (overrides = {}) => ({
			iFirmaApi: {
				login: context.sandbox.login,
				invoiceKey: keys.faktura ?? '',
				subscriberKey: keys.abonent ?? '',
				billKey: keys.rachunek ?? '',
				baseUrl: context.sandbox.baseUrl,
				...overrides,
			},
		});
		context.run = async (parameters, runOptions = {}) =>
			await runNode({ type: NODE_TYPE, parameters, credentials: context.credentials(), ...runOptions });
		context.json = async (parameters, runOptions) => {
			const run = await context.run(parameters, runOptions);
			if (run.error) throw run.error;
			return run.items().map((item) => item.json);
		};
		context.refusedBeforeSending = async (parameters, runOptions) => {
			const before = context.sandbox.requests.length;
			const run = await context.run(parameters, runOptions);
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

/** The newest request of this method whose path starts with `pathPrefix` (under /iapi/), as it went on the wire. */
export function lastRequest(sandbox: IfirmaSandbox, method: string, pathPrefix: string): SentRequest {
	const prefix = `/iapi/${pathPrefix.replace(/^\/+/, '')}`;
	const found = [...sandbox.requests].reverse().find((request) => request.method === method && request.path.startsWith(prefix));
	if (!found) throw new Error(`no ${method} ${prefix} was sent`);
	return found as SentRequest;
}

/** A line item as the Line Items collection holds it. */
export function line(values: INodeParameters): INodeParameters {
	return { quantity: '1', unit: 'szt.', vatRate: '23', ...values };
}

/** Buyer details for a new contractor, as the editor would hold them. */
export const NEW_BUYER = {
	buyerType: 'details',
	buyerName: 'Firma Testowa Sp. z o.o.',
	buyerPostCode: '00-001',
	buyerCity: 'Warszawa',
};
