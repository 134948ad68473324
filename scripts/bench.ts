/**
 * What the BitFaktura node costs on top of the HTTP it sends, and what its concurrency buys.
 *
 * One run, one sandbox. Every scenario is timed twice over:
 *  - baseline: the same requests (same paths, query, body and token placement as the node) sent straight
 *    with undici, so the difference is the node plus n8n's engine and HTTP helper;
 *  - node: "Manual Trigger → BitFaktura" run by n8n-core's real engine through the test harness.
 * The sandbox answers in about a millisecond, which hides what concurrency is for, so the scenarios run a
 * second time through a loopback proxy that holds every request a fixed time, like a distant service.
 *
 * It measures and prints; it never judges the numbers. It only stops when a run did not do the work it
 * was timed for (an error, a missing item), because such a time would be meaningless.
 */
import { createServer, request as httpRequest, Agent } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { Pool } from 'undici';

import { runNode, teardownHarness } from '../test/harness';
import type { RunNodeOptions } from '../test/harness';
import { startBitFakturaSandbox } from '../test/sandbox/bitfaktura';
import type { BitFakturaSandbox } from '../test/sandbox/bitfaktura';
import type { RecordedRequest } from '../test/sandbox/server';

/** build/scripts → the repository root, whose package.json names the compiled node in dist/. */
const ROOT = path.resolve(__dirname, '..', '..');
const NODE_TYPE = 'n8n-nodes-faktura.bitFaktura';
/** CONCURRENCY in nodes/BitFaktura/BitFaktura.node.ts (not exported): the concurrent baseline matches it. */
const NODE_CONCURRENCY = 4;
/** Invoices seeded for the reads; tagged so that the invoices the Create scenarios add never join the list. */
const LIST_SIZE = 500;
const LIST_TAG = 'bench-list';
const PAGE_SIZE = 100;
const LINE_ITEM = { name: 'Item', quantity: '1', unitNetPrice: '10', vatRate: '20' };
/** LINE_ITEM as the node puts it on the wire (positionOf in nodes/BitFaktura/mapping.ts). */
const WIRE_POSITION = { name: 'Item', quantity: '1', price_net: '10', tax: 20 };

interface Mode {
	title: string;
	/** Added by the proxy to every request; 0 sends straight to the sandbox. */
	latencyMs: number;
	repeats: number;
	/** Whether to warm up first; the latency pass runs code the direct pass has already warmed. */
	warmUp: boolean;
	getCount: number;
	createCount: number;
}

/**
 * With latency, a sequential baseline of N requests costs N × latency, so that pass uses half the items,
 * three repeats and no second warm-up to keep the whole bench within a minute; the fixed delay dominates
 * its times, so their spread is small anyway.
 */
const MODES: Mode[] = [
	{ title: 'Sandbox direct (~1 ms per request)', latencyMs: 0, repeats: 5, warmUp: true, getCount: 200, createCount: 100 },
	{ title: 'Through a proxy adding 20 ms per request', latencyMs: 20, repeats: 3, warmUp: false, getCount: 100, createCount: 50 },
];

// ─── Where requests go ──────────────────────────────────────────────────────────────────────────────

interface Target {
	baseUrl: string;
	apiToken: string;
	/** The baseline's connection pool to baseUrl. */
	pool: Pool;
	/** Most requests the service held at once since the last reset; only the proxy can tell. */
	peakInFlight?: { reset(): void; read(): number };
}

interface LatencyProxy {
	baseUrl: string;
	peak: { reset(): void; read(): number };
	close(): Promise<void>;
}

/**
 * A loopback proxy that waits `delayMs` after a request has fully arrived, then forwards it unchanged to
 * the sandbox. It counts requests in flight, so the table can show how many the node really overlapped.
 */
async function startLatencyProxy(targetBaseUrl: string, delayMs: number): Promise<LatencyProxy> {
	const target = new URL(targetBaseUrl);
	const agent = new Agent({ keepAlive: true });
	let inFlight = 0;
	let peak = 0;

	const forward = (req: IncomingMessage, res: ServerResponse, body: Buffer): void => {
		const headers = { ...req.headers, host: target.host };
		const upstream = httpRequest(
			{ host: target.hostname, port: target.port, method: req.method, path: req.url, headers, agent },
			(answer) => {
				res.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(res);
			},
		);
		upstream.on('error', (error) => {
			if (res.headersSent) return void res.destroy(error);
			res.writeHead(502, { 'Content-Type': 'text/plain' });
			res.end(`latency proxy: ${error.message}`);
		});
		upstream.end(body);
	};

	const server = createServer((req, res) => {
		inFlight++;
		peak = Math.max(peak, inFlight);
		res.on('close', () => inFlight--);
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => setTimeout(() => forward(req, res, Buffer.concat(chunks)), delayMs));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;

	return {
		baseUrl: `http://127.0.0.1:${port}`,
		peak: { reset: () => (peak = inFlight), read: () => peak },
		close: async () => {
			await new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			});
			agent.destroy();
		},
	};
}

// ─── The baseline: the node's requests, sent by hand ────────────────────────────────────────────────

/** Sends one request as the node does (JSON in, JSON out) and reads the whole answer, as the node does. */
async function sendJson(
	target: Target,
	method: 'GET' | 'POST',
	pathname: string,
	query: IDataObject,
	body?: IDataObject,
): Promise<unknown> {
	const search = new URLSearchParams(Object.entries(query).map(([key, value]): [string, string] => [key, String(value)]));
	const answer = await target.pool.request({
		method,
		path: `${pathname}${search.size > 0 ? `?${search.toString()}` : ''}`,
		headers: { accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
		body: body ? JSON.stringify(body) : undefined,
	});
	const text = await answer.body.text();
	if (answer.statusCode < 200 || answer.statusCode >= 300) {
		throw new Error(`baseline ${method} ${pathname} got HTTP ${answer.statusCode}: ${text.slice(0, 200)}`);
	}
	return JSON.parse(text) as unknown;
}

/** The credential puts the token in the query of reads and beside the record in the body of writes. */
const baselineGet = async (target: Target, id: number) =>
	await sendJson(target, 'GET', `/invoices/${id}.json`, { api_token: target.apiToken });

const baselineCreate = async (target: Target, buyer: string) =>
	await sendJson(target, 'POST', '/invoices.json', {}, {
		invoice: { buyer_name: buyer, positions: [WIRE_POSITION] },
		api_token: target.apiToken,
	});

/** Pages of 100 until a short one, like the node's Return All: pages are found one after another. */
async function baselineList(target: Target): Promise<number> {
	let total = 0;
	for (let page = 1; page <= LIST_SIZE / PAGE_SIZE + 1; page++) {
		const query = { period: 'all', oid: LIST_TAG, page, per_page: PAGE_SIZE, api_token: target.apiToken };
		const records = (await sendJson(target, 'GET', '/invoices.json', query)) as unknown[];
		total += records.length;
		if (records.length < PAGE_SIZE) break;
	}
	return total;
}

/** Runs task(0..count-1) with at most `limit` in flight: the baseline's own, independent of the node's. */
async function runLimited(count: number, limit: number, task: (index: number) => Promise<unknown>): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < count) await task(next++);
	};
	await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
}

// ─── Scenarios ──────────────────────────────────────────────────────────────────────────────────────

interface Scenario {
	name: string;
	/** HTTP requests one run sends. */
	requests: number;
	/** In flight at once in the node (reads side by side, writes one at a time). */
	nodeConcurrency: number;
	/** False for lists: the next page is asked for only after the last one was seen. */
	parallelizable: boolean;
	baseline(target: Target, concurrency: number): Promise<void>;
	node(target: Target): Promise<void>;
	/** Undoes what a run changed, untimed, so every run meets the same account. */
	reset?(): void;
}

async function runBitFaktura(
	target: Target,
	parameters: INodeParameters,
	options: Partial<RunNodeOptions>,
	expectedItems: number,
): Promise<void> {
	const run = await runNode({
		type: NODE_TYPE,
		parameters,
		credentials: { bitFakturaApi: { account: target.baseUrl, apiToken: target.apiToken } },
		packageDir: ROOT,
		...options,
	});
	if (run.error) throw new Error(`the node failed, so its time would mean nothing: ${run.error.message}`);
	const produced = run.items().length;
	if (produced !== expectedItems) throw new Error(`the node produced ${produced} items, expected ${expectedItems}`);
}

function getScenario(ids: number[]): Scenario {
	return {
		name: `Get ×${ids.length}`,
		requests: ids.length,
		nodeConcurrency: NODE_CONCURRENCY,
		parallelizable: true,
		baseline: async (target, concurrency) =>
			await runLimited(ids.length, concurrency, async (index) => await baselineGet(target, ids[index])),
		node: async (target) =>
			await runBitFaktura(
				target,
				{ resource: 'invoice', operation: 'get', invoiceId: '={{ $json.id }}' },
				{ input: ids.map((id) => ({ id })) },
				ids.length,
			),
	};
}

/**
 * Every run creates new invoices, with the same buyers in the baseline and in the node. The sandbox's
 * create scans all invoices (numbering) and clients, so a store that kept thousands of bench invoices
 * would slow each create down run after run; they are removed after every run instead.
 */
function createScenario(sandbox: BitFakturaSandbox, count: number): Scenario {
	const buyers = Array.from({ length: count }, (_, index) => `Bench buyer ${index + 1}`);
	return {
		name: `Create ×${count}`,
		requests: count,
		nodeConcurrency: 1,
		parallelizable: true,
		baseline: async (target, concurrency) =>
			await runLimited(count, concurrency, async (index) => await baselineCreate(target, buyers[index])),
		node: async (target) => await runBitFaktura(target, createParameters(), { input: buyers.map((buyer) => ({ buyer })) }, count),
		reset: forgetNewInvoices(sandbox),
	};
}

function createParameters(requestOptions: INodeParameters = {}): INodeParameters {
	return {
		resource: 'invoice',
		operation: 'create',
		buyerName: '={{ $json.buyer }}',
		lineItems: { item: [LINE_ITEM] },
		simplify: false,
		requestOptions,
	};
}

/** Removes the invoices created since this was called. */
function forgetNewInvoices(sandbox: BitFakturaSandbox): () => void {
	const seeded = new Set(sandbox.store.invoices.all().map((invoice) => invoice.id));
	return () => {
		for (const { id } of sandbox.store.invoices.all()) if (!seeded.has(id)) sandbox.store.invoices.delete(id);
	};
}

function listScenario(): Scenario {
	const pages = Math.floor(LIST_SIZE / PAGE_SIZE) + 1;
	return {
		name: `Get Many all ${LIST_SIZE}`,
		requests: pages,
		nodeConcurrency: 1,
		parallelizable: false,
		baseline: async (target) => {
			const total = await baselineList(target);
			if (total !== LIST_SIZE) throw new Error(`the baseline listed ${total} invoices, expected ${LIST_SIZE}`);
		},
		node: async (target) =>
			await runBitFaktura(
				target,
				{ resource: 'invoice', operation: 'getMany', returnAll: true, filters: { period: 'all', orderId: LIST_TAG } },
				{},
				LIST_SIZE,
			),
	};
}

// ─── Measuring ──────────────────────────────────────────────────────────────────────────────────────

interface Variant {
	label: 'sequential' | 'concurrent' | 'node';
	run(): Promise<void>;
}

interface Measured {
	/** Median milliseconds by variant label. */
	medians: Map<Variant['label'], number>;
	/** Most requests the node had at the proxy at once, over all repeats; only with latency. */
	peakInFlight?: number;
	/** Whether the node and the baseline sent the same requests, checked on the warm-up. */
	wire?: string;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function timed(run: () => Promise<void>): Promise<number> {
	const started = performance.now();
	await run();
	return performance.now() - started;
}

function variantsOf(scenario: Scenario, target: Target): Variant[] {
	const variants: Variant[] = [{ label: 'sequential', run: async () => await scenario.baseline(target, 1) }];
	if (scenario.parallelizable) {
		variants.push({ label: 'concurrent', run: async () => await scenario.baseline(target, NODE_CONCURRENCY) });
	}
	variants.push({ label: 'node', run: async () => await scenario.node(target) });
	return variants;
}

/**
 * One warm-up run of every variant (JIT, connection pools, the engine's first-use setup), then the
 * variants take turns in every repeat, so a drift (garbage collection, a busy neighbour) hits all alike.
 */
async function measure(scenario: Scenario, target: Target, mode: Mode, sandbox: BitFakturaSandbox): Promise<Measured> {
	const variants = variantsOf(scenario, target);
	const wire = mode.warmUp ? await warmUp(scenario, variants, sandbox) : undefined;
	const times = new Map(variants.map((variant) => [variant.label, [] as number[]]));
	let peakInFlight = 0;
	for (let repeat = 0; repeat < mode.repeats; repeat++) {
		for (const variant of variants) {
			target.peakInFlight?.reset();
			times.get(variant.label)?.push(await timed(variant.run));
			scenario.reset?.();
			if (variant.label === 'node') peakInFlight = Math.max(peakInFlight, target.peakInFlight?.read() ?? 0);
		}
	}
	const medians = new Map([...times].map(([label, values]) => [label, median(values)]));
	return { medians, peakInFlight: target.peakInFlight ? peakInFlight : undefined, wire };
}

/** Warms up, and compares what reached the sandbox from the node and from the sequential baseline. */
async function warmUp(scenario: Scenario, variants: Variant[], sandbox: BitFakturaSandbox): Promise<string> {
	const sent = new Map<Variant['label'], RecordedRequest[]>();
	for (const variant of variants) {
		const before = sandbox.requests.length;
		await variant.run();
		scenario.reset?.();
		sent.set(variant.label, sandbox.requests.slice(before));
	}
	return compareWire(sent.get('sequential') ?? [], sent.get('node') ?? []);
}

/** Object keys sorted, so that `{invoice, api_token}` and `{api_token, invoice}` read the same. */
function canonical(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(canonical);
	if (typeof value !== 'object' || value === null) return value;
	const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
	return Object.fromEntries(entries.map(([key, inner]) => [key, canonical(inner)]));
}

/** Method, path, query and body; headers are left out, they differ by client (user agent and so on). */
function signature(request: RecordedRequest): string {
	return JSON.stringify([request.method, request.path, canonical(request.query), canonical(request.body)]);
}

/** Arrival order differs under concurrency, so the requests are compared as sorted lists. */
function compareWire(baseline: RecordedRequest[], node: RecordedRequest[]): string {
	const ours = baseline.map(signature).sort();
	const theirs = node.map(signature).sort();
	const firstDifference = theirs.findIndex((entry, index) => entry !== ours[index]);
	if (ours.length === theirs.length && firstDifference === -1) return `same ${ours.length} requests`;
	const index = firstDifference === -1 ? Math.min(ours.length, theirs.length) : firstDifference;
	return `DIFFERENT: ${ours.length} vs ${theirs.length} requests; baseline ${ours[index] ?? '—'} / node ${theirs[index] ?? '—'}`;
}

// ─── Reporting ──────────────────────────────────────────────────────────────────────────────────────

function printTable(headers: string[], rows: string[][]): void {
	const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column].length)));
	// The first column is text (left), the others numbers (right).
	const pad = (cell: string, column: number) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]));
	const line = (cells: string[]) => cells.map(pad).join('  ');
	console.log(line(headers));
	console.log(widths.map((width) => '─'.repeat(width)).join('  '));
	for (const row of rows) console.log(line(row));
}

const ms = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(1));

/** The baseline doing what the node does: side by side when the node is, one at a time otherwise. */
function matchingBaseline(scenario: Scenario, result: Measured): number {
	const label = scenario.nodeConcurrency > 1 ? 'concurrent' : 'sequential';
	return result.medians.get(label) ?? Number.NaN;
}

function reportRow(scenario: Scenario, result: Measured): string[] {
	const node = result.medians.get('node') ?? Number.NaN;
	const baseline = matchingBaseline(scenario, result);
	const extraPerRequest = (node - baseline) / scenario.requests;
	return [
		scenario.name,
		String(scenario.requests),
		`${scenario.nodeConcurrency} / ${result.peakInFlight ?? '—'}`,
		ms(result.medians.get('sequential')),
		ms(result.medians.get('concurrent')),
		ms(node),
		`${(node / baseline).toFixed(2)}×`,
		`${extraPerRequest >= 0 ? '+' : ''}${extraPerRequest.toFixed(2)}`,
	];
}

const HEADERS = [
	'scenario',
	'requests',
	'node in flight (set/seen)',
	'baseline seq',
	`baseline ×${NODE_CONCURRENCY}`,
	'node',
	'node/baseline',
	'node extra ms/request',
];

function printResults(mode: Mode, results: Array<[Scenario, Measured]>): void {
	const warmUp = mode.warmUp ? 'after one warm-up' : 'already warm';
	console.log(`\n${mode.title} — median of ${mode.repeats} runs ${warmUp}, ms`);
	printTable(HEADERS, results.map(([scenario, result]) => reportRow(scenario, result)));
	for (const [scenario, result] of results) {
		if (result.wire) console.log(`  wire check, ${scenario.name}: ${result.wire}`);
	}
}

function printEnvironment(): void {
	const version = (name: string) =>
		(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
	const cpu = cpus()[0]?.model.trim() ?? 'unknown cpu';
	console.log('BitFaktura node benchmark');
	const cpuCount = `${cpus().length} cpus (${availableParallelism()} available)`;
	console.log(`Node ${process.version} on ${process.platform}/${process.arch}; ${cpuCount}, ${cpu}`);
	console.log(`n8n-core ${version('n8n-core')}, undici ${version('undici')}; node concurrency ${NODE_CONCURRENCY}`);
	console.log(
		[
			"baseline seq / ×N: the node's requests sent with undici one at a time / N at a time",
			'node/baseline: against the baseline that overlaps requests as the node does (×N for reads, seq for writes)',
			"node in flight: the node's setting for the operation / most requests the latency proxy held at once",
		].join('\n'),
	);
}

// ─── A service that allows 10 requests a second ───────────────────────────────────────────────────

/** The sandbox's rate limit for this part: a sliding window, answered 429 with Retry-After beyond it. */
const RATE_LIMIT = { requests: 10, perMs: 1000 };
const PACED_GETS = 200;
const PACED_CREATES = 100;

/**
 * The least time `count` requests can take under the limit: the first ten leave at once, the last ten
 * leave (count / 10 − 1) windows later.
 */
function limitBoundMs(count: number): number {
	return (Math.ceil(count / RATE_LIMIT.requests) - 1) * RATE_LIMIT.perMs;
}

interface PacedRow {
	name: string;
	requests: number;
	ms: number;
	failures: number;
	throttled: number;
}

/** One run against the limited sandbox, every failure kept as an item (On Error → Continue) and counted. */
async function pacedNodeRun(
	sandbox: BitFakturaSandbox,
	name: string,
	parameters: INodeParameters,
	input: IDataObject[],
): Promise<PacedRow> {
	sandbox.faults.rateLimit(RATE_LIMIT);
	const throttledBefore = sandbox.faults.rateLimited;
	const started = performance.now();
	const run = await runNode({
		type: NODE_TYPE,
		parameters,
		credentials: { bitFakturaApi: { account: sandbox.baseUrl, apiToken: sandbox.apiToken } },
		packageDir: ROOT,
		input,
		continueOnFail: true,
	});
	const elapsed = performance.now() - started;
	sandbox.faults.rateLimit(undefined);
	if (run.error) throw new Error(`the node failed as a whole: ${run.error.message}`);
	const items = run.items();
	if (items.length !== input.length) throw new Error(`the node produced ${items.length} items, expected ${input.length}`);
	const failures = items.filter((item) => item.json.error !== undefined).length;
	return { name, requests: input.length, ms: elapsed, failures, throttled: sandbox.faults.rateLimited - throttledBefore };
}

/** The same reads sent with undici four at a time, no pacing, no retry: what an unpaced client meets. */
async function pacedBaselineRun(sandbox: BitFakturaSandbox, ids: number[]): Promise<PacedRow> {
	const pool = new Pool(sandbox.baseUrl);
	sandbox.faults.rateLimit(RATE_LIMIT);
	const throttledBefore = sandbox.faults.rateLimited;
	let failures = 0;
	const started = performance.now();
	try {
		await runLimited(ids.length, NODE_CONCURRENCY, async (index) => {
			const answer = await pool.request({ method: 'GET', path: `/invoices/${ids[index]}.json?api_token=${sandbox.apiToken}` });
			await answer.body.text();
			if (answer.statusCode !== 200) failures++;
		});
	} finally {
		await pool.close();
	}
	const elapsed = performance.now() - started;
	sandbox.faults.rateLimit(undefined);
	return { name: `Get ×${ids.length}: undici ×${NODE_CONCURRENCY}, unpaced`, requests: ids.length, ms: elapsed, failures, throttled: sandbox.faults.rateLimited - throttledBefore };
}

async function runRateLimited(sandbox: BitFakturaSandbox, ids: number[]): Promise<void> {
	const gets = ids.slice(0, PACED_GETS).map((id) => ({ id }));
	const buyers = Array.from({ length: PACED_CREATES }, (_, index) => ({ buyer: `Paced buyer ${index + 1}` }));
	const getParameters = (requestOptions: INodeParameters = {}): INodeParameters => ({
		resource: 'invoice',
		operation: 'get',
		invoiceId: '={{ $json.id }}',
		requestOptions,
	});
	const forget = forgetNewInvoices(sandbox);
	const perMinute = (RATE_LIMIT.requests * 60_000) / RATE_LIMIT.perMs;
	const rows: PacedRow[] = [];
	rows.push(await pacedBaselineRun(sandbox, ids.slice(0, PACED_GETS)));
	rows.push(await pacedNodeRun(sandbox, `Get ×${PACED_GETS}: node, learns the limit from the first 429`, getParameters(), gets));
	rows.push(await pacedNodeRun(sandbox, `Get ×${PACED_GETS}: node, Max Requests per Minute ${perMinute}`, getParameters({ maxRequestsPerMinute: perMinute }), gets));
	rows.push(await pacedNodeRun(sandbox, `Create ×${PACED_CREATES}: node, learns the limit from the first 429`, createParameters(), buyers));
	forget();
	rows.push(await pacedNodeRun(sandbox, `Create ×${PACED_CREATES}: node, Max Requests per Minute ${perMinute}`, createParameters({ maxRequestsPerMinute: perMinute }), buyers));
	forget();

	console.log(`
A sandbox allowing ${RATE_LIMIT.requests} requests a second (429 with Retry-After beyond), one run each, ms`);
	printTable(
		['scenario', 'requests', 'ms', 'limit-bound ms', 'ms/limit-bound', 'failed items', '429s answered'],
		rows.map((row) => {
			const bound = limitBoundMs(row.requests);
			return [row.name, String(row.requests), ms(row.ms), ms(bound), `${(row.ms / bound).toFixed(2)}×`, String(row.failures), String(row.throttled)];
		}),
	);
	console.log('  limit-bound: the least time the requests can take under the limit, (requests / 10 − 1) seconds');
}

// ─── Main ───────────────────────────────────────────────────────────────────────────────────────────

function seedList(sandbox: BitFakturaSandbox): number[] {
	return Array.from({ length: LIST_SIZE }, (_, index) =>
		sandbox.addInvoice({
			buyer_name: `Seeded buyer ${index + 1}`,
			oid: LIST_TAG,
			positions: [WIRE_POSITION],
		}).id,
	);
}

async function runMode(mode: Mode, sandbox: BitFakturaSandbox, ids: number[]): Promise<void> {
	const proxy = mode.latencyMs > 0 ? await startLatencyProxy(sandbox.baseUrl, mode.latencyMs) : undefined;
	const baseUrl = proxy?.baseUrl ?? sandbox.baseUrl;
	const target: Target = { baseUrl, apiToken: sandbox.apiToken, pool: new Pool(baseUrl), peakInFlight: proxy?.peak };
	const scenarios = [
		getScenario(ids.slice(0, mode.getCount)),
		createScenario(sandbox, mode.createCount),
		listScenario(),
	];
	const results: Array<[Scenario, Measured]> = [];
	try {
		for (const scenario of scenarios) {
			results.push([scenario, await measure(scenario, target, mode, sandbox)]);
		}
	} finally {
		await target.pool.close();
		await proxy?.close();
	}
	printResults(mode, results);
}

async function main(): Promise<void> {
	printEnvironment();
	const sandbox = await startBitFakturaSandbox();
	const started = performance.now();
	try {
		const ids = seedList(sandbox);
		for (const mode of MODES) await runMode(mode, sandbox, ids);
		await runRateLimited(sandbox, ids);
	} finally {
		await sandbox.close();
		teardownHarness();
	}
	console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(1)} s, ${sandbox.requests.length} requests served.`);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
