import { request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { sendBytes, sendJson, startRecorder, startServer } from './server';
import type { RequestHandler, RunningServer } from './server';

/** What a client saw: the status and headers if they came, the body bytes that came, and how it ended. */
interface Outcome {
	status: number | undefined;
	headers: IncomingHttpHeaders;
	body: Buffer;
	/** The whole body promised by the headers arrived. */
	complete: boolean;
	error: (Error & { code?: string }) | undefined;
}

interface CallOptions {
	method?: string;
	headers?: Record<string, string>;
	body?: string;
	/** The client gives up after this long without an answer. */
	timeoutMs?: number;
}

/** Raw HTTP on a fresh connection each time, so a cut socket never spills into the next request. */
function call(url: string, options: CallOptions = {}): Promise<Outcome> {
	return new Promise((resolve) => {
		const outcome: Outcome = { status: undefined, headers: {}, body: Buffer.alloc(0), complete: false, error: undefined };
		const chunks: Buffer[] = [];
		const finish = () => resolve({ ...outcome, body: Buffer.concat(chunks) });
		const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers, agent: false }, (res) => {
			outcome.status = res.statusCode;
			outcome.headers = res.headers;
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('error', (error) => (outcome.error ??= error));
			res.on('close', () => {
				outcome.complete = res.complete;
				finish();
			});
		});
		req.on('error', (error) => {
			outcome.error ??= error;
			if (outcome.status === undefined) finish();
		});
		if (options.timeoutMs !== undefined) req.setTimeout(options.timeoutMs, () => req.destroy(new Error('client timeout')));
		req.end(options.body);
	});
}

const post = (url: string) =>
	call(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"buyer":"Firma Testowa"}' });

function parses(body: Buffer): boolean {
	try {
		JSON.parse(body.toString('utf8'));
		return true;
	} catch {
		return false;
	}
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sandbox fault layer', () => {
	let server: RunningServer;
	let created: number;
	const invoice = (id: number) => ({ id, number: `FV ${id}/01/2024`, buyer_name: 'Firma Testowa sp. z o.o.' });
	const fullInvoiceAnswer = (id: number) => Buffer.from(JSON.stringify(invoice(id)), 'utf8');

	const handler: RequestHandler = (request, res) => {
		if (request.method === 'POST' && request.path === '/invoices') {
			created += 1;
			return sendJson(res, 201, invoice(created));
		}
		if (request.method === 'GET' && request.path === '/invoices') return sendJson(res, 200, { count: created });
		// The way a handler answers without the helpers.
		if (request.path === '/raw') {
			res.writeHead(202, { 'Content-Type': 'text/plain', 'X-Raw': 'yes' });
			return void res.end('abcdefgh');
		}
		sendBytes(res, 404, 'text/plain', Buffer.from('not found'));
	};

	beforeEach(async () => {
		created = 0;
		server = await startServer(handler);
	});

	afterEach(() => server.close());

	it('passes every request to the service while no fault is set', async () => {
		const answer = await post(`${server.baseUrl}/invoices`);
		expect(answer.status).toBe(201);
		expect(answer.body).toEqual(fullInvoiceAnswer(1));
		expect(created).toBe(1);
	});

	describe('faults answering in place of the service', () => {
		it('answers a given status, headers and body without running the service', async () => {
			const rule = server.faults.inject({
				fault: { kind: 'status', status: 503, headers: { 'X-Reason': 'overload' }, body: 'busy', contentType: 'text/plain' },
			});
			const answer = await post(`${server.baseUrl}/invoices`);
			expect(answer).toMatchObject({ status: 503, complete: true });
			expect(answer.headers['x-reason']).toBe('overload');
			expect(answer.headers['content-type']).toBe('text/plain');
			expect(answer.body.toString()).toBe('busy');
			expect(created).toBe(0);
			// Still recorded, with its body parsed, though the service never saw it.
			expect(server.requests).toHaveLength(1);
			expect(server.requests[0]?.body).toEqual({ buyer: 'Firma Testowa' });
			expect(rule.hits).toBe(1);
		});

		it('lets the service act first and replaces its answer when act is true', async () => {
			server.faults.inject({ act: true, fault: { kind: 'status', status: 502 } });
			const answer = await post(`${server.baseUrl}/invoices`);
			expect(answer.status).toBe(502);
			expect(answer.body).toHaveLength(0);
			expect(created).toBe(1);
			const next = await post(`${server.baseUrl}/invoices`);
			expect(next.body).toEqual(fullInvoiceAnswer(2));
		});

		it('serves an HTML page, 200 unless told otherwise', async () => {
			server.faults.inject({ times: 2, fault: { kind: 'html' } });
			const plain = await call(`${server.baseUrl}/invoices`);
			expect(plain.status).toBe(200);
			expect(plain.headers['content-type']).toMatch(/^text\/html/);
			expect(plain.body.toString()).toMatch(/^<!DOCTYPE html>/);
			expect(parses(plain.body)).toBe(false);
			server.faults.clear();
			server.faults.inject({ fault: { kind: 'html', status: 503 } });
			expect((await call(`${server.baseUrl}/invoices`)).status).toBe(503);
		});

		it("serves Cloudflare's block page", async () => {
			server.faults.inject({ fault: { kind: 'cloudflare' } });
			const answer = await post(`${server.baseUrl}/invoices`);
			expect(answer.status).toBe(403);
			expect(answer.headers['content-type']).toMatch(/^text\/html/);
			expect(answer.headers.server).toBe('cloudflare');
			const ray = answer.headers['cf-ray'];
			expect(ray).toMatch(/^[0-9a-f]{16}-[A-Z]{3}$/);
			const page = answer.body.toString();
			expect(page).toContain('<title>Attention Required! | Cloudflare</title>');
			expect(page).toContain('Sorry, you have been blocked');
			expect(page).toContain(String(ray).split('-')[0]);
			expect(created).toBe(0);
		});

		it('answers zero bytes declared JSON', async () => {
			server.faults.inject({ fault: { kind: 'empty' } });
			server.faults.inject({ nth: 2, fault: { kind: 'empty', status: 204, contentType: 'text/plain' } });
			const empty = await call(`${server.baseUrl}/invoices`);
			expect(empty).toMatchObject({ status: 200, complete: true });
			expect(empty.headers['content-type']).toBe('application/json');
			expect(empty.headers['content-length']).toBe('0');
			expect(empty.body).toHaveLength(0);
			const second = await call(`${server.baseUrl}/invoices`);
			expect(second.status).toBe(204);
			expect(second.headers['content-type']).toBe('text/plain');
		});

		it('answers a JSON content type over a body that is not JSON', async () => {
			server.faults.inject({ fault: { kind: 'malformed', status: 201 } });
			const answer = await post(`${server.baseUrl}/invoices`);
			expect(answer).toMatchObject({ status: 201, complete: true });
			expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
			expect(answer.body.length).toBeGreaterThan(0);
			expect(parses(answer.body)).toBe(false);
		});

		it('redirects, and a recorder on another origin takes what follows', async () => {
			const recorder = await startRecorder();
			try {
				server.faults.inject({ fault: { kind: 'redirect', status: 307, location: `${recorder.baseUrl}/elsewhere` } });
				const raw = await call(`${server.baseUrl}/invoices`);
				expect(raw.status).toBe(307);
				expect(raw.headers.location).toBe(`${recorder.baseUrl}/elsewhere`);
				expect(recorder.requests).toHaveLength(0);

				server.faults.inject({ fault: { kind: 'redirect', status: 302, location: `${recorder.baseUrl}/landed?x=1` } });
				const followed = await fetch(`${server.baseUrl}/invoices`, { headers: { Authorization: 'Bearer secret' } });
				expect(followed.status).toBe(200);
				expect(await followed.json()).toEqual({});
				expect(recorder.baseUrl).not.toBe(server.baseUrl);
				expect(recorder.requests.map((request) => [request.method, request.path, request.query])).toEqual([
					['GET', '/landed', { x: '1' }],
				]);
			} finally {
				await recorder.close();
			}
		});
	});

	describe('faults passing the service answer on', () => {
		it('cuts the answer to its first half inside a complete HTTP response', async () => {
			server.faults.inject({ fault: { kind: 'truncated' } });
			const answer = await post(`${server.baseUrl}/invoices`);
			const full = fullInvoiceAnswer(1);
			expect(created).toBe(1);
			expect(answer).toMatchObject({ status: 201, complete: true, error: undefined });
			expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
			expect(answer.headers['content-length']).toBe(String(Math.floor(full.length / 2)));
			expect(answer.body).toEqual(full.subarray(0, Math.floor(full.length / 2)));
			expect(parses(answer.body)).toBe(false);
		});

		it('truncates an answer written with writeHead and end, keeping its headers, or under another status', async () => {
			server.faults.inject({ fault: { kind: 'truncated' } });
			server.faults.inject({ nth: 2, fault: { kind: 'truncated', status: 200 } });
			const answer = await call(`${server.baseUrl}/raw`);
			expect(answer.status).toBe(202);
			expect(answer.headers['x-raw']).toBe('yes');
			expect(answer.headers['content-type']).toBe('text/plain');
			expect(answer.body.toString()).toBe('abcd');
			const restatused = await call(`${server.baseUrl}/raw`);
			expect(restatused.status).toBe(200);
			expect(restatused.body.toString()).toBe('abcd');
		});

		it('sends the headers with the full length and half the body, then cuts the connection', async () => {
			server.faults.inject({ fault: { kind: 'resetMidBody' } });
			const answer = await post(`${server.baseUrl}/invoices`);
			const full = fullInvoiceAnswer(1);
			expect(created).toBe(1);
			expect(answer.status).toBe(201);
			expect(answer.headers['content-length']).toBe(String(full.length));
			expect(answer.body).toEqual(full.subarray(0, Math.floor(full.length / 2)));
			expect(answer.complete).toBe(false);
			expect(answer.error).toBeDefined();
		});

		it('delays the answer, then the service answers as usual', async () => {
			server.faults.inject({ fault: { kind: 'delay', ms: 250 } });
			const started = Date.now();
			const answer = await post(`${server.baseUrl}/invoices`);
			expect(Date.now() - started).toBeGreaterThanOrEqual(240);
			expect(answer.status).toBe(201);
			expect(answer.body).toEqual(fullInvoiceAnswer(1));
			const started2 = Date.now();
			await call(`${server.baseUrl}/invoices`);
			expect(Date.now() - started2).toBeLessThan(200);
		});
	});

	describe('faults cutting the connection', () => {
		it('never answers, so the client gives up; the service acts only when act is true', async () => {
			server.faults.inject({ fault: { kind: 'noAnswer' } });
			server.faults.inject({ nth: 2, act: true, fault: { kind: 'noAnswer' } });
			const first = await call(`${server.baseUrl}/invoices`, { method: 'POST', timeoutMs: 200 });
			expect(first.status).toBeUndefined();
			expect(first.error?.message).toBe('client timeout');
			expect(created).toBe(0);
			const second = await call(`${server.baseUrl}/invoices`, { method: 'POST', timeoutMs: 200 });
			expect(second.status).toBeUndefined();
			expect(second.error?.message).toBe('client timeout');
			expect(created).toBe(1);
		});

		it('resets the connection without an answer; the service acts only when act is true', async () => {
			server.faults.inject({ fault: { kind: 'reset' } });
			server.faults.inject({ nth: 2, act: true, fault: { kind: 'reset' } });
			const first = await post(`${server.baseUrl}/invoices`);
			expect(first.status).toBeUndefined();
			expect(first.error?.code).toBe('ECONNRESET');
			expect(created).toBe(0);
			const second = await post(`${server.baseUrl}/invoices`);
			expect(second.status).toBeUndefined();
			expect(second.error?.code).toBe('ECONNRESET');
			expect(created).toBe(1);
		});

		// Their own server, as they close it themselves.
		it('closes promptly with a request left unanswered', async () => {
			const own = await startServer(handler);
			own.faults.inject({ fault: { kind: 'noAnswer' } });
			const pending = post(`${own.baseUrl}/invoices`);
			while (own.requests.length === 0) await sleep(5);
			const started = Date.now();
			await own.close();
			expect(Date.now() - started).toBeLessThan(500);
			const answer = await pending;
			expect(answer.status).toBeUndefined();
			expect(answer.error).toBeDefined();
		});

		it('drops a pending delay on close, so the service never runs after it', async () => {
			const own = await startServer(handler);
			own.faults.inject({ fault: { kind: 'delay', ms: 200 } });
			const pending = post(`${own.baseUrl}/invoices`);
			while (own.requests.length === 0) await sleep(5);
			await own.close();
			expect((await pending).status).toBeUndefined();
			await sleep(300);
			expect(created).toBe(0);
		});
	});

	describe('which requests a rule answers', () => {
		it('answers the nth matching request and the times-1 after it', async () => {
			const rule = server.faults.inject({ nth: 2, times: 2, fault: { kind: 'status', status: 500 } });
			const statuses = [];
			for (let i = 0; i < 5; i += 1) statuses.push((await call(`${server.baseUrl}/invoices`)).status);
			expect(statuses).toEqual([200, 500, 500, 200, 200]);
			expect(rule.hits).toBe(2);
		});

		it('keeps answering with times Infinity', async () => {
			const rule = server.faults.inject({ times: Infinity, fault: { kind: 'status', status: 503 } });
			for (let i = 0; i < 4; i += 1) expect((await call(`${server.baseUrl}/invoices`)).status).toBe(503);
			expect(rule.hits).toBe(4);
		});

		it('matches the method in any case and the path as a prefix without the query', async () => {
			const rule = server.faults.inject({ method: 'post', path: '/inv', times: Infinity, fault: { kind: 'status', status: 500 } });
			expect((await call(`${server.baseUrl}/invoices?page=2`)).status).toBe(200);
			expect((await post(`${server.baseUrl}/invoices?page=2`)).status).toBe(500);
			expect((await post(`${server.baseUrl}/raw`)).status).toBe(202);
			expect(rule.hits).toBe(1);
			server.faults.clear();
			const withQuery = server.faults.inject({ path: '/invoices?page', fault: { kind: 'status', status: 500 } });
			expect((await call(`${server.baseUrl}/invoices?page=2`)).status).toBe(200);
			expect(withQuery.hits).toBe(0);
		});

		it('tests a RegExp against the path', async () => {
			const rule = server.faults.inject({ path: /^\/raw$/, times: Infinity, fault: { kind: 'status', status: 418 } });
			expect((await call(`${server.baseUrl}/raw`)).status).toBe(418);
			expect((await call(`${server.baseUrl}/rawer`)).status).toBe(404);
			expect((await call(`${server.baseUrl}/invoices`)).status).toBe(200);
			expect(rule.hits).toBe(1);
		});

		it('counts only matching requests towards nth', async () => {
			server.faults.inject({ method: 'POST', nth: 2, fault: { kind: 'status', status: 500 } });
			expect((await post(`${server.baseUrl}/invoices`)).status).toBe(201);
			expect((await call(`${server.baseUrl}/invoices`)).status).toBe(200);
			expect((await post(`${server.baseUrl}/invoices`)).status).toBe(500);
		});

		it('gives a request to the first added rule due, while every matching rule counts it', async () => {
			const first = server.faults.inject({ times: 2, fault: { kind: 'status', status: 500 } });
			const second = server.faults.inject({ nth: 2, times: 2, fault: { kind: 'status', status: 502 } });
			const statuses = [];
			for (let i = 0; i < 4; i += 1) statuses.push((await call(`${server.baseUrl}/invoices`)).status);
			expect(statuses).toEqual([500, 500, 502, 200]);
			expect(first.hits).toBe(2);
			expect(second.hits).toBe(1);
		});

		it('refuses an nth or times that cannot be met', () => {
			expect(() => server.faults.inject({ nth: 0, fault: { kind: 'reset' } })).toThrow(/nth/);
			expect(() => server.faults.inject({ times: 1.5, fault: { kind: 'reset' } })).toThrow(/times/);
		});

		it('removes every rule and the rate limit on clear', async () => {
			server.faults.inject({ times: Infinity, fault: { kind: 'status', status: 500 } });
			server.faults.rateLimit({ requests: 1, perMs: 10_000 });
			expect((await call(`${server.baseUrl}/invoices`)).status).toBe(500);
			expect((await call(`${server.baseUrl}/invoices`)).status).toBe(429);
			server.faults.clear();
			expect((await call(`${server.baseUrl}/invoices`)).status).toBe(200);
			expect((await call(`${server.baseUrl}/invoices`)).status).toBe(200);
		});
	});

	describe('rate limit', () => {
		it('answers 429 with Retry-After over the limit, without reaching the service, and recovers after the window', async () => {
			server.faults.rateLimit({ requests: 2, perMs: 300 });
			expect((await post(`${server.baseUrl}/invoices`)).status).toBe(201);
			expect((await post(`${server.baseUrl}/invoices`)).status).toBe(201);
			const limited = await post(`${server.baseUrl}/invoices`);
			expect(limited.status).toBe(429);
			expect(limited.headers['retry-after']).toBe('1');
			expect(JSON.parse(limited.body.toString())).toEqual({ status: 429, error: 'Too Many Requests' });
			expect(created).toBe(2);
			expect(server.requests).toHaveLength(3);
			expect(server.faults.rateLimited).toBe(1);
			await sleep(320);
			expect((await post(`${server.baseUrl}/invoices`)).status).toBe(201);
			expect(created).toBe(3);
			expect(server.faults.rateLimited).toBe(1);
		});

		it('slides: a slot frees when the oldest request leaves the window', async () => {
			server.faults.rateLimit({ requests: 2, perMs: 300 });
			await call(`${server.baseUrl}/invoices`);
			await sleep(200);
			await call(`${server.baseUrl}/invoices`);
			await sleep(120);
			// The first left the window, the second has not: one slot.
			expect((await call(`${server.baseUrl}/invoices`)).status).toBe(200);
			expect((await call(`${server.baseUrl}/invoices`)).status).toBe(429);
		});

		it('gives the whole seconds until a slot frees', async () => {
			server.faults.rateLimit({ requests: 1, perMs: 2_500 });
			await call(`${server.baseUrl}/invoices`);
			const limited = await call(`${server.baseUrl}/invoices`);
			expect(limited.headers['retry-after']).toBe('3');
		});

		it('is checked before the rules, so a limited request does not use a rule up', async () => {
			server.faults.rateLimit({ requests: 1, perMs: 300 });
			await call(`${server.baseUrl}/raw`);
			const rule = server.faults.inject({ fault: { kind: 'status', status: 500 } });
			expect((await call(`${server.baseUrl}/invoices`)).status).toBe(429);
			expect(rule.hits).toBe(0);
			server.faults.rateLimit(undefined);
			expect((await call(`${server.baseUrl}/invoices`)).status).toBe(500);
			expect(rule.hits).toBe(1);
			expect((await call(`${server.baseUrl}/invoices`)).status).toBe(200);
		});
	});
});
