/**
 * The package in n8n's editor as a user meets it, in a real browser: the node creator finds every node,
 * each node's panel offers the resources and operations it declares, and its credential form asks for
 * every field the credential declares. The REST checks prove n8n loaded the types; only
 * the rendered editor proves a user can reach them. Each step leaves a numbered screenshot for review.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { selectors } from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';

import { launchChromium } from './browser';
import type { Checks } from './checks';
import { OWNER } from './instance';

const GROUP = 'editor';
/** The editor loads its chunks lazily on first use, so a first click can take seconds on a cold instance. */
const STEP_MS = 30_000;
/** Compiled to build/e2e/editor-check.js; the declarations are read from the build that was packed. */
const ROOT = path.resolve(__dirname, '..', '..');

interface Property {
	name: string;
	displayName: string;
	type?: string;
	default?: unknown;
	/** A resource locator's ways to pick a record: From List, By ID, By URL. */
	modes?: Array<{ name: string; displayName: string }>;
	options?: Array<{ name: string; value: unknown; action?: string }>;
	displayOptions?: { show?: Record<string, unknown[]> };
}

interface NodeDescription {
	displayName: string;
	properties: Property[];
	credentials?: Array<{ name: string }>;
}

interface CredentialType {
	name: string;
	displayName: string;
	properties: Property[];
}

/** What the editor must show for one node, as its compiled class declares it to n8n. */
interface DeclaredNode {
	name: string;
	resource: Property;
	/** The operation parameter n8n shows for the resource a new node starts with. */
	operation: Property;
	/** The action the node creator lists for that resource's default operation. */
	action: string;
	credential: CredentialType;
	/** The record picker of that resource's Get, and the action that adds a node set to it. */
	picker?: { property: Property; action: string };
}

function instancesOf<T>(file: string): T[] {
	return Object.values(require(path.join(ROOT, file)) as Record<string, new () => T>).map((Type) => new Type());
}

/** Every node of the package's `n8n` section, with the credential it asks for. */
function declaredNodes(): DeclaredNode[] {
	const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { n8n: { nodes: string[]; credentials: string[] } };
	const credentials = manifest.n8n.credentials.flatMap((file) => instancesOf<CredentialType>(file));
	return manifest.n8n.nodes.flatMap((file) =>
		instancesOf<{ description: NodeDescription }>(file).map(({ description: node }) => {
			const resource = node.properties.find((property) => property.name === 'resource');
			const operation = node.properties.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource?.default));
			const action = operation?.options?.find((option) => option.value === operation.default)?.action;
			const credential = credentials.find((type) => type.name === node.credentials?.[0]?.name);
			if (!resource || !operation || !action || !credential) {
				throw new Error(`${node.displayName} declares no resource, no default operation with an action, or no credential of the package`);
			}
			const getAction = operation.options?.find((option) => option.value === 'get')?.action;
			const pickerProperty = node.properties.find(
				(property) =>
					property.type === 'resourceLocator' &&
					property.displayOptions?.show?.resource?.includes(resource.default) &&
					property.displayOptions?.show?.operation?.includes('get'),
			);
			const picker = getAction && pickerProperty ? { property: pickerProperty, action: getAction } : undefined;
			return { name: node.displayName, resource, operation, action, credential, picker };
		}),
	);
}

/** True once the element is visible, false when it does not show up in time: the check records which. */
async function appears(locator: Locator): Promise<boolean> {
	return await locator.waitFor({ timeout: STEP_MS }).then(
		() => true,
		() => false,
	);
}

/** Label and option texts carry a description or a required-field star after the name. */
function names(texts: string[]): string[] {
	return texts.map((text) => text.split('\n')[0].replace(/\*\s*$/, '').trim());
}

function listsAll(shown: string[], expected: string[]): boolean {
	return expected.every((name) => shown.includes(name));
}

/** Numbered PNGs in the order they were taken, each checked to be on disk and not empty. */
class Screenshots {
	private taken = 0;

	constructor(
		private readonly checks: Checks,
		private readonly dir: string,
	) {}

	async take(page: Page, what: string): Promise<void> {
		this.taken += 1;
		const file = path.join(this.dir, `${String(this.taken).padStart(2, '0')}-${what}.png`);
		// Popups fade in: without this a screenshot can catch a half-transparent dropdown.
		await page.screenshot({ path: file, animations: 'disabled' });
		const size = existsSync(file) ? statSync(file).size : 0;
		this.checks.record(GROUP, `screenshot ${path.basename(file)} saved`, size > 0, size > 0 ? `${size} bytes` : 'missing or empty');
	}
}

/**
 * A new owner is greeted on the home page with a survey and then the offer of a community license,
 * unless the instance turns them off. They would sit over the editor, and closing them there sends the
 * browser back home, so they are answered here, once the home page has loaded everything it asks for.
 */
async function dismissOnboarding(page: Page): Promise<void> {
	await page.waitForLoadState('networkidle');
	const survey = page.getByTestId('personalization-form');
	if (!(await survey.isVisible())) return;
	await survey.getByRole('button', { name: 'Get started' }).click();
	await survey.waitFor({ state: 'hidden' });
	// Closing the survey is what opens the offer, so by now it is there or will not come.
	const offer = page.getByTestId('communityPlusEnrollment-modal');
	if (!(await offer.isVisible())) return;
	await offer.getByRole('button', { name: 'Skip' }).click();
	await offer.waitFor({ state: 'hidden' });
}

async function signIn(checks: Checks, page: Page, url: string): Promise<void> {
	await page.goto(`${url}/signin`);
	const form = page.getByTestId('signin-form');
	await form.getByTestId('emailOrLdapLoginId').locator('input').fill(OWNER.email);
	await form.getByTestId('password').locator('input').fill(OWNER.password);
	await form.getByTestId('form-submit-button').click();
	await page.waitForURL((address) => !address.pathname.startsWith('/signin'));
	checks.record(GROUP, 'signed in through the sign-in form', true, `landed on ${new URL(page.url()).pathname}`);
	await dismissOnboarding(page);
}

async function searchNodeCreator(checks: Checks, page: Page, name: string): Promise<void> {
	const creator = page.getByTestId('node-creator');
	await creator.getByTestId('node-creator-search-bar').fill(name);
	const items = creator.getByTestId('node-creator-item-name');
	const found = await appears(items.getByText(name, { exact: true }));
	const shown = await items.allInnerTexts();
	checks.record(GROUP, `node creator: searching "${name}" lists a node named ${name}`, found && shown.includes(name), shown.join(', ') || 'no results');
}

/** Picking an action adds the node with its resource and operation set, and opens its panel. */
async function addNode(page: Page, node: string, action: string): Promise<Locator> {
	const creator = page.getByTestId('node-creator');
	await creator.getByTestId('node-creator-search-bar').fill(node);
	await creator.getByTestId('node-creator-item-name').getByText(node, { exact: true }).click();
	await creator.getByTestId('node-creator-item-name').getByText(action, { exact: true }).click();
	const ndv = page.getByTestId('ndv');
	await ndv.waitFor();
	return ndv;
}

async function checkParameterShown(checks: Checks, ndv: Locator, node: DeclaredNode, property: Property): Promise<void> {
	const input = ndv.getByTestId(`parameter-input-${property.name}`);
	const visible = await appears(input);
	const label = visible ? names(await ndv.locator(`label[for="${property.name}"]`).allInnerTexts()) : [];
	checks.record(GROUP, `${node.name} panel shows the ${property.displayName} parameter`, visible && label.includes(property.displayName), label.join(', ') || 'not shown');
}

/** Element Plus renders a select's options in a popup elsewhere in the page, named by the input's aria-controls. */
async function openOptions(page: Page, input: Locator): Promise<Locator> {
	const combobox = input.getByRole('combobox');
	await combobox.click();
	return page.locator(`[id="${await combobox.getAttribute('aria-controls')}"]`);
}

async function checkOptions(checks: Checks, page: Page, ndv: Locator, node: DeclaredNode, property: Property, shots: Screenshots): Promise<void> {
	const list = await openOptions(page, ndv.getByTestId(`parameter-input-${property.name}`));
	await list.getByRole('option').first().waitFor();
	const shown = names(await list.getByRole('option').allInnerTexts());
	const expected = (property.options ?? []).map((option) => option.name);
	checks.record(GROUP, `${node.name} ${property.displayName} options are the ${expected.length} it declares`, shown.length === expected.length && listsAll(shown, expected), shown.join(', '));
	await shots.take(page, `${slug(node.name)}-${property.name}-options`);
	// Escape closes only the select; the node panel stays open for the next step.
	await page.keyboard.press('Escape');
	await list.waitFor({ state: 'hidden' });
}

async function checkCredentialForm(checks: Checks, page: Page, ndv: Locator, node: DeclaredNode, shots: Screenshots): Promise<void> {
	const want = node.credential;
	// The footer button is there whether or not a credential of the type exists yet.
	await openOptions(page, ndv.getByTestId('node-credentials-select'));
	await page.getByTestId('node-credentials-select-item-new').click();
	const modal = page.getByTestId('editCredential-modal');
	const fields = modal.getByTestId('credential-connection-parameter');
	await fields.first().waitFor();
	const typeShown = await modal.getByText(want.displayName, { exact: true }).first().isVisible();
	checks.record(GROUP, `${node.name}: "Create new credential" opens the ${want.displayName} form`, typeShown, typeShown ? want.displayName : 'type name not shown');
	// Each field also has Fixed and Expression radio labels; the design system's input label is the name.
	const labels = names(await fields.locator('label.n8n-input-label').allInnerTexts());
	// A field shown only once another is set (a test server's address) is not on the new form.
	const shownAtFirst = want.properties.filter((property) => property.displayOptions === undefined && property.type !== 'hidden');
	checks.record(GROUP, `${want.displayName} form shows the declared fields`, listsAll(labels, shownAtFirst.map((property) => property.displayName)), labels.join(', '));
	await shots.take(page, `${slug(node.name)}-credential-form`);
	await modal.getByRole('button', { name: 'Close' }).click();
	await modal.waitFor({ state: 'hidden' });
}

function slug(name: string): string {
	return name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

async function checkNodePanel(checks: Checks, page: Page, node: DeclaredNode, shots: Screenshots): Promise<void> {
	const ndv = await addNode(page, node.name, node.action);
	await checkParameterShown(checks, ndv, node, node.resource);
	await checkParameterShown(checks, ndv, node, node.operation);
	await checkOptions(checks, page, ndv, node, node.resource, shots);
	await checkOptions(checks, page, ndv, node, node.operation, shots);
	await checkCredentialForm(checks, page, ndv, node, shots);
	await page.getByTestId('ndv-close-button').click();
	await ndv.waitFor({ state: 'hidden' });
}

/** The record picker of the default resource's Get offers every way to pick that the node declares. */
async function checkPicker(checks: Checks, page: Page, node: DeclaredNode, shots: Screenshots): Promise<void> {
	const picker = node.picker;
	if (!checks.record(GROUP, `${node.name} declares a record picker on Get`, picker !== undefined)) return;
	if (!(await page.getByTestId('node-creator').isVisible())) await page.getByTestId('node-creator-plus-button').click();
	const ndv = await addNode(page, node.name, picker!.action);
	const input = ndv.getByTestId(`parameter-input-${picker!.property.name}`);
	const list = await openOptions(page, input.getByTestId('rlc-mode-selector'));
	await list.getByRole('option').first().waitFor();
	// The editor words the list mode itself ("From list"), so names are compared without case.
	const shown = names(await list.getByRole('option').allInnerTexts()).map((name) => name.toLowerCase());
	const declared = (picker!.property.modes ?? []).map((mode) => mode.displayName);
	const expected = declared.map((name) => name.toLowerCase());
	const label = `${node.name} ${picker!.property.displayName} picker offers ${declared.join(', ')}`;
	checks.record(GROUP, label, expected.length > 0 && shown.length === expected.length && listsAll(shown, expected), shown.join(', '));
	await shots.take(page, `${slug(node.name)}-${picker!.property.name}-picker`);
	await page.keyboard.press('Escape');
	await list.waitFor({ state: 'hidden' });
	await page.getByTestId('ndv-close-button').click();
	await ndv.waitFor({ state: 'hidden' });
}

async function walkThrough(checks: Checks, page: Page, url: string, shots: Screenshots): Promise<void> {
	const nodes = declaredNodes();
	await signIn(checks, page, url);
	await page.goto(`${url}/workflow/new`);
	await page.getByTestId('node-creator-plus-button').click();
	for (const node of nodes) {
		await searchNodeCreator(checks, page, node.name);
		await shots.take(page, `search-${slug(node.name)}`);
	}
	for (const node of nodes) {
		if (!(await page.getByTestId('node-creator').isVisible())) await page.getByTestId('node-creator-plus-button').click();
		await checkNodePanel(checks, page, node, shots);
		await checkPicker(checks, page, node, shots);
	}
}

/** Playwright's message is one line and a call log; the locator it was waiting for says which step broke. */
function describe(error: unknown): string {
	// Playwright colours its call log for a terminal; the summary table is plain text.
	const message = (error instanceof Error ? error.message : String(error)).replace(/\u001b\[[0-9;]*m/g, '');
	const waitingFor = /waiting for (.*)/.exec(message)?.[1];
	return `${message.split('\n')[0]}${waitingFor ? ` (waiting for ${waitingFor})` : ''}`;
}

/**
 * Drives the editor of the n8n at `url`, whose owner is set up, and records every assertion. A failure
 * is recorded with a `failure.png`, not thrown, so the run's summary still shows every other result.
 */
export async function checkEditor(checks: Checks, url: string, screenshotDir: string): Promise<void> {
	selectors.setTestIdAttribute('data-test-id');
	let browser: Browser | undefined;
	let page: Page | undefined;
	try {
		await mkdir(screenshotDir, { recursive: true });
		browser = await launchChromium();
		page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		page.setDefaultTimeout(STEP_MS);
		await walkThrough(checks, page, url, new Screenshots(checks, screenshotDir));
	} catch (error) {
		// No page means the browser never started: there is nothing to show.
		const shot = page ? await page.screenshot({ path: path.join(screenshotDir, 'failure.png') }).then(() => '; see failure.png', () => '') : '';
		checks.record(GROUP, 'the editor walkthrough ran to the end', false, `${describe(error)}${shot}`);
	} finally {
		await browser?.close();
	}
}
