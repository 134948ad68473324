/**
 * The example files as a user imports them, each given the id n8n will run it by; a negative case is a
 * copy whose nodes point at another credential. One file per workflow, for `import:workflow --separate`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { Case } from './cases';

interface WorkflowFile {
	id?: string;
	name: string;
	active?: boolean;
	nodes: Array<{ credentials?: Record<string, { id: string; name: string }> }>;
}

/** Writes one file per distinct workflow id; returns how many. */
export async function writeWorkflows(examplesDir: string, cases: Case[], targetDir: string): Promise<number> {
	await mkdir(targetDir, { recursive: true });
	const written = new Set<string>();
	for (const testCase of cases) {
		if (written.has(testCase.workflowId)) continue;
		const workflow = JSON.parse(await readFile(path.join(examplesDir, testCase.file), 'utf8')) as WorkflowFile;
		workflow.id = testCase.workflowId;
		workflow.active = false;
		if (testCase.swapCredentials) {
			workflow.name = `${workflow.name} (${testCase.title})`;
			for (const node of workflow.nodes) {
				for (const reference of Object.values(node.credentials ?? {})) {
					reference.id = testCase.swapCredentials[reference.id] ?? reference.id;
				}
			}
		}
		await writeFile(path.join(targetDir, `${testCase.workflowId}.json`), JSON.stringify(workflow, null, 2));
		written.add(testCase.workflowId);
	}
	return written.size;
}
