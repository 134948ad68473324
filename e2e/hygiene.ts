/**
 * What a user gets from the registry: only the compiled package and its papers, every file the `n8n`
 * section names, and each node's and credential's icon beside it (n8n resolves `file:` icons relative
 * to the compiled file, so an icon left behind shows as a broken image in the editor).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Checks } from './checks';
import type { PackedPackage } from './pack';

interface PackageJson {
	main?: string;
	files?: string[];
	n8n?: { n8nNodesApiVersion?: number; nodes?: string[]; credentials?: string[] };
}

const GROUP = 'package';
const ALLOWED = /^package\/(dist\/.+|README\.md|LICENSE|package\.json)$/;

export function checkHygiene(packed: PackedPackage, checks: Checks): void {
	const manifest = JSON.parse(readFileSync(path.join(packed.unpacked, 'package.json'), 'utf8')) as PackageJson;
	const shipped = new Set(packed.entries.map((entry) => entry.replace(/^package\//, '')));

	// npm always packs the `main` file, whatever `files` says; it is allowed, but reported by name.
	const main = manifest.main ? path.posix.normalize(manifest.main) : undefined;
	const stray = packed.entries.filter((entry) => !ALLOWED.test(entry) && entry !== `package/${main}`);
	checks.record(GROUP, 'tarball holds only dist/, README.md, LICENSE, package.json', stray.length === 0, stray.join(', ') || `${packed.entries.length} files`);
	for (const paper of ['README.md', 'LICENSE', 'package.json']) checks.record(GROUP, `${paper} shipped`, shipped.has(paper));
	if (main !== undefined) {
		const listed = (manifest.files ?? []).some((entry) => main === entry || main.startsWith(`${entry.replace(/\/$/, '')}/`));
		checks.record(
			GROUP,
			`main (${main}) shipped`,
			shipped.has(main),
			listed ? 'listed in files' : 'not in files: npm adds it only because it is main',
		);
	}
	const testFiles = [...shipped].filter((file) => /\.test\.js$|(^|\/)test\//.test(file));
	checks.record(GROUP, 'no test code shipped', testFiles.length === 0, testFiles.join(', '));

	checks.record(GROUP, 'n8n.n8nNodesApiVersion is 1', manifest.n8n?.n8nNodesApiVersion === 1);
	const declared = [...(manifest.n8n?.nodes ?? []), ...(manifest.n8n?.credentials ?? [])];
	checks.record(GROUP, 'n8n section declares nodes and credentials', (manifest.n8n?.nodes?.length ?? 0) > 0 && (manifest.n8n?.credentials?.length ?? 0) > 0);
	for (const file of declared) {
		const present = shipped.has(file);
		checks.record(GROUP, `${file} shipped`, present);
		if (!present) continue;
		// Icons are written `icon: 'file:x.svg'` (or per theme, {light: 'file:…', dark: 'file:…'}) in the compiled code.
		const code = readFileSync(path.join(packed.unpacked, file), 'utf8');
		const icons = [...new Set([...code.matchAll(/['"]file:([^'"]+)['"]/g)].map((match) => match[1]))];
		checks.record(GROUP, `${path.basename(file)} declares an icon`, icons.length > 0, icons.join(', '));
		for (const icon of icons) {
			const iconPath = path.posix.join(path.posix.dirname(file), icon);
			checks.record(GROUP, `icon ${iconPath} shipped`, shipped.has(iconPath));
		}
		if (file.endsWith('.node.js')) {
			// The codex file carries the node's categories and documentation links into the editor.
			const codex = file.replace(/\.js$/, '.json');
			checks.record(GROUP, `codex ${codex} shipped`, shipped.has(codex));
		}
	}
}
