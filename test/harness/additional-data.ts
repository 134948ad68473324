import { ExternalSecretsProxy } from 'n8n-core';
import type { ExecutionLifecycleHooks } from 'n8n-core';
import { UnexpectedError } from 'n8n-workflow';
import type { ICredentialsHelper, IWorkflowExecuteAdditionalData } from 'n8n-workflow';

/** Where an n8n instance would be; nodes only use these to build links, nothing listens there. */
const INSTANCE_URL = 'http://127.0.0.1:5678';

/**
 * What n8n's app passes the engine besides the workflow: credentials access, lifecycle hooks and
 * instance URLs. Features that need the app itself (sub-workflows, the Code node's task runner) fail
 * with a clear message instead of pretending to work.
 */
export function createAdditionalData(options: {
	credentialsHelper: ICredentialsHelper;
	executionId: string;
	hooks?: ExecutionLifecycleHooks;
}): IWorkflowExecuteAdditionalData {
	const notInHarness = (feature: string) => async () => {
		throw new UnexpectedError(`${feature} needs the n8n app and is not available in the test harness`);
	};
	return {
		credentialsHelper: options.credentialsHelper,
		executionId: options.executionId,
		hooks: options.hooks,
		externalSecretsProxy: new ExternalSecretsProxy(),
		currentNodeExecutionIndex: 0,
		variables: {},
		restApiUrl: `${INSTANCE_URL}/rest`,
		instanceBaseUrl: `${INSTANCE_URL}/`,
		formWaitingBaseUrl: `${INSTANCE_URL}/form-waiting`,
		webhookBaseUrl: `${INSTANCE_URL}/webhook`,
		webhookWaitingBaseUrl: `${INSTANCE_URL}/webhook-waiting`,
		webhookTestBaseUrl: `${INSTANCE_URL}/webhook-test`,
		executeWorkflow: notInHarness('Running a sub-workflow'),
		startRunnerTask: notInHarness('The task runner'),
		getRunExecutionData: async () => undefined,
		logAiEvent: () => {},
	};
}
