/**
 * The n8n CLI, headless, against one user folder: import credentials and workflows, execute a workflow
 * by id and read back what every node produced. Every call is a fresh n8n process (about 1.5 s here).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import type { N8nApp } from './app';
import { freePort } from './ports';
import { run } from './shell';

export interface NodeItem {
	json: Record<string, unknown>;
	binary?: Record<string, { id?: string; data?: string; mimeType?: string; fileName?: string }>;
}

export interface Execution {
	ok: boolean;
	ms: number;
	/** Everything the process printed, for asserting on messages. */
	output: string;
	/** The printed lines around the run's JSON: n8n's log, and on failure its error lines. */
	log: string;
	/** `runData` of the run, or undefined when n8n printed none. */
	runData?: Record<string, Array<{ data?: { main?: NodeItem[][] } }>>;
	error?: { message?: string; description?: string; node?: { name?: string }; httpCode?: string };
}

export class N8nCli {
	private readonly encryptionKey = randomBytes(24).toString('hex');

	constructor(
		readonly app: N8nApp,
		readonly userFolder: string,
	) {}

	/** n8n headless: a private SQLite database, nothing phoning home, loopback only. */
	private async env(): Promise<NodeJS.ProcessEnv> {
		return {
			PATH: this.app.pathEnv,
			HOME: this.userFolder,
			N8N_USER_FOLDER: this.userFolder,
			N8N_ENCRYPTION_KEY: this.encryptionKey,
			DB_TYPE: 'sqlite',
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			// Community packages load by default today; n8n 2.41 announces that this default will change.
			N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
			N8N_HOST: '127.0.0.1',
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_PORT: String(await freePort()),
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			// `execute` prints its result through the logger: below info there is nothing to read.
			N8N_LOG_LEVEL: 'info',
		};
	}

	private async cli(args: string[], check = true) {
		return run(this.app.bin, args, { cwd: this.userFolder, env: await this.env(), check, timeoutMs: 120_000 });
	}

	/** `n8n start` on 127.0.0.1:`port`, its log on this terminal unless ignored; the caller stops it. */
	async start(port: number, log: 'inherit' | 'ignore' = 'inherit'): Promise<ChildProcess> {
		const env = { ...(await this.env()), N8N_PORT: String(port) };
		return spawn(this.app.bin, ['start'], { cwd: this.userFolder, env, stdio: ['ignore', log, log] });
	}

	/** Returns what n8n printed, which says how many it imported. */
	async importCredentials(file: string): Promise<string> {
		const result = await this.cli(['import:credentials', `--input=${file}`]);
		return `${result.stdout}\n${result.stderr}`;
	}

	/** Every `*.json` in the folder, one workflow per file, each keeping the id it carries. */
	async importWorkflows(folder: string): Promise<string> {
		const result = await this.cli(['import:workflow', '--separate', `--input=${folder}`]);
		return `${result.stdout}\n${result.stderr}`;
	}

	async execute(workflowId: string): Promise<Execution> {
		const result = await this.cli(['execute', `--id=${workflowId}`, '--rawOutput'], false);
		const output = `${result.stdout}\n${result.stderr}`;
		const { printed, log } = splitRun(output);
		return {
			ok: result.code === 0,
			ms: result.ms,
			output,
			log,
			runData: printed?.data?.resultData?.runData,
			error: printed?.data?.resultData?.error,
		};
	}

	/** Bytes of a binary property: inline base64, or a file in n8n's storage (the default `filesystem` mode). */
	async readBinary(binary: { id?: string; data?: string }): Promise<Buffer> {
		const stored = binary.id?.match(/^filesystem(?:-v2)?:(.+)$/);
		if (stored) return readFile(path.join(this.userFolder, '.n8n', 'storage', stored[1]));
		return Buffer.from(binary.data ?? '', 'base64');
	}
}

interface PrintedRun {
	data?: { resultData?: { runData?: Execution['runData']; error?: Execution['error'] } };
}

/**
 * The run is printed as `JSON.stringify(run, null, 2)`, after a few log lines (and on failure before the
 * error's own lines): from the first line that is only `{` to the first line that is only `}`.
 */
function splitRun(text: string): { printed?: PrintedRun; log: string } {
	const lines = text.split('\n');
	const start = lines.indexOf('{');
	const end = start < 0 ? -1 : lines.indexOf('}', start);
	if (end < 0) return { log: text };
	const log = [...lines.slice(0, start), ...lines.slice(end + 1)].join('\n');
	try {
		return { printed: JSON.parse(lines.slice(start, end + 1).join('\n')) as PrintedRun, log };
	} catch {
		return { log: text };
	}
}

export function itemsOf(execution: Execution, nodeName: string): NodeItem[] {
	return execution.runData?.[nodeName]?.[0]?.data?.main?.[0] ?? [];
}
