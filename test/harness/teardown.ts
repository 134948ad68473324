import { Container } from '@n8n/di';
// n8n-core does not re-export these two from its index; its package has no "exports" map to forbid this.
import { ScheduledTaskManager } from 'n8n-core/dist/execution-engine/scheduled-task-manager';
import { SSHClientsManager } from 'n8n-core/dist/execution-engine/ssh-clients-manager';

import { engineServicesPrepared } from './engine-services';

/**
 * For `afterAll`: stops the timers n8n-core starts while running nodes, which would keep jest from
 * exiting: the SSH clients manager's 60-second cleanup interval (started with every node execution) and
 * any crons a trigger registered. Nothing to stop when this test file never ran a workflow.
 */
export function teardownHarness(): void {
	if (!engineServicesPrepared()) return;
	Container.get(SSHClientsManager).onShutdown();
	Container.get(ScheduledTaskManager).deregisterAllCrons();
}
