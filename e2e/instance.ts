/**
 * A running `n8n start`: waiting until its REST API answers, setting up the owner, and a logged-in
 * session for the calls the editor makes.
 */
import type { N8nCli } from './n8n';

/** A local, throwaway instance: these are printed for the user, not secrets of anything real. */
export const OWNER = { email: 'owner@example.com', firstName: 'Sandbox', lastName: 'Owner', password: 'Sandbox-owner-1' };

/** `/healthz` answers before the REST API is mounted, so readiness is the public settings endpoint. */
async function waitForRestApi(url: string, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		// While migrating, n8n answers every path with a 200 HTML page ("n8n is starting up").
		const ready = await fetch(`${url}/rest/settings`).then(
			(response) => response.ok && (response.headers.get('content-type') ?? '').includes('application/json'),
			() => false,
		);
		if (ready) return;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`n8n did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/** Sets up the owner and returns the session cookie n8n issued for it. */
async function setUpOwner(url: string): Promise<string> {
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

export interface RunningN8n {
	url: string;
	/** The owner's session. */
	cookie: string;
	/** Resolves with n8n's exit code when the process ends, whoever ended it. */
	exited: Promise<number | null>;
	stop(): Promise<void>;
}

/** `n8n start` on `port`, ready for the editor: its REST API answering and the owner set up. */
export async function startInstance(cli: N8nCli, port: number, log: 'inherit' | 'ignore'): Promise<RunningN8n> {
	const url = `http://127.0.0.1:${port}`;
	const n8n = await cli.start(port, log);
	const exited = new Promise<number | null>((resolve) => n8n.once('exit', resolve));
	const stop = async () => {
		n8n.kill('SIGTERM');
		await exited;
	};
	try {
		await waitForRestApi(url, 120_000);
		return { url, cookie: await setUpOwner(url), exited, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}
