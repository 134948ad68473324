/**
 * `npm run e2e`: proves the package in the real n8n app, in every n8n version of `e2e/apps`. Packs it
 * as npm publishes it and checks what the tarball holds; then, in each version, installs it into a
 * throwaway n8n user folder the way n8n installs community packages, runs every example workflow
 * headless with `n8n execute` against sandboxes started here, asserts on what each node produced, and
 * checks the editor with `n8n start`: the types it lists, and in Chromium the node panel, a node's
 * parameters and a credential form, with screenshots. Exits non-zero on any failed check.
 *
 * `E2E_APPS=n8n-2.8` limits the run to the named app folders; `E2E_KEEP=1` keeps the temp folders.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ensureN8nApp, selectApps } from './app';
import type { AppSpec } from './app';
import { CASES, WRONG_TOKEN } from './cases';
import { Checks } from './checks';
import { checkEditor } from './editor-check';
import { checkHygiene } from './hygiene';
import { startInstance } from './instance';
import { N8nCli } from './n8n';
import { buildAndPack } from './pack';
import type { PackedPackage } from './pack';
import { freePort } from './ports';
import { credentialsFor, startSandboxes } from './sandboxes';
import { printCompatibility, printSummary } from './summary';
import type { Timing, VersionResult } from './summary';
import { checkEditorTypes } from './types-check';
import { createUserFolder } from './user-folder';
import { writeWorkflows } from './workflows';

/** Compiled to build/e2e/run.js. */
const ROOT = path.resolve(__dirname, '..', '..');
const APPS_DIR = path.join(ROOT, 'e2e', 'apps');
/** Screenshots of the editor, one folder per n8n version; replaced on every run. */
const SCREENSHOTS_DIR = path.join(ROOT, 'e2e-screenshots');

class Timer {
	readonly timings: Timing[] = [];

	async step<T>(step: string, work: () => Promise<T>, note?: (result: T) => string): Promise<T> {
		const started = Date.now();
		const result = await work();
		this.timings.push({ step, ms: Date.now() - started, note: note?.(result) ?? '' });
		return result;
	}
}

/** One line per n8n command that must report how many it imported; a skipped file is only a warning in n8n. */
function expectImported(checks: Checks, output: string, count: number, what: string): void {
	const found = output.match(new RegExp(`Successfully imported (\\d+) ${what}`));
	checks.record('n8n', `imported ${count} ${what}`, Number(found?.[1]) === count, found?.[0] ?? output.slice(-300));
}

async function runExamples(checks: Checks, timer: Timer, cli: N8nCli, workDir: string): Promise<void> {
	// Fresh accounts for every n8n version: the cases expect the numbering and the duplicate guard of a new account.
	const sandboxes = await startSandboxes();
	try {
		const credentialsFile = path.join(workDir, 'credentials.json');
		const credentials = credentialsFor(sandboxes, WRONG_TOKEN);
		await writeFile(credentialsFile, JSON.stringify(credentials, null, 2));
		expectImported(checks, await timer.step('n8n import:credentials', () => cli.importCredentials(credentialsFile)), credentials.length, 'credentials');

		const workflowsDir = path.join(workDir, 'workflows');
		const count = await writeWorkflows(path.join(ROOT, 'examples'), CASES, workflowsDir);
		// A new example must get its expectations here too, or it would ship unproven.
		const uncovered = (await readdir(path.join(ROOT, 'examples'))).filter((file) => file.endsWith('.json') && !CASES.some((c) => c.file === file));
		checks.record('n8n', 'every file in examples/ has a case', uncovered.length === 0, uncovered.join(', '));
		expectImported(checks, await timer.step('n8n import:workflow', () => cli.importWorkflows(workflowsDir)), count, 'workflows');

		for (const testCase of CASES) {
			const execution = await timer.step(`n8n execute --id=${testCase.workflowId}`, () => cli.execute(testCase.workflowId), (e) => (e.ok ? 'exit 0' : 'exit 1'));
			const failedBefore = checks.failed.length;
			await testCase.verify({ checks, execution, cli, sandboxes, group: testCase.title });
			// What n8n printed is the only evidence left once the temp folders go: show it with the failure.
			if (checks.failed.length > failedBefore) console.log(`\n--- n8n log, ${testCase.title} ---\n${execution.log.trim().slice(-4000)}`);
		}
	} finally {
		await sandboxes.close();
	}
}

async function runEditor(checks: Checks, timer: Timer, cli: N8nCli, screenshots: string): Promise<void> {
	const n8n = await timer.step('n8n start', async () => startInstance(cli, await freePort(), 'ignore'));
	try {
		await timer.step('editor: node and credential types', () => checkEditorTypes(checks, n8n, ROOT));
		await timer.step('editor: Chromium', () => checkEditor(checks, n8n.url, screenshots));
	} finally {
		await n8n.stop();
	}
}

/** Every check in one n8n version; an error that ends the version early is a failed check, not the end of the run. */
async function proveIn(spec: AppSpec, packed: PackedPackage): Promise<VersionResult> {
	const checks = new Checks();
	const timer = new Timer();
	const workDir = await mkdtemp(path.join(tmpdir(), 'n8n-e2e-'));
	const folders = [workDir];
	let app: VersionResult['app'];
	try {
		const ready = await timer.step('n8n app (npm ci)', () => ensureN8nApp(APPS_DIR, spec), (a) => (a.installed ? 'installed' : 'cached'));
		app = ready;
		console.log(`n8n ${ready.version} on Node ${ready.nodeVersion}`);
		const userFolder = await timer.step('install tarball into .n8n/nodes', () => createUserFolder(packed.tarball));
		folders.push(userFolder);
		const nodesDir = path.join(userFolder, '.n8n', 'nodes', 'node_modules');
		checks.record('install', 'package in .n8n/nodes/node_modules', existsSync(path.join(nodesDir, 'n8n-nodes-faktura', 'package.json')));
		checks.record('install', 'n8n-workflow not installed beside it (n8n provides it)', !existsSync(path.join(nodesDir, 'n8n-workflow')));

		const cli = new N8nCli(ready, userFolder);
		await runExamples(checks, timer, cli, workDir);
		await runEditor(checks, timer, cli, path.join(SCREENSHOTS_DIR, `n8n-${ready.version}`));
	} catch (error) {
		checks.record('run', 'finished without an error', false, error instanceof Error ? error.message : String(error));
	}
	const failed = checks.failed.length > 0;
	if (failed || process.env.E2E_KEEP) console.log(`\nKept for inspection: ${folders.join(' and ')}`);
	else await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
	return { folder: spec.folder, app, checks, timings: timer.timings };
}

async function main(): Promise<number> {
	const specs = selectApps(process.env.E2E_APPS);
	const timer = new Timer();
	const checks = new Checks();
	const packDir = await mkdtemp(path.join(tmpdir(), 'n8n-e2e-pack-'));
	await rm(SCREENSHOTS_DIR, { recursive: true, force: true });
	const results: VersionResult[] = [];
	try {
		const packed = await timer.step('npm run build + npm pack', () => buildAndPack(ROOT, packDir), (p) => path.basename(p.tarball));
		checkHygiene(packed, checks);
		for (const spec of specs) results.push(await proveIn(spec, packed));
	} finally {
		await rm(packDir, { recursive: true, force: true });
	}

	printSummary('package', checks, timer.timings);
	for (const result of results) printSummary(`n8n ${result.app?.version ?? result.folder}`, result.checks, result.timings);
	printCompatibility(results, existsSync(SCREENSHOTS_DIR) ? SCREENSHOTS_DIR : undefined);
	return checks.failed.length > 0 || results.some((result) => result.checks.failed.length > 0) ? 1 : 0;
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		console.error(error instanceof Error ? (error.stack ?? error.message) : error);
		process.exitCode = 1;
	},
);
