import type {
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IVersionedNodeType,
} from 'n8n-workflow';

import { storeBinaryInput } from './binary-input';
import type { BinaryInputFile } from './binary-input';
import { loadPackage } from './load-package';
import { MANUAL_TRIGGER_NAME, MANUAL_TRIGGER_TYPE } from './manual-trigger-stand-in';
import { runWorkflow } from './run-workflow';
import { WorkflowRun } from './workflow-run';

export interface RunNodeOptions {
	/** Full node type name, e.g. 'n8n-nodes-faktura.bitFaktura'. */
	type: string;
	/** Defaults to the version the editor gives a newly added node. */
	typeVersion?: number;
	parameters: INodeParameters;
	/** Credential data by credential type name; the node gets a reference to each. */
	credentials?: Record<string, IDataObject>;
	/** The items fed to the node (their `json`); one empty item by default, like a manual trigger. */
	input?: IDataObject[];
	/** Files per item: `binaryInput[i]` becomes the `binary` of item i (adding items if needed). */
	binaryInput?: Array<Record<string, BinaryInputFile>>;
	/** Sets the node's "On Error" setting to "Continue" (onError: 'continueRegularOutput'). */
	continueOnFail?: boolean;
	/** Node name; defaults to the name the editor would give it. */
	name?: string;
	packageDir?: string;
}

/** A run of "Manual Trigger → node under test". */
export class NodeRun extends WorkflowRun {
	constructor(
		run: WorkflowRun,
		/** The name of the node under test in the workflow. */
		readonly nodeName: string,
	) {
		super(run.raw, run.error);
	}

	/** The node under test's items on one of its outputs. */
	items(outputIndex = 0): INodeExecutionData[] {
		return this.output(this.nodeName, outputIndex);
	}
}

const HARNESS_WORKFLOW_ID = 'harness-workflow';

/**
 * Builds and runs the workflow "Manual Trigger → node under test". The input items are pinned as the
 * trigger's output, a real n8n feature: the engine then passes exactly those items to the node.
 */
export async function runNode(options: RunNodeOptions): Promise<NodeRun> {
	const { nodeTypes } = await loadPackage(options.packageDir);
	const typeVersion = options.typeVersion ?? editorDefaultVersion(nodeTypes.getByName(options.type));
	const { description } = nodeTypes.getByNameAndVersion(options.type, typeVersion);
	const name = options.name ?? description.defaults.name ?? description.displayName;

	const credentialTypeNames = Object.keys(options.credentials ?? {});
	const nodeUnderTest: INode = {
		id: 'node-under-test',
		name,
		type: options.type,
		typeVersion,
		position: [220, 0],
		parameters: options.parameters,
		credentials: Object.fromEntries(
			credentialTypeNames.map((type, index) => [type, { id: String(index + 1), name: `${type} (test)` }]),
		),
		...(options.continueOnFail && { onError: 'continueRegularOutput' as const }),
	};
	const trigger: INode = {
		id: 'manual-trigger',
		name: MANUAL_TRIGGER_NAME,
		type: MANUAL_TRIGGER_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};

	const run = await runWorkflow(
		{
			id: HARNESS_WORKFLOW_ID,
			nodes: [trigger, nodeUnderTest],
			connections: { [trigger.name]: { main: [[{ node: name, type: 'main', index: 0 }]] } },
			pinData: { [trigger.name]: await inputItems(options) },
		},
		{ credentials: options.credentials, packageDir: options.packageDir },
	);
	return new NodeRun(run, name);
}

function editorDefaultVersion(nodeType: INodeType | IVersionedNodeType): number {
	if ('nodeVersions' in nodeType) return nodeType.currentVersion;
	const { version, defaultVersion } = nodeType.description;
	return Array.isArray(version) ? (defaultVersion ?? Math.max(...version)) : version;
}

async function inputItems({ input, binaryInput }: RunNodeOptions): Promise<INodeExecutionData[]> {
	const count = Math.max(input?.length ?? 0, binaryInput?.length ?? 0, input ? 0 : 1);
	const items: INodeExecutionData[] = [];
	for (let index = 0; index < count; index++) {
		const item: INodeExecutionData = { json: input?.[index] ?? {} };
		const files = binaryInput?.[index];
		if (files) {
			item.binary = await storeBinaryInput(files, {
				workflowId: HARNESS_WORKFLOW_ID,
				executionId: 'harness-input',
			});
		}
		items.push(item);
	}
	return items;
}
