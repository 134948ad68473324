/**
 * The account and the partner calls (API page, BitFaktura README, Fakturownia README). Login, user creation
 * and account creation live on the app host in reality (`app.bitfaktura.com.ua`); the sandbox serves them on
 * its one base URL.
 */
import { isBlank } from './attributes';
import type { Endpoint } from './endpoint';
import { json } from './endpoint';
import { ApiError, BLANK, FieldErrors, TAKEN, unauthorized } from './errors';
import { DEFAULT_CURRENCY, DEFAULT_LANG } from './invoiceRules';
import type { Params } from './params';
import { isRecord, textParam, wrapperOf } from './params';
import { OWNER_LOGIN } from './store';
import type { Store, UserRecord } from './store';
import { randomToken } from './tokens';

/**
 * Partner calls carry `integration_token` in the body (API page); a missing or wrong one is refused like a
 * bad api_token.
 */
function requireIntegrationToken(store: Store, params: Params): void {
	if (params.integration_token !== store.integrationToken) throw unauthorized();
}

/**
 * `GET /account.json?api_token=…&integration_token=…`. Decision: only the api_token is checked. The
 * Fakturownia and VosFactures READMEs show the call with `integration_token=` left empty and plain clients
 * call it with the api_token alone (as a connection test), so the integration token cannot be what authorises
 * it. Fields are INFERRED.
 */
const accountInfo: Endpoint = {
	method: 'GET',
	path: '/account.json',
	action: ({ store }) =>
		json(200, {
			prefix: store.prefix,
			name: 'Sandbox Account',
			url: store.baseUrl,
			login: OWNER_LOGIN,
			email: OWNER_LOGIN,
			lang: DEFAULT_LANG,
			currency: DEFAULT_CURRENCY,
		}),
};

/**
 * A prefix already taken gets a suffix: "the prefix or login may differ from the one asked for if it is
 * taken" (BitFaktura and Fakturownia READMEs).
 */
function freePrefix(store: Store, wanted: string): string {
	const taken = new Set([store.prefix, ...store.partnerAccounts.all().map((account) => account.prefix)]);
	let candidate = wanted;
	for (let suffix = 2; taken.has(candidate); suffix += 1) candidate = `${wanted}${suffix}`;
	return candidate;
}

/**
 * `POST /account.json {account:{prefix}, user?, company?, integration_token}` → `{prefix, api_token, url,
 * login, email}` (BitFaktura and Fakturownia READMEs). INFERRED: 201 like every other create.
 */
const createAccount: Endpoint = {
	method: 'POST',
	path: '/account.json',
	withoutApiToken: true,
	action: ({ store, params }) => {
		requireIntegrationToken(store, params);
		const account = wrapperOf(params, 'account');
		const user = isRecord(params.user) ? params.user : {};
		const errors = new FieldErrors();
		if (isBlank(account.prefix)) errors.add('prefix', BLANK);
		errors.throwIfAny();
		const prefix = freePrefix(store, String(account.prefix));
		const now = store.now();
		const created = store.partnerAccounts.insert({
			id: store.partnerAccounts.allocateId(),
			prefix,
			api_token: randomToken(20),
			url: `https://${prefix}.bitfaktura.com.ua`,
			login: isBlank(user.login) ? prefix : String(user.login),
			email: isBlank(user.email) ? '' : String(user.email),
			company: isRecord(params.company) ? params.company : null,
			created_at: now,
			updated_at: now,
		});
		const { prefix: answeredPrefix, api_token, url, login, email } = created;
		return json(201, { prefix: answeredPrefix, api_token, url, login, email });
	},
};

function findUser(store: Store, login: string | undefined): UserRecord | undefined {
	return store.users.all().find((user) => user.login === login || user.email === login);
}

/** `api_token` only when the user has one (BitFaktura and Fakturownia READMEs). */
function loginAnswer(store: Store, user: UserRecord): Record<string, unknown> {
	const answer: Record<string, unknown> = {
		login: user.login,
		email: user.email,
		prefix: store.prefix,
		url: store.baseUrl,
		first_name: user.first_name,
		last_name: user.last_name,
	};
	if (user.api_token !== null) answer.api_token = user.api_token;
	return answer;
}

/** `POST /login.json {login, password, integration_token}`; a wrong password is a 401 (text INFERRED). */
const login: Endpoint = {
	method: 'POST',
	path: '/login.json',
	withoutApiToken: true,
	action: ({ store, params }) => {
		requireIntegrationToken(store, params);
		const user = findUser(store, textParam(params, 'login'));
		if (user === undefined || user.password !== textParam(params, 'password')) {
			throw new ApiError(401, { code: 'error', message: 'Invalid login or password' });
		}
		return json(200, loginAnswer(store, user));
	},
};

/** `POST /users.json {user:{email, password}, integration_token}` (API page); answer fields INFERRED. */
const createUser: Endpoint = {
	method: 'POST',
	path: '/users.json',
	withoutApiToken: true,
	action: ({ store, params }) => {
		requireIntegrationToken(store, params);
		const attributes = wrapperOf(params, 'user');
		const errors = new FieldErrors();
		if (isBlank(attributes.email)) errors.add('email', BLANK);
		else if (findUser(store, String(attributes.email)) !== undefined) errors.add('email', TAKEN);
		if (isBlank(attributes.password)) errors.add('password', BLANK);
		errors.throwIfAny();
		const now = store.now();
		const user = store.users.insert({
			id: store.users.allocateId(),
			login: isBlank(attributes.login) ? String(attributes.email) : String(attributes.login),
			email: String(attributes.email),
			password: String(attributes.password),
			first_name: isBlank(attributes.first_name) ? null : String(attributes.first_name),
			last_name: isBlank(attributes.last_name) ? null : String(attributes.last_name),
			api_token: null,
			created_at: now,
			updated_at: now,
		});
		const { password: _password, ...visible } = user;
		return json(201, visible);
	},
};

export const accountEndpoints: Endpoint[] = [accountInfo, createAccount, login, createUser];
