import { ExecutionLifecycleHooks, WorkflowHasIssuesError } from 'n8n-core';
import { Workflow, createRunExecutionData, deepCopy } from 'n8n-workflow';
import type {
	ExecutionError,
	IConnections,
	IDataObject,
	INode,
	IPinData,
	IRun,
	IWorkflowBase,
	IWorkflowSettings,
} from 'n8n-workflow';

import { createAdditionalData } from './additional-data';
import { HarnessCredentialsHelper } from './credentials-helper';
import { ErrorKeepingWorkflowExecute } from './error-keeping-workflow-execute';
import { loadPackage } from './load-package';
import { WorkflowRun } from './workflow-run';

/** A workflow as the n8n editor exports it (other exported fields are accepted and ignored). */
export interface WorkflowDefinition {
	nodes: INode[];
	connections: IConnections;
	/** Pinned output per node name: a pinned node is not executed, its items are used instead. */
	pinData?: IPinData;
	settings?: IWorkflowSettings;
	id?: string;
	name?: string;
}

export interface RunWorkflowOptions {
	/**
	 * Credential data by credential type name (e.g. `bitFakturaApi`), as the credential's form would
	 * save it. A node's reference `"credentials": { "bitFakturaApi": { "id": "1", "name": "..." } }`
	 * resolves to the entry of its type.
	 */
	credentials?: Record<string, IDataObject>;
	/** The package whose nodes and credentials are used; defaults to this repository. */
	packageDir?: string;
}

let executionCount = 0;

/**
 * Executes a workflow with n8n-core's engine in 'manual' mode, as the editor's "Execute workflow"
 * button does: from its trigger, honouring pinned data. A failed execution gives a WorkflowRun whose
 * `error` is set, also when n8n refuses to start it: n8n-core's WorkflowHasIssuesError, e.g. for an
 * empty required parameter (the harness adds the issues to its generic message).
 */
export async function runWorkflow(
	definition: WorkflowDefinition,
	options: RunWorkflowOptions = {},
): Promise<WorkflowRun> {
	const { nodeTypes, credentialTypes } = await loadPackage(options.packageDir);
	// The engine writes parameter defaults into the nodes; keep the caller's definition untouched.
	const { nodes, connections, pinData } = deepCopy(definition);
	const workflowData: IWorkflowBase = {
		id: definition.id ?? 'harness-workflow',
		name: definition.name ?? 'Harness workflow',
		active: false,
		activeVersionId: null,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
		nodes,
		connections,
		pinData,
		// Workflows created in today's editor use the v1 execution order.
		settings: definition.settings ?? { executionOrder: 'v1' },
	};
	const workflow = new Workflow({ ...workflowData, nodeTypes });

	executionCount += 1;
	const executionId = `harness-execution-${executionCount}`;
	const additionalData = createAdditionalData({
		credentialsHelper: new HarnessCredentialsHelper(credentialTypes, options.credentials ?? {}),
		executionId,
		hooks: new ExecutionLifecycleHooks('manual', executionId, workflowData),
	});
	const engine = new ErrorKeepingWorkflowExecute(additionalData, 'manual');
	const startedAt = new Date();
	try {
		const raw = await engine.run({ workflow, pinData });
		return new WorkflowRun(raw, engine.failureOf(raw));
	} catch (error) {
		if (error instanceof WorkflowHasIssuesError) nameTheIssues(error, engine, workflow, pinData);
		return new WorkflowRun(failedToStart(error as Error, startedAt), error as Error);
	}
}

/** The execution record n8n's WorkflowRunner (processError) keeps when the engine would not start. */
function failedToStart(error: Error, startedAt: Date): IRun {
	return {
		data: createRunExecutionData({
			resultData: { error: { ...error, message: error.message, stack: error.stack } as ExecutionError },
		}),
		finished: false,
		mode: 'manual',
		startedAt,
		stoppedAt: new Date(),
		status: 'error',
		storedAt: 'db',
	};
}

/** n8n's message is generic (the editor marks the nodes instead); say which parameters are at fault. */
function nameTheIssues(
	error: WorkflowHasIssuesError,
	engine: ErrorKeepingWorkflowExecute,
	workflow: Workflow,
	pinData: IPinData | undefined,
): void {
	const issues = engine.checkReadyForExecution(workflow, {
		startNode: workflow.getStartNode()?.name,
		pinDataNodeNames: Object.keys(pinData ?? {}),
	});
	error.message += ` Issues by node: ${JSON.stringify(issues)}`;
}
