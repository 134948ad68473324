/**
 * `npm run n8n`: the real n8n app with this package installed, sandbox credentials and the example
 * workflows imported, and an owner account set up, so a newcomer can open the editor and run the
 * examples without an account at any invoicing service. Stops with Ctrl+C.
 *
 * `N8N_PORT` sets the port (5678); `N8N_APP=n8n-2.41` serves another n8n version of `e2e/apps`.
 */
import { copyFile, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ensureN8nApp, selectApps } from './app';
import { OWNER, startInstance } from './instance';
import { N8nCli } from './n8n';
import { buildAndPack } from './pack';
import { credentialsFor, startSandboxes } from './sandboxes';
import { createUserFolder } from './user-folder';

const ROOT = path.resolve(__dirname, '..', '..');
const PORT = Number(process.env.N8N_PORT ?? 5678);

async function main(): Promise<void> {
	const workDir = await mkdtemp(path.join(tmpdir(), 'n8n-serve-'));
	const packed = await buildAndPack(ROOT, workDir);
	const [spec] = selectApps(process.env.N8N_APP);
	const app = await ensureN8nApp(path.join(ROOT, 'e2e', 'apps'), spec);
	const cli = new N8nCli(app, await createUserFolder(packed.tarball));
	const sandboxes = await startSandboxes();

	const credentialsFile = path.join(workDir, 'credentials.json');
	await writeFile(credentialsFile, JSON.stringify(credentialsFor(sandboxes), null, 2));
	await cli.importCredentials(credentialsFile);
	const workflowsDir = path.join(workDir, 'workflows');
	await mkdir(workflowsDir);
	const examples = (await readdir(path.join(ROOT, 'examples'))).filter((file) => file.endsWith('.json'));
	for (const file of examples) await copyFile(path.join(ROOT, 'examples', file), path.join(workflowsDir, file));
	await cli.importWorkflows(workflowsDir);

	const n8n = await startInstance(cli, PORT, 'inherit');
	const stop = async () => {
		await Promise.all([n8n.stop(), sandboxes.close()]);
		process.exit(0);
	};
	process.once('SIGINT', () => void stop());
	void n8n.exited.then((code) => sandboxes.close().then(() => process.exit(code ?? 1)));
	console.log(`\nn8n ${app.version} (Node ${app.nodeVersion}) is ready at ${n8n.url}`);
	console.log(`Sign in as ${OWNER.email} with the password ${OWNER.password}.`);
	console.log(`The ${examples.length} example workflows and the sandbox credentials are imported; Afaktury, BitFaktura and`);
	console.log(`iFirma answer from ${sandboxes.afaktury.baseUrl}, ${sandboxes.bitFaktura.baseUrl} and ${sandboxes.ifirma.baseUrl}.`);
	console.log('Press Ctrl+C to stop.\n');
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
