/**
 * The n8n app lives in its own folder with its own lockfile (about 1.7 GB, minutes to install), so it
 * never becomes a dependency of the package. It is installed once and reused while its package.json,
 * lockfile and the Node version (native modules such as sqlite3 are built for it) stay the same.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { run } from './shell';

export interface N8nApp {
	bin: string;
	/** True when this run had to run `npm ci`. */
	installed: boolean;
	ms: number;
}

function fingerprint(appDir: string): string {
	const hash = createHash('sha256');
	for (const file of ['package.json', 'package-lock.json', '.npmrc']) hash.update(readFileSync(path.join(appDir, file)));
	hash.update(process.version);
	return hash.digest('hex');
}

/**
 * Compiling sqlite3 needs Node's C headers, and the registry's prebuilt binaries sit on a host this
 * machine cannot reach. Where the running Node's own installation carries its headers (Debian's nodejs
 * puts them under /usr/include/node), node-gyp is pointed there rather than left to the user's npm config.
 */
function nodeHeadersFlag(): string[] {
	const prefix = path.resolve(process.execPath, '..', '..');
	return existsSync(path.join(prefix, 'include', 'node', 'node.h')) ? [`--nodedir=${prefix}`] : [];
}

export async function ensureN8nApp(appDir: string): Promise<N8nApp> {
	const started = Date.now();
	const bin = path.join(appDir, 'node_modules', '.bin', 'n8n');
	const stamp = path.join(appDir, 'node_modules', '.e2e-fingerprint');
	const sqlite = path.join(appDir, 'node_modules', 'sqlite3', 'build', 'Release', 'node_sqlite3.node');
	const wanted = fingerprint(appDir);
	if (existsSync(bin) && existsSync(sqlite) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) {
		return { bin, installed: false, ms: Date.now() - started };
	}
	// sqlite3, n8n's database driver, is compiled by its install script. Scripts are switched on by flag:
	// under `npm run`, the package's own `ignore-scripts=true` reaches child npm commands as
	// npm_config_ignore_scripts and would leave n8n without a database driver.
	await run('npm', ['ci', '--ignore-scripts=false', '--no-audit', '--no-fund', ...nodeHeadersFlag()], { cwd: appDir });
	if (!existsSync(sqlite)) throw new Error(`npm ci did not build sqlite3 (${sqlite} is missing): n8n cannot open its database`);
	writeFileSync(stamp, wanted);
	return { bin, installed: true, ms: Date.now() - started };
}
