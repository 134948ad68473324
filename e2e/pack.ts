/**
 * Builds the package and packs it exactly as `npm publish` would, so every later step sees what a user
 * downloads from the registry, not the working tree.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { run } from './shell';

export interface PackedPackage {
	tarball: string;
	/** Every entry of the tarball, `package/…`, files only. */
	entries: string[];
	/** The tarball unpacked, for reading the shipped files. */
	unpacked: string;
}

export async function buildAndPack(root: string, workDir: string): Promise<PackedPackage> {
	await run('npm', ['run', 'build'], { cwd: root });
	const packed = await run('npm', ['pack', '--json', '--pack-destination', workDir], { cwd: root });
	const [{ filename }] = JSON.parse(packed.stdout) as Array<{ filename: string }>;
	const tarball = path.join(workDir, filename);
	// Read the archive itself rather than npm's report of it: the archive is what gets installed.
	const listing = await run('tar', ['-tzf', tarball], { cwd: workDir });
	const entries = listing.stdout.split('\n').filter((entry) => entry !== '' && !entry.endsWith('/'));
	const unpacked = path.join(workDir, 'unpacked');
	await mkdir(unpacked, { recursive: true });
	await run('tar', ['-xzf', tarball, '-C', unpacked], { cwd: workDir });
	return { tarball, entries, unpacked: path.join(unpacked, 'package') };
}
