import { WorkflowExecute } from 'n8n-core';
import type { IRun } from 'n8n-workflow';

/**
 * n8n-core's engine, unchanged, except that it remembers what each node threw. The engine stores a
 * spread copy of a node's error in the run data (`{ ...error, message, stack }`), which loses the
 * class, so tests could not check `instanceof NodeApiError` on it.
 */
export class ErrorKeepingWorkflowExecute extends WorkflowExecute {
	private readonly thrownByNode = new Map<string, Error>();

	override async runNode(
		...args: Parameters<WorkflowExecute['runNode']>
	): ReturnType<WorkflowExecute['runNode']> {
		try {
			return await super.runNode(...args);
		} catch (error) {
			const [, executionData] = args;
			this.thrownByNode.set(executionData.node.name, error as Error);
			throw error;
		}
	}

	/** The error that ended the run: the original instance when a node threw it. */
	failureOf(run: IRun): Error | undefined {
		const { error, lastNodeExecuted } = run.data.resultData;
		if (!error) return undefined;
		return (lastNodeExecuted && this.thrownByNode.get(lastNodeExecuted)) || error;
	}
}
