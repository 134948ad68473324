import { join } from 'node:path';
import type { IDataObject } from 'n8n-workflow';

import { runNode, teardownHarness } from '../harness';
import type { RecordedRequest, RunningServer } from '../sandbox/server';
import { sendJson, startServer } from '../sandbox/server';

const FIXTURE_PACKAGE = join(__dirname, '..', 'harness', 'fixture-package');
const SESSION_NODE = 'n8n-nodes-harness-fixture.harnessSession';
const PASSWORD = 'right-password-1';

/** A service that logs in for session tokens, and refuses any token it did not hand out (401). */
async function startSessionService(): Promise<RunningServer & { records: IDataObject[] }> {
	const tokens = new Set<string>();
	const records: IDataObject[] = [];
	const signedIn = (request: RecordedRequest) => tokens.has((request.headers.authorization ?? '').replace(/^Bearer /, ''));
	const server = await startServer((request, res) => {
		if (request.method === 'POST' && request.path === '/login') {
			const body = request.body as IDataObject;
			if (body.password !== PASSWORD) return sendJson(res, 401, { message: 'Wrong login or password' });
			const token = `session-${tokens.size + 1}`;
			tokens.add(token);
			return sendJson(res, 200, { token });
		}
		if (!signedIn(request)) return sendJson(res, 401, { message: 'Session expired' });
		if (request.method === 'GET') return sendJson(res, 200, { id: request.path.split('/').pop(), name: 'Kept' });
		const record = { id: String(records.length + 1), name: (request.body as IDataObject).name };
		records.push(record);
		return sendJson(res, 201, record);
	});
	return Object.assign(server, { records });
}

const seen = (requests: RecordedRequest[]) => requests.map((request) => `${request.method} ${request.path} ${request.headers.authorization ?? ''}`.trim());

describe('a service whose session token expires', () => {
	let service: Awaited<ReturnType<typeof startSessionService>>;

	beforeEach(async () => {
		service = await startSessionService();
	});
	afterEach(async () => await service.close());
	afterAll(async () => await teardownHarness());

	const credentials = (sessionToken: string, password = PASSWORD) => ({
		harnessSessionApi: { baseUrl: service.baseUrl, login: 'jan', password, sessionToken },
	});

	test('a read refused for an expired token logs in afresh and is answered', async () => {
		const run = await runNode({
			type: SESSION_NODE,
			packageDir: FIXTURE_PACKAGE,
			parameters: { operation: 'get', id: '7' },
			credentials: credentials('session-from-yesterday'),
		});
		expect(run.error).toBeUndefined();
		expect(run.items().map((item) => item.json)).toEqual([{ id: '7', name: 'Kept' }]);
		expect(seen(service.requests)).toEqual([
			'GET /records/7 Bearer session-from-yesterday',
			'GET /records/7 Bearer session-from-yesterday',
			'POST /login',
			'GET /records/7 Bearer session-1',
		]);
	});

	test('a write refused for an expired token is sent again with the fresh one and done once', async () => {
		const run = await runNode({
			type: SESSION_NODE,
			packageDir: FIXTURE_PACKAGE,
			parameters: { operation: 'create', id: 'Invoice 1' },
			credentials: credentials('session-from-yesterday'),
		});
		expect(run.error).toBeUndefined();
		expect(service.records).toEqual([{ id: '1', name: 'Invoice 1' }]);
		expect(seen(service.requests).filter((line) => line.startsWith('POST /records'))).toEqual([
			'POST /records Bearer session-from-yesterday',
			'POST /records Bearer session-from-yesterday',
			'POST /records Bearer session-1',
		]);
	});

	test('a refusal that survives the fresh login is the service’s own, with no secret in it', async () => {
		const run = await runNode({
			type: SESSION_NODE,
			packageDir: FIXTURE_PACKAGE,
			parameters: { operation: 'get', id: '7' },
			credentials: credentials('session-from-yesterday', 'wrong-password-1'),
		});
		expect(run.error?.message).toBe('Harness: Wrong login or password');
		const said = JSON.stringify({ message: run.error?.message, description: (run.error as { description?: string }).description });
		expect(said).not.toContain('wrong-password-1');
		expect(said).not.toContain('session-from-yesterday');
		expect(service.requests.filter((request) => request.path === '/login')).toHaveLength(1);
	});
});
