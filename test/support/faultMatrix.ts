/**
 * One matrix of network and service faults, run against any provider's node: the provider describes a
 * read (Get one invoice), a list (Get Many, Return All over at least two pages, the fault on page 2) and a
 * create (Create an invoice); the matrix injects each fault into the sandbox and states, once, what the
 * node must do about it. Nothing provider-specific here.
 *
 * What every cell asserts: success or failure and its message, how many requests reached the sandbox on
 * the faulted route, that a cross-origin redirect target received nothing, and that no secret (raw or
 * URL-encoded) appears in the error, the output items or what n8n keeps of the run.
 */
import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import type { NodeRun, RunNodeOptions } from '../harness';
import type { Fault, FaultControl } from '../sandbox/faults';
import type { RecordedRequest, RunningServer } from '../sandbox/server';
import { startRecorder } from '../sandbox/server';

/** The request a scenario's fault is injected on, matched as the fault layer matches it. */
export interface RouteMatch {
	method: string;
	/** A string is a prefix of the path without the query; a RegExp is tested against that path. */
	path: string | RegExp;
}

export interface Scenario {
	parameters: INodeParameters;
	route: RouteMatch;
	/** Which request on the route gets the fault, from 1; a list's page 2 is 2. Default 1. */
	nth?: number;
	/** How many requests on the route a run without any fault makes. */
	requests: number;
	/**
	 * The faulted request's own address (origin, path and the query the node sends, credentials left out):
	 * where a redirect to the service's own origin points, so that following it asks for the same thing.
	 */
	ownUrl: string;
	/** Asserts the items of a successful run are the right ones. */
	expectItems(items: INodeExecutionData[]): void;
}

export interface CreateScenario extends Scenario {
	/** How many documents this scenario's create made exist in the service now. */
	documents(): number;
}

export interface FaultProvider {
	/** The service's name as the node's messages give it. */
	service: string;
	sandbox(): { requests: RecordedRequest[]; faults: FaultControl };
	run(parameters: INodeParameters, options?: Partial<RunNodeOptions>): Promise<NodeRun>;
	/** The credential's secrets (tokens, keys), which must appear nowhere. */
	secrets(): string[];
	/** Secrets computed per request (a signature), read from the requests as they arrived. */
	requestSecrets?(request: RecordedRequest): string[];
	/** A 401 as the service answers it, and the message the node must show for it. */
	unauthorized: { contentType: string; body: string; message: string };
	/**
	 * The credential logs in for a token that expires: one 401 is that token's end, answered by logging in
	 * afresh and sending the request once more, so the matrix's 401 cell expects recovery instead.
	 */
	tokenExpires?: boolean;
	read(): Scenario;
	list(): Scenario;
	/** `tag` makes the created document findable: no two cells share one. */
	create(tag: string): CreateScenario;
}

/** What a write's failure means for the document: never sent, refused, or nobody can tell. */
type Outcome = 'notSent' | 'refused' | 'unknown';

interface FaultEnv {
	/** The recorder's address: another origin. */
	recorder: string;
	/** The faulted request's own address, for a redirect to the same origin. */
	ownUrl: string;
	/** One secret of the credential, for a redirect that carries it in its query as a careless service would. */
	secret: string;
	unauthorized: FaultProvider['unauthorized'];
}

/** What a read or a list must do. */
type ReadExpectation =
	| { recovers: true }
	| { recovers: false; message: (env: FaultEnv & { service: string }) => RegExp; httpCode?: string };

/** What a create must do: recover (only a 429), or fail after one request with this outcome. */
type CreateExpectation =
	| { recovers: true }
	| {
			recovers: false;
			outcome: Outcome;
			message: (env: FaultEnv & { service: string }) => RegExp;
			httpCode?: string;
			/** Whether the service did the work before the fault: the document exists though the node failed. */
			acted: boolean;
	  };

interface FaultCase {
	name: string;
	fault(env: FaultEnv): Fault;
	/** For creates: the service acts before the fault answers in its place. */
	act?: boolean;
	/** The fault is a lost answer: the run gets a short timeout so that it stays fast. */
	timesOut?: boolean;
	/** An unreadable answer: what the error's description must say came back. */
	cameBack?: RegExp;
	/** A redirect a read follows: the second request goes where `Location` says, marked `redirected=1`. */
	followed?: boolean;
	read: ReadExpectation;
	create: CreateExpectation;
}

/** Short enough to keep the file fast, long enough for a loopback answer. */
const SHORT_TIMEOUT_MS = 400;
/** Longer than the timeout: the answer comes after the client gave up. */
const DELAY_MS = 1000;

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const RECOVERS = { recovers: true } as const;

/** `status`: the status the fault answers with; null when it keeps the service's own (a cut-off answer). */
const unreadable = (problem: string, status: string | null = '200') => ({
	read: {
		recovers: false,
		message: ({ service }: { service: string }) => new RegExp(`^${escape(service)}: the answer could not be read: ${escape(problem)}$`),
		httpCode: status ?? undefined,
	} as ReadExpectation,
});

const unknownAfterUnreadable = (problem: string, acted: boolean, status: string | null = '200'): CreateExpectation => ({
	recovers: false,
	outcome: 'unknown',
	message: ({ service }) =>
		new RegExp(`^${escape(service)} accepted the request \\(HTTP ${status ?? '2\\d\\d'}\\) but ${escape(problem)}; its outcome is unknown$`),
	httpCode: status ?? undefined,
	acted,
});

const serverError = (status: number, act: boolean, retried: boolean): FaultCase => ({
	name: `${status} once${act ? ' (after the service acted)' : ''}`,
	fault: () => ({ kind: 'status', status }),
	act,
	read: retried
		? RECOVERS
		: { recovers: false, message: ({ service }) => new RegExp(`^${escape(service)}: .*HTTP ${status}`), httpCode: String(status) },
	create: {
		recovers: false,
		outcome: 'unknown',
		// The message itself must say the outcome is unknown: it is what a list of failed executions shows.
		message: ({ service }) => new RegExp(`^${escape(service)}: .*HTTP ${status}.*outcome is unknown`),
		httpCode: String(status),
		acted: act,
	},
});

const lostAnswer = (name: string, fault: Fault, act: boolean, acted: boolean, reason: RegExp, timesOut = false): FaultCase => ({
	name,
	fault: () => fault,
	act,
	timesOut,
	read: RECOVERS,
	create: {
		recovers: false,
		outcome: 'unknown',
		message: ({ service }) => new RegExp(`^${escape(service)}: no answer to a request that was sent \\(${reason.source}.*\\); its outcome is unknown`),
		acted,
	},
});

const crossOriginRedirect = (status: 302 | 307, withSecret: boolean): FaultCase => ({
	name: `${status} redirect to another origin${withSecret ? ' carrying the token' : ''}`,
	fault: ({ recorder, secret }) => ({
		kind: 'redirect',
		status,
		location: withSecret ? `${recorder}/moved/here?api_token=${encodeURIComponent(secret)}` : `${recorder}/moved/here`,
	}),
	read: {
		recovers: false,
		message: ({ service, recorder }) =>
			new RegExp(`^${escape(service)} redirected the request \\(HTTP ${status}\\) to ${escape(recorder)}/moved/here.*; it was not followed$`),
		httpCode: String(status),
	},
	create: {
		recovers: false,
		outcome: 'unknown',
		message: ({ service, recorder }) =>
			new RegExp(`^${escape(service)} redirected the request \\(HTTP ${status}\\) to ${escape(recorder)}/moved/here.*outcome is unknown$`),
		httpCode: String(status),
		acted: false,
	},
});

const FAULTS: FaultCase[] = [
	serverError(503, true, true),
	serverError(502, false, true),
	serverError(504, true, true),
	{
		name: '429 once with Retry-After: 0',
		fault: () => ({
			kind: 'status',
			status: 429,
			headers: { 'Retry-After': '0' },
			contentType: 'application/json',
			body: '{"error":"Too Many Requests"}',
		}),
		read: RECOVERS,
		create: RECOVERS,
	},
	serverError(500, true, false),
	{
		name: 'a Cloudflare block page once',
		fault: () => ({ kind: 'cloudflare' }),
		read: RECOVERS,
		create: {
			recovers: false,
			outcome: 'notSent',
			message: ({ service }) => new RegExp(`^${escape(service)}: the request was blocked by the network edge in front of the service \\(HTTP 403\\)`),
			httpCode: '403',
			acted: false,
		},
	},
	{
		name: 'an HTML maintenance page with 200',
		fault: () => ({ kind: 'html' }),
		cameBack: /What came back: HTTP 200, text\/html, \d+ bytes: page titled "Service temporarily unavailable"/,
		...unreadable('the answer was an HTML page, not JSON'),
		create: unknownAfterUnreadable('the answer was an HTML page, not JSON', false),
	},
	{
		name: 'an empty 200 (after the service acted)',
		fault: () => ({ kind: 'empty' }),
		cameBack: /What came back: HTTP 200, application\/json, 0 bytes\./,
		act: true,
		...unreadable('the answer was empty'),
		create: unknownAfterUnreadable('the answer was empty', true),
	},
	{
		name: 'malformed JSON with 200 (after the service acted)',
		fault: () => ({ kind: 'malformed' }),
		cameBack: /What came back: HTTP 200, application\/json, \d+ bytes: \{"id": 1,, "number": \}\./,
		act: true,
		...unreadable('the answer was malformed or cut-off JSON'),
		create: unknownAfterUnreadable('the answer was malformed or cut-off JSON', true),
	},
	{
		name: 'truncated JSON',
		fault: () => ({ kind: 'truncated' }),
		cameBack: /What came back: HTTP 2\d\d, application\/json, \d+ bytes: [[{]/,
		...unreadable('the answer was malformed or cut-off JSON', null),
		create: unknownAfterUnreadable('the answer was malformed or cut-off JSON', true, null),
	},
	crossOriginRedirect(302, true),
	crossOriginRedirect(307, false),
	{
		name: '307 redirect to the same origin and path',
		// The same address with a marker the services ignore, so the test sees the redirect was followed.
		fault: ({ ownUrl }) => ({ kind: 'redirect', status: 307, location: `${ownUrl}${ownUrl.includes('?') ? '&' : '?'}redirected=1` }),
		followed: true,
		read: RECOVERS,
		create: {
			recovers: false,
			outcome: 'unknown',
			message: ({ service }) => new RegExp(`^${escape(service)} redirected the request \\(HTTP 307\\) to .*outcome is unknown$`),
			httpCode: '307',
			acted: false,
		},
	},
	lostAnswer('an answer slower than the timeout once', { kind: 'delay', ms: DELAY_MS }, false, true, /timed out/, true),
	lostAnswer('no answer once (after the service acted)', { kind: 'noAnswer' }, true, true, /timed out/, true),
	lostAnswer('a connection reset once', { kind: 'reset' }, false, false, /connection reset/),
	lostAnswer('a connection reset mid-body once', { kind: 'resetMidBody' }, false, true, /connection reset|no answer/),
	{
		name: 'a 401',
		fault: ({ unauthorized }) => ({ kind: 'status', status: 401, contentType: unauthorized.contentType, body: unauthorized.body }),
		read: {
			recovers: false,
			message: ({ service, unauthorized }) => new RegExp(`^${escape(service)}: ${escape(unauthorized.message)}$`),
			httpCode: '401',
		},
		create: {
			recovers: false,
			outcome: 'refused',
			message: ({ service, unauthorized }) => new RegExp(`^${escape(service)}: ${escape(unauthorized.message)}$`),
			httpCode: '401',
			acted: false,
		},
	},
];

/** For a credential whose token expires, the 401 of the matrix is the token's end, which the node recovers from. */
const EXPIRED_TOKEN: FaultCase = {
	name: 'a 401 once (the token expired)',
	fault: ({ unauthorized }) => ({ kind: 'status', status: 401, contentType: unauthorized.contentType, body: unauthorized.body }),
	read: { recovers: true },
	create: { recovers: true },
};

function faultsFor(provider: FaultProvider): FaultCase[] {
	if (!provider.tokenExpires) return FAULTS;
	return FAULTS.map((fault) => (fault.name === 'a 401' ? EXPIRED_TOKEN : fault));
}

/** Faults the create is also run with under On Error → Continue: one per outcome, and a lost answer. */
const CONTINUE_FAULTS = [
	'503 once (after the service acted)',
	'a Cloudflare block page once',
	'a 401',
	'malformed JSON with 200 (after the service acted)',
	'a connection reset once',
];

type NodeError = Error & { description?: string | null; context?: Record<string, unknown>; httpCode?: string | null };

function matchesRoute(route: RouteMatch, request: RecordedRequest): boolean {
	if (request.method !== route.method.toUpperCase()) return false;
	return typeof route.path === 'string' ? request.path.startsWith(route.path) : request.path.search(route.path) !== -1;
}

/** The node's items on its first output, or none when it failed: never throws. */
export function outputItems(run: NodeRun): INodeExecutionData[] {
	const runs = run.runData[run.nodeName];
	return runs?.at(-1)?.data?.main?.[0] ?? [];
}

function withTimeout(parameters: INodeParameters, timeout: number): INodeParameters {
	const options = (parameters.requestOptions ?? {}) as INodeParameters;
	return { ...parameters, requestOptions: { ...options, timeout } };
}

/** Everything of the run a user or n8n's database could see. */
function everythingSaid(run: NodeRun): string {
	const error = run.error as NodeError | undefined;
	return JSON.stringify({
		message: error?.message,
		description: error?.description,
		context: error?.context,
		httpCode: error?.httpCode,
		stack: error?.stack,
		items: outputItems(run),
		raw: run.raw,
	});
}

function expectNoSecrets(provider: FaultProvider, run: NodeRun, requests: RecordedRequest[]): void {
	const secrets = [...provider.secrets(), ...requests.flatMap((request) => provider.requestSecrets?.(request) ?? [])];
	expect(secrets.length).toBeGreaterThan(0);
	const said = everythingSaid(run);
	for (const secret of secrets) {
		expect(said).not.toContain(secret);
		expect(said).not.toContain(encodeURIComponent(secret));
	}
}

/** Unknown outcomes: say to look in the service first, never to simply run or try again. */
function expectLookFirstAdvice(service: string, description: string | null | undefined): void {
	expect(description).toContain(`Look for it in ${service} before sending it again`);
	expect(description).not.toMatch(/\b(?:run|try|retry|execute)\b[^.]*\bagain\b/i);
	expect(description).not.toMatch(/\bretry\b/i);
}

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) return false;
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
	return true;
}

let tagCounter = 0;
function nextTag(): string {
	tagCounter += 1;
	return `F${Date.now().toString(36)}${tagCounter}`;
}

/** Registers the matrix's tests for one provider. Call at the top level of a test file. */
export function describeFaultMatrix(provider: FaultProvider): void {
	let recorder: RunningServer;

	beforeAll(async () => {
		recorder = await startRecorder();
	});
	afterAll(async () => {
		await recorder.close();
	});
	afterEach(() => {
		provider.sandbox().faults.clear();
		recorder.faults.clear();
	});

	jest.setTimeout(20_000);
	const faults = faultsFor(provider);

	const envFor = (scenario: Scenario): FaultEnv & { service: string } => ({
		recorder: recorder.baseUrl,
		ownUrl: scenario.ownUrl,
		secret: provider.secrets()[0],
		unauthorized: provider.unauthorized,
		service: provider.service,
	});

	/** Injects the fault, runs, and returns what is needed to judge the run. */
	async function runWithFault(scenario: Scenario, fault: FaultCase, options: Partial<RunNodeOptions> = {}) {
		const sandbox = provider.sandbox();
		const env = envFor(scenario);
		const before = sandbox.requests.length;
		const recorderBefore = recorder.requests.length;
		const injected = sandbox.faults.inject({
			method: scenario.route.method,
			path: scenario.route.path,
			nth: scenario.nth ?? 1,
			act: fault.act ?? false,
			fault: fault.fault(env),
		});
		const parameters = fault.timesOut ? withTimeout(scenario.parameters, SHORT_TIMEOUT_MS) : scenario.parameters;
		const run = await provider.run(parameters, options);
		const sent = sandbox.requests.slice(before);
		return {
			run,
			env,
			sent,
			routed: sent.filter((request) => matchesRoute(scenario.route, request)),
			recorded: recorder.requests.slice(recorderBefore),
			hits: injected.hits,
		};
	}

	describe(`${provider.service}: faults on a read and a list`, () => {
		const cells = (['read', 'list'] as const).flatMap((kind) => faults.map((fault) => [kind, fault.name, fault] as const));

		test.each(cells)('%s: %s', async (kind, _name, fault) => {
			const scenario = kind === 'read' ? provider.read() : provider.list();
			const nth = scenario.nth ?? 1;
			const { run, env, sent, routed, recorded, hits } = await runWithFault(scenario, fault);

			expect(hits).toBe(1);
			if (fault.read.recovers) {
				expect(run.error).toBeUndefined();
				scenario.expectItems(outputItems(run));
				// The faulted request was sent twice (retried, or its redirect followed), every other once.
				expect(routed).toHaveLength(scenario.requests + 1);
				const [faulted, again] = routed.slice(nth - 1, nth + 1);
				expect(again.path).toBe(faulted.path);
				const { redirected, ...query } = again.query;
				expect(redirected).toBe(fault.followed ? '1' : undefined);
				expect(query).toEqual(faulted.query);
			} else {
				const error = run.error as NodeError | undefined;
				expect(error).toBeDefined();
				expect(error?.message).toMatch(fault.read.message(env));
				if (fault.read.httpCode !== undefined) expect(error?.httpCode).toBe(fault.read.httpCode);
				expect(error?.context?.outcome).toBeUndefined();
				if (fault.cameBack !== undefined) expect(error?.description).toMatch(fault.cameBack);
				// No item at all: a list whose page 2 is unreadable never returns page 1 alone.
				expect(outputItems(run)).toEqual([]);
				// Not retried, and nothing after the faulted request.
				expect(routed).toHaveLength(nth);
			}
			expect(recorded).toEqual([]);
			expectNoSecrets(provider, run, sent);
		});
	});

	describe(`${provider.service}: faults on a create`, () => {
		test.each(faults.map((fault) => [fault.name, fault] as const))('create: %s', async (_name, fault) => {
			const scenario = provider.create(nextTag());
			const { run, env, sent, routed, recorded, hits } = await runWithFault(scenario, fault);

			expect(hits).toBe(1);
			if (fault.create.recovers) {
				expect(run.error).toBeUndefined();
				scenario.expectItems(outputItems(run));
				expect(routed).toHaveLength(scenario.requests + 1);
				expect(scenario.documents()).toBe(1);
			} else {
				const expected = fault.create;
				const error = run.error as NodeError | undefined;
				expect(error).toBeDefined();
				expect(error?.context?.outcome).toBe(expected.outcome);
				if (expected.httpCode !== undefined) expect(error?.httpCode).toBe(expected.httpCode);
				if (expected.outcome === 'unknown') expectLookFirstAdvice(provider.service, error?.description);
				if (fault.cameBack !== undefined) expect(error?.description).toMatch(fault.cameBack);
				expect(outputItems(run)).toEqual([]);
				// A write is sent exactly once: never repeated on anything but a 429.
				expect(routed).toHaveLength(1);
				if (expected.acted) {
					// The case a blind re-run turns into a second invoice: the document exists, the node said "unknown".
					expect(await until(() => scenario.documents() === 1, 3000)).toBe(true);
				} else {
					expect(scenario.documents()).toBe(0);
				}
				expect(recorded).toEqual([]);
				expectNoSecrets(provider, run, sent);
				// Last, so that a wrong wording does not hide the checks above.
				expect(error?.message).toMatch(expected.message(env));
				return;
			}
			expect(recorded).toEqual([]);
			expectNoSecrets(provider, run, sent);
		});

		const continued = faults.filter((fault) => CONTINUE_FAULTS.includes(fault.name) && !fault.create.recovers);
		test.each(continued.map((fault) => [fault.name, fault] as const))('create with On Error → Continue: %s', async (_name, fault) => {
			if (fault.create.recovers) throw new Error('a Continue cell needs a failing fault');
			const expected = fault.create;
			const scenario = provider.create(nextTag());
			const { run, env, sent, routed } = await runWithFault(scenario, fault, { continueOnFail: true });

			expect(run.error).toBeUndefined();
			const items = outputItems(run);
			expect(items).toHaveLength(1);
			const [item] = items;
			expect(item.pairedItem).toEqual({ item: 0 });
			expect(item.json.outcome).toBe(expected.outcome);
			expect(item.json.itemIndex).toBe(0);
			if (expected.outcome === 'unknown') expectLookFirstAdvice(provider.service, item.json.description as string | undefined);
			expect(routed).toHaveLength(1);
			expect(scenario.documents()).toBe(expected.acted ? 1 : 0);
			expectNoSecrets(provider, run, sent);
			expect(item.json.error).toMatch(expected.message(env));
		});
	});
}
