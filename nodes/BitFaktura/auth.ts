import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

/*
 * Where a BitFaktura request goes and which of the credential's two tokens it carries
 * (docs/services/bitfaktura.md, "Hosts, formats, auth"). The credential applies these rules and the
 * transport picks its base URL from them, so the two can never disagree about a host.
 */

/** The brands of the same engine: accounts at `{prefix}.{brand}`, partner calls at `app.{brand}`. */
const BRANDS = ['bitfaktura.com.ua', 'fakturownia.pl', 'invoiceocean.com', 'vosfactures.fr'];

/**
 * `mycompany` → https://mycompany.bitfaktura.com.ua; a host or full URL serves the other brands of the same
 * engine (fakturownia.pl, invoiceocean.com, vosfactures.fr) and the local sandbox.
 */
export function accountBaseUrl(account: string): string {
	const value = account.trim();
	if (/^https?:\/\//i.test(value)) return value.replace(/\/+$/, '');
	if (value.includes('.')) return `https://${value.replace(/\/+$/, '')}`;
	return `https://${value}.bitfaktura.com.ua`;
}

function hostOf(url: string): string | undefined {
	try {
		return new URL(url).hostname.toLowerCase();
	} catch {
		return undefined;
	}
}

/**
 * Login, user creation and account creation live on the brand's central app address, not on an account's
 * (`https://app.bitfaktura.com.ua/login.json`). An address of no known brand (a sandbox, a proxy) serves
 * them itself.
 */
export function partnerBaseUrl(account: string): string {
	const base = accountBaseUrl(account);
	const host = hostOf(base) ?? '';
	const brand = BRANDS.find((domain) => host.endsWith(`.${domain}`));
	return brand === undefined ? base : `https://app.${brand}`;
}

interface Tokens {
	apiToken: boolean;
	integrationToken: boolean;
}

/**
 * The partner calls and the tokens the API pages show for each. Login and user creation carry the
 * integration token alone; account creation also sends the partner's API token.
 */
const PARTNER_CALLS: Readonly<Record<string, Tokens>> = {
	'POST /login.json': { apiToken: false, integrationToken: true },
	'POST /users.json': { apiToken: false, integrationToken: true },
	'POST /account.json': { apiToken: true, integrationToken: true },
};

/** Reading the account is the one call to an account's own address that also carries the integration token. */
const ACCOUNT_CALLS_WITH_INTEGRATION: Readonly<Record<string, Tokens>> = {
	'GET /account.json': { apiToken: true, integrationToken: true },
};

const ACCOUNT_CALL: Tokens = { apiToken: true, integrationToken: false };

/** The path of `target` below `base`, or undefined when `target` is not at that address. */
function pathBelow(base: string, target: URL): string | undefined {
	let root: URL;
	try {
		root = new URL(base);
	} catch {
		return undefined;
	}
	if (root.origin !== target.origin) return undefined;
	const prefix = root.pathname.replace(/\/+$/, '');
	return target.pathname.startsWith(`${prefix}/`) ? target.pathname.slice(prefix.length) : undefined;
}

/**
 * The tokens a request carries, under their wire names: none at all when it is bound anywhere but the
 * account's address or, for a partner call, the brand's app address.
 */
export function tokensFor(credentials: ICredentialDataDecryptedObject, method: string, target: URL): IDataObject {
	const account = String(credentials.account ?? '');
	const partnerPath = pathBelow(partnerBaseUrl(account), target);
	const accountPath = pathBelow(accountBaseUrl(account), target);
	const call = `${method.toUpperCase()} `;
	const tokens =
		(partnerPath === undefined ? undefined : PARTNER_CALLS[call + partnerPath]) ??
		(accountPath === undefined ? undefined : (ACCOUNT_CALLS_WITH_INTEGRATION[call + accountPath] ?? ACCOUNT_CALL));
	if (tokens === undefined) return {};
	const carried: IDataObject = {};
	const apiToken = String(credentials.apiToken ?? '');
	const integrationToken = String(credentials.integrationToken ?? '');
	if (tokens.apiToken && apiToken !== '') carried.api_token = apiToken;
	if (tokens.integrationToken && integrationToken !== '') carried.integration_token = integrationToken;
	return carried;
}
