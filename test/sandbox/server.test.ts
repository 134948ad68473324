import { createRouter, sendBytes, sendJson, startServer } from './server';
import type { ServerResponse } from 'node:http';
import type { RecordedRequest, RunningServer } from './server';
import { parseMultipart } from './multipart';

describe('sandbox server base', () => {
	let server: RunningServer;

	beforeEach(async () => {
		server = await startServer(
			createRouter(
				[
					{ method: 'GET', path: '/things/:id.json', handle: (_request, res, params) => sendJson(res, 200, params) },
					{
						method: 'GET',
						path: '/things/:id.bin',
						handle: (_request, res) => sendBytes(res, 200, 'application/octet-stream', Buffer.from([1, 2]), { 'X-Kind': 'bin' }),
					},
					{ method: 'POST', path: '/things.json', handle: (request, res) => sendJson(res, 201, request.body) },
				],
				(_request, res) => sendJson(res, 404, { fallback: true }),
			),
		);
	});

	afterEach(() => server.close());

	it('listens on 127.0.0.1 with an ephemeral port', () => {
		expect(server.baseUrl).toBe(`http://127.0.0.1:${server.port}`);
		expect(server.port).toBeGreaterThan(0);
	});

	it('records the request as it came over the wire', async () => {
		await fetch(`${server.baseUrl}/things.json?kinds[]=vat&kinds[]=bill&page=2&single[]=x`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json; charset=utf-8', 'X-Custom': 'Yes' },
			body: '{"a":1}',
		});
		const [request] = server.requests;
		expect(request).toMatchObject({
			method: 'POST',
			path: '/things.json',
			query: { 'kinds[]': ['vat', 'bill'], page: '2', 'single[]': ['x'] },
			body: { a: 1 },
			contentType: 'application/json',
		});
		expect(request?.headers['x-custom']).toBe('Yes');
		expect(request?.rawBody.toString()).toBe('{"a":1}');
	});

	it('routes by method and path and passes placeholders', async () => {
		const one = await fetch(`${server.baseUrl}/things/42.json`);
		expect(await one.json()).toEqual({ id: '42' });
		const bytes = await fetch(`${server.baseUrl}/things/42.bin`);
		expect(bytes.headers.get('x-kind')).toBe('bin');
		expect(Buffer.from(await bytes.arrayBuffer())).toEqual(Buffer.from([1, 2]));
		const wrongMethod = await fetch(`${server.baseUrl}/things/42.json`, { method: 'DELETE' });
		expect(wrongMethod.status).toBe(404);
		expect(await wrongMethod.json()).toEqual({ fallback: true });
	});

	it('answers 400 to a malformed JSON body and still records it', async () => {
		const response = await fetch(`${server.baseUrl}/things.json`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: '{"a":',
		});
		expect(response.status).toBe(400);
		expect(server.requests).toHaveLength(1);
		expect(server.requests[0]?.body).toBeUndefined();
	});

	it('hands a malformed JSON body to the handler unparsed when asked to', async () => {
		const echo = (request: RecordedRequest, res: ServerResponse) =>
			sendJson(res, 200, { body: request.body ?? null, raw: request.rawBody.toString() });
		const raw = await startServer(echo, { parseJson: false });
		try {
			const response = await fetch(`${raw.baseUrl}/things.json`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: '{"a":',
			});
			expect(response.status).toBe(200);
			expect(await response.json()).toEqual({ body: null, raw: '{"a":' });
		} finally {
			await raw.close();
		}
	});

	it('reads multipart bodies with files and fields', async () => {
		const form = new FormData();
		form.append('api_token', 't');
		form.append('department[logo]', new Blob([Buffer.from('PNGDATA')], { type: 'image/png' }), 'logo.png');
		await fetch(`${server.baseUrl}/things.json`, { method: 'POST', body: form });
		const [request] = server.requests;
		const parts = parseMultipart(request?.rawBody ?? Buffer.alloc(0), request?.headers['content-type'] ?? '');
		expect(parts?.map((part) => [part.name, part.fileName, part.contentType, part.data.toString()])).toEqual([
			['api_token', undefined, undefined, 't'],
			['department[logo]', 'logo.png', 'image/png', 'PNGDATA'],
		]);
	});
});
