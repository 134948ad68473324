/**
 * The second half of `npm run lint`. n8n's gate lints what users download as well as the sources, since
 * a build can emit anything: this packs the package as `npm publish` would, unpacks it into a temporary
 * folder and lints its JavaScript and its package.json with the same rules (eslint.config.mjs). It packs
 * the dist/ that is there, so `npm run lint:tarball` builds first.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';

import { scanConfig } from '../eslint.config.mjs';

/** What the gate lints in a tarball: every script and the published manifest. */
const TARBALL_FILES = ['**/*.js', 'package.json'];

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const work = mkdtempSync(path.join(tmpdir(), 'n8n-nodes-faktura-tarball-'));

try {
	const packed = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
		cwd: root,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const [{ filename }] = JSON.parse(packed);
	execFileSync('tar', ['-xzf', path.join(work, filename), '-C', work]);
	const unpacked = path.join(work, 'package');

	const eslint = new ESLint({
		cwd: unpacked,
		overrideConfigFile: true,
		overrideConfig: scanConfig,
		allowInlineConfig: false,
	});
	const results = await eslint.lintFiles(TARBALL_FILES);
	const report = await (await eslint.loadFormatter('stylish')).format(results);
	if (report !== '') process.stdout.write(report.replaceAll(unpacked, `${filename}:package`));

	const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
	const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
	process.stdout.write(
		`${filename}: ${results.length} files linted (${TARBALL_FILES.join(', ')}), ${errors} errors, ${warnings} warnings\n`,
	);
	process.exitCode = errors > 0 ? 1 : 0;
} finally {
	rmSync(work, { recursive: true, force: true });
}
