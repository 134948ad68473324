/**
 * The main job, end to end without any account at a provider: starts the embedded sandbox of every
 * service, runs every workflow in examples/ through n8n's own engine, prints what each node produced and
 * saves the PDFs it downloaded.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { WorkflowDefinition, WorkflowRun } from '../test/harness';
import { runWorkflow, teardownHarness } from '../test/harness';
import { sandboxCredentials, startSandboxes } from '../test/sandbox/all';

const ROOT = path.resolve(__dirname, '..', '..');
const EXAMPLES = path.join(ROOT, 'examples');
const OUTPUT = path.join(ROOT, 'demo-output');

/** Examples build on each other's data (an invoice first, then the list of unpaid ones). */
const ORDER = [
	'bitfaktura-invoice-new-client.json',
	'bitfaktura-record-payment.json',
	'bitfaktura-unpaid-this-month.json',
	'ifirma-proforma-to-paid-invoice.json',
	'infakt-order-invoice-pdf-email.json',
	'infakt-mark-paid-on-payment.json',
	'invbg-tax-invoice-eur-company.json',
	'invbg-credit-note-for-returned-line.json',
];

function describeItem(json: IDataObject): string {
	const keys = ['id', 'number', 'name', 'status', 'gross', 'price', 'sent', 'deleted'];
	const parts = keys.filter((key) => json[key] !== undefined && json[key] !== null).map((key) => `${key}=${String(json[key])}`);
	const buyer = json.buyer as IDataObject | undefined;
	if (buyer?.name) parts.push(`buyer=${String(buyer.name)}`);
	return parts.join(' ') || JSON.stringify(json).slice(0, 80);
}

async function savePdfs(run: WorkflowRun, nodeName: string, items: INodeExecutionData[]): Promise<string[]> {
	const saved: string[] = [];
	for (const item of items) {
		for (const [property, binary] of Object.entries(item.binary ?? {})) {
			const target = path.join(OUTPUT, binary.fileName ?? `${nodeName}-${property}.pdf`);
			await writeFile(target, await run.readBinary(item, property));
			saved.push(path.relative(ROOT, target));
		}
	}
	return saved;
}

async function main(): Promise<void> {
	await mkdir(OUTPUT, { recursive: true });
	const sandboxes = await startSandboxes();
	const credentials = sandboxCredentials(sandboxes);
	const files = (await readdir(EXAMPLES)).filter((file) => file.endsWith('.json'));
	files.sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99));
	let failures = 0;

	for (const [service, address] of Object.entries(sandboxes.addresses)) console.log(`${service} sandbox at ${address}`);
	console.log('');
	try {
		for (const file of files) {
			const workflow = JSON.parse(await readFile(path.join(EXAMPLES, file), 'utf8')) as WorkflowDefinition;
			console.log(`▶ ${workflow.name ?? file}`);
			const run = await runWorkflow(workflow, { credentials, packageDir: ROOT });
			for (const node of workflow.nodes.filter((entry) => entry.type.startsWith('n8n-nodes-faktura.'))) {
				if (!run.runData[node.name]) continue;
				const items = run.output(node.name);
				console.log(`   ${node.name}: ${items.length} item(s)`);
				for (const item of items.slice(0, 5)) console.log(`     · ${describeItem(item.json)}`);
				for (const saved of await savePdfs(run, node.name, items)) console.log(`     · saved ${saved}`);
			}
			if (run.error) {
				failures++;
				console.log(`   ✗ failed: ${run.error.message}`);
			}
			console.log('');
		}
	} finally {
		await sandboxes.close();
		teardownHarness();
	}
	console.log(`${files.length - failures} of ${files.length} example workflows ran; PDFs are in ${path.relative(ROOT, OUTPUT)}/`);
	if (failures > 0) process.exitCode = 1;
}

void main();
