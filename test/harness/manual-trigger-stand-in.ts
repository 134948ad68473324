import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	INodeType,
	INodeTypeDescription,
	ITriggerFunctions,
	ITriggerResponse,
} from 'n8n-workflow';

/** The type name the n8n editor writes for its "Execute workflow" trigger. */
export const MANUAL_TRIGGER_TYPE = 'n8n-nodes-base.manualTrigger';

/** The name the editor gives that trigger; runNode uses it so its workflows look like the editor's. */
export const MANUAL_TRIGGER_NAME = 'When clicking ‘Execute workflow’';

/**
 * n8n-nodes-base is not a dependency of this package, so its Manual Trigger is replaced by a node that
 * behaves the same way: a trigger whose manual run emits one empty item. Being a real trigger, it goes
 * through n8n-core's trigger path, and workflows exported from the editor run unchanged.
 */
export class ManualTriggerStandIn implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Manual Trigger',
		name: 'manualTrigger',
		group: ['trigger'],
		version: 1,
		description: 'Runs the flow on clicking a button in n8n',
		maxNodes: 1,
		defaults: { name: MANUAL_TRIGGER_NAME },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};

	async trigger(this: ITriggerFunctions): Promise<ITriggerResponse> {
		const manualTriggerFunction = async () => {
			this.emit([this.helpers.returnJsonArray([{}])]);
		};
		return { manualTriggerFunction };
	}
}
