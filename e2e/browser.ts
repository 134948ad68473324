/**
 * The browser that drives n8n's editor: Debian's Chromium through playwright-core. Playwright's own
 * browser build is a download from outside the package registries, which these machines cannot reach.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

import { run } from './shell';

const CHROMIUM = '/usr/bin/chromium';

const INSTALL_ARGS = ['install', '-y', '--no-install-recommends', 'chromium'];

/** What apt prints when its package lists are missing or stale, the one failure `apt-get update` cures. */
const NEEDS_LISTS = /Unable to locate package|has no installation candidate|maybe run apt-get update/i;

/** GPU, QUIC and Chrome's background services have nothing to do here and only slow a headless start. */
const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

async function aptGet(args: string[]): Promise<{ code: number; output: string }> {
	// Without a terminal, debconf would otherwise wait for answers nobody gives.
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const result = await run('apt-get', args, { cwd: '/', env, check: false, timeoutMs: 600_000 });
	return { code: result.code, output: `${result.stdout}\n${result.stderr}` };
}

/** Installs Debian's chromium when it is missing; only root may, anyone else is told what to install. */
async function ensureChromium(): Promise<void> {
	if (existsSync(CHROMIUM)) return;
	if (process.getuid?.() !== 0) {
		throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (sudo apt-get install -y --no-install-recommends chromium)`);
	}
	let install = await aptGet(INSTALL_ARGS);
	if (install.code !== 0 && NEEDS_LISTS.test(install.output)) {
		const update = await aptGet(['update']);
		if (update.code !== 0) throw new Error(`apt-get update failed:\n${update.output.slice(-2000)}`);
		install = await aptGet(INSTALL_ARGS);
	}
	if (install.code !== 0 || !existsSync(CHROMIUM)) throw new Error(`apt-get ${INSTALL_ARGS.join(' ')} failed:\n${install.output.slice(-2000)}`);
}

/** A headless Chromium with a fresh, empty profile: nothing from an earlier run can leak into this one. */
export async function launchChromium(): Promise<Browser> {
	await ensureChromium();
	return await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
