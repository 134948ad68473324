import { WorkflowHasIssuesError } from 'n8n-core';
import { NodeApiError } from 'n8n-workflow';
import type { INode } from 'n8n-workflow';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { MANUAL_TRIGGER_NAME, runNode, runWorkflow, teardownHarness, testCredential } from '.';

const FIXTURE_PACKAGE = join(__dirname, 'fixture-package');
const ECHO_NODE = 'n8n-nodes-harness-fixture.harnessEcho';
const RIGHT_TOKEN = 'right-token';
const RIGHT_KEY = 'right-key';

interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: IncomingHttpHeaders;
	body: Buffer;
}

/** A stand-in for an invoicing API: answers as described in the fixture node, records every request. */
function startApiServer(requests: RecordedRequest[]): Promise<Server> {
	const server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const url = new URL(req.url ?? '/', 'http://127.0.0.1');
			const recorded: RecordedRequest = {
				method: req.method ?? '',
				path: url.pathname,
				query: Object.fromEntries(url.searchParams),
				headers: req.headers,
				body: Buffer.concat(chunks),
			};
			requests.push(recorded);
			const [status, body] = answer(recorded);
			res.writeHead(status, { 'Content-Type': 'application/json' });
			res.end(JSON.stringify(body));
		});
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function answer({ method, path, query, headers, body }: RecordedRequest): [number, object] {
	const tokenGiven = query.token !== undefined;
	const authenticated = tokenGiven ? query.token === RIGHT_TOKEN : headers['x-api-key'] === RIGHT_KEY;
	if (path === '/me') {
		if (tokenGiven && !authenticated) return [401, { message: 'Unauthorized' }];
		return [200, { authenticated }];
	}
	if (path !== '/echo') return [404, { message: 'Unknown path' }];
	if (!authenticated) return [401, { message: 'Unauthorized' }];
	if (query.id === 'missing') return [404, { message: 'No item with this id' }];
	if (method === 'POST') {
		const file = { fileName: query.fileName, contentType: headers['content-type'], size: body.length };
		return [200, { id: query.id, ...file }];
	}
	return [200, { id: query.id }];
}

/** A port on 127.0.0.1 where nothing listens any more. */
async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

describe('test harness (fixture package)', () => {
	const requests: RecordedRequest[] = [];
	let server: Server;
	let baseUrl: string;

	beforeAll(async () => {
		server = await startApiServer(requests);
		baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});

	beforeEach(() => {
		requests.length = 0;
	});

	afterAll(async () => {
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
		teardownHarness();
	});

	const tokenCredentials = () => ({ harnessTokenApi: { baseUrl, token: RIGHT_TOKEN } });

	const runEcho = async (options: {
		parameters?: Record<string, string>;
		input?: Array<{ id: string }>;
		continueOnFail?: boolean;
	}) =>
		await runNode({
			type: ECHO_NODE,
			parameters: { id: '={{ $json.id }}', ...options.parameters },
			credentials: tokenCredentials(),
			input: options.input,
			continueOnFail: options.continueOnFail,
			packageDir: FIXTURE_PACKAGE,
		});

	it('puts a generic credential’s query token on the wire and pairs each output with its input', async () => {
		const run = await runEcho({ input: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] });

		expect(run.error).toBeUndefined();
		expect(run.nodeName).toBe('Harness Echo');
		expect(run.items().map((item) => [item.json, item.pairedItem])).toEqual([
			[{ id: 'a' }, { item: 0 }],
			[{ id: 'b' }, { item: 1 }],
			[{ id: 'c' }, { item: 2 }],
		]);
		expect(requests.map(({ path, query }) => [path, query])).toEqual([
			['/echo', { id: 'a', token: RIGHT_TOKEN }],
			['/echo', { id: 'b', token: RIGHT_TOKEN }],
			['/echo', { id: 'c', token: RIGHT_TOKEN }],
		]);
	});

	it('puts the header set by a function-type authenticate on the wire', async () => {
		const run = await runNode({
			type: ECHO_NODE,
			parameters: { authentication: 'header', id: 'x' },
			credentials: { harnessHeaderApi: { baseUrl, apiKey: RIGHT_KEY } },
			packageDir: FIXTURE_PACKAGE,
		});

		expect(run.error).toBeUndefined();
		expect(run.items()).toEqual([{ json: { id: 'x' }, pairedItem: { item: 0 } }]);
		expect(requests).toHaveLength(1);
		expect(requests[0].headers['x-api-key']).toBe(RIGHT_KEY);
		expect(requests[0].query.token).toBeUndefined();
	});

	it('fails the run with the NodeApiError the node threw on a 404', async () => {
		const run = await runEcho({ input: [{ id: 'a' }, { id: 'missing' }] });

		expect(run.error).toBeInstanceOf(NodeApiError);
		expect((run.error as NodeApiError).httpCode).toBe('404');
		expect(run.raw.status).toBe('error');
		expect(() => run.items()).toThrow(/Harness Echo/);
	});

	it('turns the error into an item paired with its input when the node continues on failure', async () => {
		const run = await runEcho({
			input: [{ id: 'a' }, { id: 'missing' }, { id: 'c' }],
			continueOnFail: true,
		});

		expect(run.error).toBeUndefined();
		const items = run.items();
		expect(items).toHaveLength(3);
		expect(items[1].json.error).toEqual(expect.stringContaining('could not be found'));
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	it('returns binary output with file name, MIME type and readable bytes', async () => {
		const run = await runEcho({ parameters: { operation: 'download' }, input: [{ id: 'pdf-1' }] });

		expect(run.error).toBeUndefined();
		const [item] = run.items();
		expect(item.binary?.data).toMatchObject({ fileName: 'echo.json', mimeType: 'application/json' });
		expect(JSON.parse((await run.readBinary(item)).toString('utf8'))).toEqual({ id: 'pdf-1' });
	});

	it('hands binary input to the node through the binary data service', async () => {
		const pdf = Buffer.from('%PDF-1.4\n% harness test file\n');
		const run = await runNode({
			type: ECHO_NODE,
			parameters: { operation: 'upload', id: 'inv-7', binaryPropertyName: 'invoice' },
			credentials: tokenCredentials(),
			binaryInput: [{ invoice: { data: pdf, fileName: 'invoice.pdf', mimeType: 'application/pdf' } }],
			packageDir: FIXTURE_PACKAGE,
		});

		expect(run.error).toBeUndefined();
		expect(requests[0].body.equals(pdf)).toBe(true);
		expect(run.items()[0].json).toEqual({
			id: 'inv-7',
			fileName: 'invoice.pdf',
			contentType: 'application/pdf',
			size: pdf.length,
		});
	});

	it('runs a workflow as the editor exports it, starting from its manual trigger', async () => {
		const nodes: INode[] = [
			{
				id: '0b6f3c9e-1',
				name: MANUAL_TRIGGER_NAME,
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: '0b6f3c9e-2',
				name: 'Fetch echo',
				type: ECHO_NODE,
				typeVersion: 1,
				position: [220, 0],
				parameters: { id: 'from-workflow' },
				credentials: { harnessTokenApi: { id: '1', name: 'Harness account' } },
			},
		];
		const connections = {
			[MANUAL_TRIGGER_NAME]: { main: [[{ node: 'Fetch echo', type: 'main' as const, index: 0 }]] },
		};

		const run = await runWorkflow(
			{ nodes, connections },
			{ credentials: tokenCredentials(), packageDir: FIXTURE_PACKAGE },
		);

		expect(run.error).toBeUndefined();
		expect(run.output(MANUAL_TRIGGER_NAME)).toEqual([{ json: {}, pairedItem: { item: 0 } }]);
		expect(run.output('Fetch echo')).toEqual([{ json: { id: 'from-workflow' }, pairedItem: { item: 0 } }]);
		expect(nodes[1].parameters).toEqual({ id: 'from-workflow' });
	});

	it('refuses, as n8n does, to run a node whose required parameter is empty, naming it', async () => {
		const run = await runEcho({ parameters: { id: '' } });

		expect(run.error).toBeInstanceOf(WorkflowHasIssuesError);
		expect(run.error?.message).toContain('"Harness Echo":{"parameters":{"id":["Parameter \\"ID\\" is required."]}}');
		expect(run.raw.status).toBe('error');
		expect(requests).toHaveLength(0);
	});

	describe('testCredential', () => {
		const test = async (type: string, data: Record<string, string>) =>
			await testCredential(type, data, { packageDir: FIXTURE_PACKAGE });

		it('answers OK when the service accepts the credential', async () => {
			await expect(test('harnessTokenApi', { baseUrl, token: RIGHT_TOKEN })).resolves.toEqual({
				status: 'OK',
				message: 'Connection successful!',
			});
			expect(requests[0]).toMatchObject({ path: '/me', query: { token: RIGHT_TOKEN } });
		});

		// n8n 2.8's tester looks for the HTTP response on `error.cause`, which NodeApiError (n8n-workflow
		// 2.8.0) no longer carries, so its responseCode rules never fire: the editor shows the error's message.
		it('answers a rejected token with the NodeApiError’s message, as n8n 2.8 does', async () => {
			await expect(test('harnessTokenApi', { baseUrl, token: 'wrong' })).resolves.toEqual({
				status: 'Error',
				message: 'Authorization failed - please check your credentials',
			});
		});

		it('answers with the responseSuccessBody rule’s message when the body says so', async () => {
			await expect(test('harnessHeaderApi', { baseUrl, apiKey: 'wrong' })).resolves.toEqual({
				status: 'Error',
				message: 'The API key was not accepted',
			});
			await expect(test('harnessHeaderApi', { baseUrl, apiKey: RIGHT_KEY })).resolves.toEqual({
				status: 'OK',
				message: 'Connection successful!',
			});
		});

		it('answers with a different error when nothing listens at the address', async () => {
			const unreachable = `http://127.0.0.1:${await closedPort()}`;
			const result = await test('harnessTokenApi', { baseUrl: unreachable, token: RIGHT_TOKEN });

			expect(result).toEqual({
				status: 'Error',
				message: 'The service refused the connection - perhaps it is offline',
			});
		});
	});
});
