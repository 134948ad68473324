/**
 * Runs a command without blocking the event loop: the sandboxes answer n8n from this same process, so a
 * synchronous spawn would deadlock the run it is waiting for.
 */
import { spawn } from 'node:child_process';

export interface CommandResult {
	code: number;
	stdout: string;
	stderr: string;
	ms: number;
}

export interface CommandOptions {
	cwd: string;
	env?: NodeJS.ProcessEnv;
	/** Throw when the command exits non-zero (default true); a negative run wants the failure instead. */
	check?: boolean;
	/** Kill the command after this long: a hung n8n must fail the run, not stall CI. */
	timeoutMs?: number;
}

export function run(command: string, args: string[], options: CommandOptions): Promise<CommandResult> {
	const started = Date.now();
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], timeout: options.timeoutMs });
		const out: Buffer[] = [];
		const err: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
		child.on('error', reject);
		child.on('close', (code, signal) => {
			if (signal) err.push(Buffer.from(`\nkilled by ${signal} after ${Date.now() - started} ms`));
			const result = { code: code ?? 1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: Date.now() - started };
			if (result.code !== 0 && options.check !== false) {
				reject(new Error(`${command} ${args.join(' ')} exited ${result.code}\n${result.stderr.slice(-4000)}\n${result.stdout.slice(-4000)}`));
			} else resolve(result);
		});
	});
}
