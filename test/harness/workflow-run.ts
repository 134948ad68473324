import { Container } from '@n8n/di';
import { BinaryDataService } from 'n8n-core';
import type { INodeExecutionData, IRun, IRunData } from 'n8n-workflow';

/** The outcome of one workflow execution, read the way the editor shows it. */
export class WorkflowRun {
	constructor(
		/** The engine's own record of the execution. */
		readonly raw: IRun,
		/**
		 * Why the execution failed, if it did. When a node threw, this is the very error it threw (a
		 * NodeApiError, NodeOperationError, ... from the package's n8n-workflow, so instanceof works);
		 * otherwise the engine's serialized copy of the error.
		 */
		readonly error: Error | undefined,
	) {}

	get runData(): IRunData {
		return this.raw.data.resultData.runData;
	}

	/** The items a node sent to one of its outputs in its last run. */
	output(nodeName: string, outputIndex = 0): INodeExecutionData[] {
		const runs = this.runData[nodeName];
		if (!runs?.length) {
			const ran = Object.keys(this.runData).join(', ') || 'none';
			const failure = this.error ? `; the workflow failed: ${this.error.message}` : '';
			throw new Error(`Node "${nodeName}" did not run (nodes that ran: ${ran})${failure}`);
		}
		const lastRun = runs[runs.length - 1];
		if (!lastRun.data && lastRun.error) {
			throw new Error(`Node "${nodeName}" failed: ${lastRun.error.message}`);
		}
		return lastRun.data?.main?.[outputIndex] ?? [];
	}

	/** The bytes of an item's binary property, read through n8n-core's binary data service. */
	async readBinary(item: INodeExecutionData, propertyName = 'data'): Promise<Buffer> {
		const binary = item.binary?.[propertyName];
		if (!binary) {
			const present = Object.keys(item.binary ?? {}).join(', ') || 'none';
			throw new Error(`The item has no binary property "${propertyName}" (present: ${present})`);
		}
		return await Container.get(BinaryDataService).getAsBuffer(binary);
	}
}
