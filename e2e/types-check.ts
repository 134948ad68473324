/**
 * What the editor is given: with the package installed, `n8n start` must list every node and credential
 * type of the package's `n8n` section, each with an icon that the server actually serves.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Checks } from './checks';
import { getAsOwner } from './instance';
import type { RunningN8n } from './instance';

interface TypeEntry {
	name: string;
	iconUrl?: string | { light?: string };
}

const GROUP = 'editor types';

/**
 * The type names the package declares, read from its compiled classes as n8n's loader reads them. The
 * build in the repository is what was packed; the installed copy cannot load outside n8n, which provides
 * n8n-workflow to it.
 */
function declaredTypes(packageDir: string): { nodes: string[]; credentials: string[] } {
	const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
		name: string;
		n8n: { nodes: string[]; credentials: string[] };
	};
	const load = (file: string) => Object.values(require(path.join(packageDir, file)) as Record<string, new () => { name?: string; description?: { name: string } }>);
	const nodes = manifest.n8n.nodes.flatMap((file) => load(file).map((Type) => `${manifest.name}.${new Type().description?.name ?? ''}`));
	const credentials = manifest.n8n.credentials.flatMap((file) => load(file).map((Type) => new Type().name ?? ''));
	return { nodes, credentials };
}

function iconOf(entry: TypeEntry | undefined): string | undefined {
	const icon = entry?.iconUrl;
	return typeof icon === 'string' ? icon : icon?.light;
}

async function checkListed(checks: Checks, url: string, cookie: string, listPath: string, names: string[], kind: string): Promise<void> {
	const listed = (await (await getAsOwner(url, cookie, listPath)).json()) as TypeEntry[];
	for (const name of names) {
		const entry = listed.find((type) => type.name === name);
		const icon = iconOf(entry);
		if (!checks.record(GROUP, `${kind} ${name} listed with an icon`, icon !== undefined, icon ?? 'missing')) continue;
		const served = await getAsOwner(url, cookie, `/${icon!.replace(/^\//, '')}`);
		const type = served.headers.get('content-type') ?? '';
		checks.record(GROUP, `${kind} ${name}: icon served`, served.ok && type.startsWith('image/'), `${served.status} ${type}`);
	}
}

export async function checkEditorTypes(checks: Checks, n8n: RunningN8n, packageDir: string): Promise<void> {
	const { nodes, credentials } = declaredTypes(packageDir);
	checks.record(GROUP, 'the package declares its types', nodes.length > 0 && credentials.length > 0, `${nodes.length} nodes, ${credentials.length} credentials`);
	await checkListed(checks, n8n.url, n8n.cookie, '/types/nodes.json', nodes, 'node');
	await checkListed(checks, n8n.url, n8n.cookie, '/types/credentials.json', credentials, 'credential');
}
