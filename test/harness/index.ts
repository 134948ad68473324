/**
 * Runs real n8n workflows in jest: n8n-core's WorkflowExecute with this package's compiled node and
 * credential classes, sending real HTTP requests. See harness.test.ts for examples.
 */
export { runWorkflow } from './run-workflow';
export type { RunWorkflowOptions, WorkflowDefinition } from './run-workflow';
export { runNode, NodeRun } from './run-node';
export type { RunNodeOptions } from './run-node';
export type { BinaryInputFile } from './binary-input';
export { WorkflowRun } from './workflow-run';
export { testCredential } from './test-credential';
export type { CredentialTestResult } from './test-credential';
export { teardownHarness } from './teardown';
export { DEFAULT_PACKAGE_DIR } from './load-package';
export { MANUAL_TRIGGER_NAME, MANUAL_TRIGGER_TYPE } from './manual-trigger-stand-in';
export { callListSearch, callLoadOptions } from './node-methods';
export type { NodeMethodOptions } from './node-methods';
