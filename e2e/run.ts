/**
 * `npm run e2e`: proves the package in the real n8n app. Packs it as npm publishes it, checks what the
 * tarball holds, installs it into a throwaway n8n user folder the way n8n installs community packages,
 * runs every example workflow headless with `n8n execute` against the sandboxes started here, and
 * asserts on what each node produced. Exits non-zero on any failed check.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ensureN8nApp } from './app';
import { CASES, WRONG_TOKEN } from './cases';
import { Checks } from './checks';
import { checkHygiene } from './hygiene';
import { N8nCli } from './n8n';
import { buildAndPack } from './pack';
import { printSummary } from './summary';
import { checkEditorTypes } from './types-check';
import type { Timing } from './summary';
import { credentialsFor, startSandboxes } from './sandboxes';
import { createUserFolder } from './user-folder';
import { writeWorkflows } from './workflows';

/** Compiled to build/e2e/run.js. */
const ROOT = path.resolve(__dirname, '..', '..');
const APP_DIR = path.join(ROOT, 'e2e', 'n8n-app');

async function timed<T>(timings: Timing[], step: string, work: () => Promise<T>, note?: (result: T) => string): Promise<T> {
	const started = Date.now();
	const result = await work();
	timings.push({ step, ms: Date.now() - started, note: note?.(result) ?? '' });
	return result;
}

/** One line per n8n command that must report how many it imported; a skipped file is only a warning in n8n. */
function expectImported(checks: Checks, output: string, count: number, what: string): void {
	const found = output.match(new RegExp(`Successfully imported (\\d+) ${what}`));
	checks.record('n8n', `imported ${count} ${what}`, Number(found?.[1]) === count, found?.[0] ?? output.slice(-300));
}

async function main(): Promise<number> {
	const checks = new Checks();
	const timings: Timing[] = [];
	const workDir = await mkdtemp(path.join(tmpdir(), 'n8n-e2e-'));

	const packed = await timed(timings, 'npm run build + npm pack', () => buildAndPack(ROOT, workDir), (p) => path.basename(p.tarball));
	checkHygiene(packed, checks);
	const app = await timed(timings, 'n8n app (npm ci)', () => ensureN8nApp(APP_DIR), (a) => (a.installed ? 'installed' : 'cached'));
	const userFolder = await timed(timings, 'install tarball into .n8n/nodes', () => createUserFolder(packed.tarball));
	const installed = path.join(userFolder, '.n8n', 'nodes', 'node_modules', 'n8n-nodes-faktura');
	checks.record('install', 'package in .n8n/nodes/node_modules', existsSync(path.join(installed, 'package.json')));
	checks.record('install', 'n8n-workflow not installed beside it (n8n provides it)', !existsSync(path.join(userFolder, '.n8n', 'nodes', 'node_modules', 'n8n-workflow')));

	const sandboxes = await startSandboxes();
	const cli = new N8nCli(app.bin, userFolder);
	try {
		const credentialsFile = path.join(workDir, 'credentials.json');
		await writeFile(credentialsFile, JSON.stringify(credentialsFor(sandboxes, WRONG_TOKEN), null, 2));
		const imported = await timed(timings, 'n8n import:credentials', () => cli.importCredentials(credentialsFile));
		expectImported(checks, imported, 3, 'credentials');

		const workflowsDir = path.join(workDir, 'workflows');
		const count = await writeWorkflows(path.join(ROOT, 'examples'), CASES, workflowsDir);
		// A new example must get its expectations here too, or it would ship unproven.
		const uncovered = (await readdir(path.join(ROOT, 'examples'))).filter((file) => file.endsWith('.json') && !CASES.some((c) => c.file === file));
		checks.record('n8n', 'every file in examples/ has a case', uncovered.length === 0, uncovered.join(', '));
		expectImported(checks, await timed(timings, 'n8n import:workflow', () => cli.importWorkflows(workflowsDir)), count, 'workflows');

		for (const testCase of CASES) {
			const execution = await timed(timings, `n8n execute --id=${testCase.workflowId}`, () => cli.execute(testCase.workflowId), (e) => (e.ok ? 'exit 0' : 'exit 1'));
			const failedBefore = checks.failed.length;
			await testCase.verify({ checks, execution, cli, sandboxes, group: testCase.title });
			// What n8n printed is the only evidence left once the temp folders go: show it with the failure.
			if (checks.failed.length > failedBefore) console.log(`\n--- n8n log, ${testCase.title} ---\n${execution.log.trim().slice(-4000)}`);
		}
		await timed(timings, 'n8n start: node and credential types', () => checkEditorTypes(checks, cli, ROOT));
	} finally {
		await sandboxes.close();
	}

	printSummary(checks, timings);
	const failed = checks.failed.length > 0;
	if (failed || process.env.E2E_KEEP) console.log(`\nKept for inspection: ${workDir} and ${userFolder}`);
	else await Promise.all([rm(workDir, { recursive: true, force: true }), rm(userFolder, { recursive: true, force: true })]);
	return failed ? 1 : 0;
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
