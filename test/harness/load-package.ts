import { PackageDirectoryLoader } from 'n8n-core';
import { resolve } from 'node:path';

import { PackageCredentialTypes } from './credential-types';
import { prepareEngineServices } from './engine-services';
import { PackageNodeTypes } from './node-types';

/** The repository root: the n8n-nodes-faktura package itself. */
export const DEFAULT_PACKAGE_DIR = resolve(__dirname, '..', '..');

export interface LoadedPackage {
	packageName: string;
	nodeTypes: PackageNodeTypes;
	credentialTypes: PackageCredentialTypes;
}

const loadedPackages = new Map<string, Promise<LoadedPackage>>();

/**
 * Loads a community-node package the way n8n does: n8n-core's PackageDirectoryLoader reads the `n8n`
 * section of its package.json and requires the compiled files listed there (for this package, dist/,
 * so build before testing). Loaded once per directory and jest module registry.
 */
export async function loadPackage(packageDir: string = DEFAULT_PACKAGE_DIR): Promise<LoadedPackage> {
	const directory = resolve(packageDir);
	let loaded = loadedPackages.get(directory);
	if (!loaded) {
		loaded = load(directory);
		loadedPackages.set(directory, loaded);
		// A failed load (say, dist/ not built yet) is retried by the next test rather than cached.
		loaded.catch(() => loadedPackages.delete(directory));
	}
	return await loaded;
}

async function load(directory: string): Promise<LoadedPackage> {
	prepareEngineServices();
	const loader = new PackageDirectoryLoader(directory);
	try {
		await loader.loadAll();
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
		throw new Error(
			`${(error as Error).message}\nThe harness loads the compiled files named in the "n8n" section of ` +
				`${directory}/package.json: run "npm run build" first.`,
		);
	}
	return {
		packageName: loader.packageName,
		nodeTypes: new PackageNodeTypes(loader),
		credentialTypes: new PackageCredentialTypes(loader),
	};
}
