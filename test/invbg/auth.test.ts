import { byId, createParameters, invoiceFields, useInvBg, v1Credential } from './context';

const inv = useInvBg({ today: '2026-02-10' });

jest.setTimeout(30_000);

const paths = (before: number) => inv.sandbox.requests.slice(before).map((request) => `${request.method} ${request.path}`);

describe('inv.bg API v3 session', () => {
	test('one execution logs in once, with the credential\'s e-mail, password and domain, whatever the number of items', async () => {
		const seeded = inv.sandbox.addInvoice(invoiceFields());
		const before = inv.sandbox.requests.length;
		const logins = inv.sandbox.logins;
		const output = await inv.json({ apiVersion: 'v3', resource: 'invoice', operation: 'get', invoice: byId(seeded.id) }, { input: [{}, {}, {}] });
		expect(output).toHaveLength(3);
		expect(inv.sandbox.logins - logins).toBe(1);
		const [login] = inv.sandbox.requests.slice(before);
		expect(login.path).toBe('/v3/login/token');
		expect(JSON.parse(login.rawBody.toString('utf8'))).toEqual(inv.sandbox.login);
		expect(login.headers.authorization).toBeUndefined();
		expect(paths(before).filter((path) => path === 'POST /v3/login/token')).toHaveLength(1);
	});

	test('an expired token is answered 401, n8n logs in afresh, and the request is sent again and answered', async () => {
		await inv.json({ apiVersion: 'v3', resource: 'bankAccount', operation: 'getMany', returnAll: true });
		const [stale] = [...inv.sandbox.store.tokens.keys()].slice(-1);
		inv.sandbox.expireTokens();
		const before = inv.sandbox.requests.length;
		const output = await inv.json({ apiVersion: 'v3', resource: 'bankAccount', operation: 'getMany', returnAll: true }, { credentials: inv.credentials({ sessionToken: stale }) });
		expect(output.length).toBeGreaterThan(0);
		expect(paths(before)).toEqual(['GET /v3/bank/accounts', 'GET /v3/bank/accounts', 'POST /v3/login/token', 'GET /v3/bank/accounts']);
		const sent = inv.sandbox.requests.slice(before);
		expect(sent[0].headers.authorization).toBe(`Bearer ${stale}`);
		expect(sent[3].headers.authorization).not.toBe(`Bearer ${stale}`);
	});

	test('a write refused for an expired token is done once, with the fresh token', async () => {
		await inv.json({ apiVersion: 'v3', resource: 'bankAccount', operation: 'getMany', returnAll: true });
		const [stale] = [...inv.sandbox.store.tokens.keys()].slice(-1);
		inv.sandbox.expireTokens();
		const count = inv.sandbox.store.invoices.all().length;
		const [created] = await inv.json(createParameters({ buyerName: 'След изтичане ООД' }), { credentials: inv.credentials({ sessionToken: stale }) });
		expect(created).toMatchObject({ buyer: { name: 'След изтичане ООД' } });
		expect(inv.sandbox.store.invoices.all().length).toBe(count + 1);
	});

	test('a 401 that outlives the fresh login fails with HTTP 401 in inv.bg\'s words, after exactly one renewal', async () => {
		const unauthorized = { kind: 'status' as const, status: 401, contentType: 'application/json; charset=utf-8', body: JSON.stringify({ status: 'error', message: 'Token is invalid or expired' }) };
		inv.sandbox.faults.inject({ method: 'GET', path: '/v3/bank/accounts', times: Infinity, fault: unauthorized });
		const before = inv.sandbox.requests.length;
		const run = await inv.run({ apiVersion: 'v3', resource: 'bankAccount', operation: 'getMany', returnAll: true });
		inv.sandbox.faults.clear();
		expect(run.error?.message).toMatch(/^inv\.bg: Token is invalid or expired/);
		expect((run.error as Error & { httpCode?: string }).httpCode).toBe('401');
		expect(paths(before)).toEqual(['POST /v3/login/token', 'GET /v3/bank/accounts', 'GET /v3/bank/accounts', 'POST /v3/login/token', 'GET /v3/bank/accounts']);
	});

	test('the credential\'s language goes with every request, and inv.bg answers in it', async () => {
		const run = await inv.run(createParameters({ buyerDetails: { taxId: '12' } }), { credentials: inv.credentials({ language: 'en' }) });
		expect(run.error?.message).toMatch(/^inv\.bg: To bulstat .*[A-Za-z]/);
		expect(inv.sandbox.requests.at(-1)?.headers['accept-language']).toBe('en');
	});

	test('a wrong password fails every item in the credential\'s words, with HTTP 401, after one login, with no secret shown', async () => {
		const before = inv.sandbox.requests.length;
		const run = await inv.run({ apiVersion: 'v3', resource: 'bankAccount', operation: 'getMany', returnAll: true }, { credentials: inv.credentials({ password: 'wrong-password-77' }) });
		const error = run.error as Error & { description?: string; httpCode?: string };
		expect(error.message).toBe('inv.bg: Wrong username or password. inv.bg knows the company domain but refuses this e-mail and password. Check the password of this inv.bg user.');
		expect(error.httpCode).toBe('401');
		expect(paths(before)).toEqual(['POST /v3/login/token']);
		expect(JSON.stringify(run.raw)).not.toContain('wrong-password-77');
		expect(JSON.stringify(run.raw)).not.toContain(inv.sandbox.login.password);
	});

	test('an unknown company domain is told apart from a wrong password', async () => {
		const run = await inv.run({ apiVersion: 'v3', resource: 'bankAccount', operation: 'getMany', returnAll: true }, { credentials: inv.credentials({ domain: 'no-such-firm' }) });
		expect(run.error?.message).toBe('inv.bg: Firm not found. inv.bg has no company with this domain. Enter the subdomain you log in at, e.g. mycompany for mycompany.inv.bg.');
	});

	test('the token never appears in an output or an error', async () => {
		const run = await inv.run({ apiVersion: 'v3', resource: 'invoice', operation: 'get', invoice: byId(999999) });
		expect(run.error?.message).toBe('inv.bg: Not found');
		const tokens = [...inv.sandbox.store.tokens.keys()];
		const said = JSON.stringify(run.raw);
		for (const token of tokens) expect(said).not.toContain(token);
	});
});

describe('inv.bg API version', () => {
	test('a node set to one version with a credential for the other fails naming both, before anything is sent', async () => {
		const v3Node = await inv.refusedBeforeSending(createParameters(), { credentials: { invBgApi: v1Credential(inv.sandbox) } });
		expect(v3Node.error?.message).toBe('The node is set to API v3 but the credential is for XML API v1');
		const v1Node = await inv.refusedBeforeSending({ ...createParameters(), apiVersion: 'v1', resource: 'document' });
		expect(v1Node.error?.message).toBe('The node is set to XML API v1 but the credential is for API v3');
	});
});
