/**
 * A throwaway N8N_USER_FOLDER with the packed package installed where n8n looks for community packages:
 * `<folder>/.n8n/nodes/node_modules/n8n-nodes-*`, loaded at start-up under the type names
 * `n8n-nodes-faktura.<node>`, the names the example workflows use.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { run } from './shell';

export async function createUserFolder(tarball: string): Promise<string> {
	const userFolder = await mkdtemp(path.join(tmpdir(), 'n8n-e2e-user-'));
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	await mkdir(nodesDir, { recursive: true });
	// The manifest n8n's own installer keeps in this folder.
	await writeFile(path.join(nodesDir, 'package.json'), JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2));
	// The flags mirror n8n 2.8's community-package installer: no install scripts, no lockfile, and no
	// peer dependencies. (n8n 2.41 unpacks the tarball and installs inside it with the peer dependencies
	// removed from its package.json: the same tree.) n8n-workflow must come from the app itself (n8n puts
	// its own node_modules on NODE_PATH); a second copy here would break n8n's `instanceof` checks on
	// node errors.
	await run(
		'npm',
		['install', tarball, '--ignore-scripts', '--legacy-peer-deps', '--package-lock=false', '--bin-links=false', '--audit=false', '--fund=false'],
		{ cwd: nodesDir },
	);
	return userFolder;
}
