/**
 * n8n's task broker binds 127.0.0.1:5679 by default; a run on a busy machine (another n8n, a parallel CI
 * job) must not collide with it, so each CLI call gets a port the OS has just handed out.
 */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			server.close(() => resolve(port));
		});
	});
}
