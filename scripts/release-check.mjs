/**
 * `npm run release:check`: the steps of .github/workflows/release.yml run here, ending in
 * `npm publish --dry-run` instead of a publish, plus what a publish with provenance needs and this
 * machine cannot prove: package.json naming the GitHub repository that npm will compare with the
 * provenance statement, and a workflow with the permissions and steps to sign one.
 *
 * `--skip-tests` leaves out `npm test`, for a quick look at the metadata and the tarball.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const WORKFLOW = '.github/workflows/release.yml';
const PUBLISH_FLAGS = ['--provenance', '--access', 'public'];
/** A GitHub repository as npm writes it in `repository.url`; npm compares owner/name with the provenance. */
const GITHUB_REPOSITORY = /^git\+https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)\.git$/;

const skipTests = process.argv.includes('--skip-tests');
const results = [];

function record(group, name, ok, detail = '') {
	results.push({ group, name, ok, detail });
	process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${group}: ${name}${detail === '' ? '' : ` — ${detail}`}\n`);
	return ok;
}

/** Runs a step of the workflow as it would run there, its output shown as it comes. */
function step(command, args) {
	process.stdout.write(`\n$ ${[command, ...args].join(' ')}\n`);
	const run = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
	return record('steps', [command, ...args].join(' '), run.status === 0, run.status === 0 ? '' : `exited ${run.status}`);
}

function checkManifest(manifest) {
	const group = 'package.json';
	record(group, 'name follows n8n-nodes-*', /^(@[\w.-]+\/)?n8n-nodes-[\w.-]+$/.test(manifest.name ?? ''), manifest.name);
	record(group, 'version is semver', /^\d+\.\d+\.\d+(-[\w.]+)?$/.test(manifest.version ?? ''), manifest.version);
	record(group, 'not private', manifest.private !== true);
	const overridden = Object.keys(manifest.publishConfig ?? {}).filter((key) => ['registry', 'access', 'provenance', 'tag'].includes(key));
	record(group, 'publishConfig overrides none of the workflow flags', overridden.length === 0, overridden.join(', '));

	const url = manifest.repository?.url ?? '';
	const github = GITHUB_REPOSITORY.exec(url);
	record(group, 'repository is a git repository on github.com', manifest.repository?.type === 'git' && github !== null, url);
	if (github === null) return undefined;
	const [, owner, name] = github;
	const web = `https://github.com/${owner}/${name}`;
	record(group, 'homepage is the repository', manifest.homepage === web || manifest.homepage?.startsWith(`${web}#`), manifest.homepage);
	record(group, 'bugs.url is the repository’s issues', manifest.bugs?.url === `${web}/issues`, manifest.bugs?.url);
	const email = typeof manifest.author === 'string' ? /<[^>]+@[^>]+>/.test(manifest.author) : /@/.test(manifest.author?.email ?? '');
	record(group, 'author has a name and an e-mail', email, JSON.stringify(manifest.author));
	record(group, 'license', typeof manifest.license === 'string' && manifest.license !== '', manifest.license);

	// The statement names the repository the workflow ran in; npm refuses the publish (E422) when
	// repository.url names another. Here the checkout's own remote is the nearest thing to compare.
	const remote = spawnSync('git', ['remote', 'get-url', 'origin'], { cwd: root, encoding: 'utf8' });
	const remoteUrl = remote.status === 0 ? remote.stdout.trim() : '';
	const remoteRepository = /github\.com[:/]([\w.-]+)\/([\w.-]+?)(\.git)?$/.exec(remoteUrl);
	if (remoteRepository === null) {
		record(group, 'git remote origin is the repository', true, `no GitHub remote here (${remoteUrl || 'none'}); the workflow must run in ${owner}/${name}`);
	} else {
		const same = `${remoteRepository[1]}/${remoteRepository[2]}`.toLowerCase() === `${owner}/${name}`.toLowerCase();
		record(group, 'git remote origin is the repository', same, remoteUrl);
	}
	return `${owner}/${name}`;
}

function checkWorkflow(manifest) {
	const group = WORKFLOW;
	let text;
	try {
		text = readFileSync(path.join(root, WORKFLOW), 'utf8');
	} catch {
		record(group, 'exists', false);
		return;
	}
	const lines = text.split('\n').filter((line) => !/^\s*#/.test(line));
	const body = lines.join('\n');
	record(group, 'runs on a version tag', /on:\s*\n\s+push:\s*\n\s+tags:\s*\n\s+- 'v\*\.\*\.\*'/.test(body));
	record(group, 'permissions: id-token: write (signs the provenance)', /^\s+id-token: write\s*$/m.test(body));
	record(group, 'permissions: contents: read', /^\s+contents: read\s*$/m.test(body));
	record(group, 'runs on a GitHub-hosted runner (provenance needs one)', /^\s+runs-on: ubuntu-latest\s*$/m.test(body));
	const order = ['npm ci', 'npm test', 'npm run lint', `npm publish ${PUBLISH_FLAGS.join(' ')}`];
	const at = order.map((command) => lines.findIndex((line) => line.includes(command)));
	record(
		group,
		`steps in order: ${order.join(', ')}`,
		at.every((index, i) => index >= 0 && (i === 0 || index > at[i - 1])),
		order.filter((_, i) => at[i] < 0).map((command) => `missing: ${command}`).join(', '),
	);
	record(group, 'checks the tag against package.json', body.includes('GITHUB_REF_NAME') && body.includes("require('./package.json').version"));

	const tags = spawnSync('git', ['tag', '--points-at', 'HEAD'], { cwd: root, encoding: 'utf8' });
	const tag = (tags.stdout ?? '').split('\n').find((name) => /^v\d/.test(name));
	const wanted = `v${manifest.version}`;
	record(group, `release tag ${wanted}`, tag === undefined || tag === wanted, tag === undefined ? 'no version tag at HEAD yet' : tag);
}

/** The file list `npm publish` would upload, checked as the e2e run checks a packed tarball. */
function checkTarball(published) {
	const compiled = spawnSync('npx', ['tsc', '-p', 'e2e/tsconfig.json'], { cwd: root, stdio: 'inherit' });
	if (!record('tarball', 'e2e checks compiled (tsc -p e2e/tsconfig.json)', compiled.status === 0)) return;
	const require = createRequire(import.meta.url);
	const { Checks } = require(path.join(root, 'build/e2e/checks.js'));
	const { checkHygiene } = require(path.join(root, 'build/e2e/hygiene.js'));
	const checks = new Checks();
	// npm packs the files as they are here, so they are read from here.
	checkHygiene({ tarball: published.filename, entries: published.files.map((file) => `package/${file.path}`), unpacked: root }, checks);
	for (const check of checks.all) record('tarball', check.name, check.ok, check.detail);
}

const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const repository = checkManifest(manifest);
checkWorkflow(manifest);

step('npm', ['ci', '--dry-run', '--no-audit', '--no-fund']);
if (skipTests) record('steps', 'npm test', true, 'skipped (--skip-tests)');
else step('npm', ['test']);
step('npm', ['run', 'lint']);

// `--offline`: the dry run then asks the registry nothing. Provenance is not generated in a dry run
// (it needs the workflow's OIDC token), so the flags are only proven to be accepted.
const publishArgs = ['publish', '--dry-run', ...PUBLISH_FLAGS, '--offline', '--json'];
process.stdout.write(`\n$ npm ${publishArgs.join(' ')}\n`);
const publish = spawnSync('npm', publishArgs, { cwd: root, encoding: 'utf8' });
process.stderr.write(publish.stderr.split('\n').filter((line) => !/^npm notice (\d|[\d.]+\s?[kM]?B )/.test(line)).join('\n'));
if (record('steps', `npm ${publishArgs.join(' ')}`, publish.status === 0, publish.status === 0 ? '' : `exited ${publish.status}`)) {
	const report = JSON.parse(publish.stdout);
	const published = report[manifest.name] ?? report;
	record(
		'steps',
		'would publish',
		published.id === `${manifest.name}@${manifest.version}`,
		`${published.id}, ${published.files.length} files, ${published.size} bytes packed, ${published.unpackedSize} unpacked; provenance would name ${repository ?? 'no repository'}`,
	);
	checkTarball(published);
}

const failed = results.filter((result) => !result.ok);
process.stdout.write(`\nrelease check: ${results.length - failed.length} passed, ${failed.length} failed\n`);
for (const result of failed) process.stdout.write(`  FAIL ${result.group}: ${result.name}${result.detail === '' ? '' : ` — ${result.detail}`}\n`);
process.exitCode = failed.length === 0 ? 0 : 1;
