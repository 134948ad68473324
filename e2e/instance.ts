/**
 * A running `n8n start`: waiting until its REST API answers, setting up the owner, and a logged-in
 * session for the calls the editor makes.
 */
/** A local, throwaway instance: these are printed for the user, not secrets of anything real. */
export const OWNER = { email: 'owner@example.com', firstName: 'Sandbox', lastName: 'Owner', password: 'Sandbox-owner-1' };

/** `/healthz` answers before the REST API is mounted, so readiness is the public settings endpoint. */
export async function waitForRestApi(url: string, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const ready = await fetch(`${url}/rest/settings`).then((response) => response.ok, () => false);
		if (ready) return;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`n8n did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/** Sets up the owner and returns the session cookie n8n issued for it. */
export async function setUpOwner(url: string): Promise<string> {
	const response = await fetch(`${url}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify(OWNER),
	});
	if (!response.ok) throw new Error(`owner setup answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
	return (response.headers.get('set-cookie') ?? '').split(';')[0];
}

/** A GET as the logged-in owner. */
export async function getAsOwner(url: string, cookie: string, pathname: string): Promise<Response> {
	return await fetch(`${url}${pathname}`, { headers: { Cookie: cookie } });
}
