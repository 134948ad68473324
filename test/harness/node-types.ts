import { UnrecognizedNodeTypeError } from 'n8n-core';
import type { PackageDirectoryLoader } from 'n8n-core';
import { NodeHelpers } from 'n8n-workflow';
import type { IDataObject, INodeType, INodeTypes, IVersionedNodeType } from 'n8n-workflow';

import { SET_TYPE, STICKY_NOTE_TYPE, SetStandIn, StickyNoteStandIn } from './base-node-stand-ins';
import { MANUAL_TRIGGER_TYPE, ManualTriggerStandIn } from './manual-trigger-stand-in';

/**
 * The node registry the engine resolves workflow nodes against: the package's own nodes under their
 * full names (`<package name>.<node name>`, as in exported workflows) plus stand-ins for the base nodes
 * the examples use: Manual Trigger, Edit Fields (Set) and sticky notes.
 */
export class PackageNodeTypes implements INodeTypes {
	private readonly standIns: Record<string, INodeType> = {
		[MANUAL_TRIGGER_TYPE]: new ManualTriggerStandIn(),
		[SET_TYPE]: new SetStandIn(),
		[STICKY_NOTE_TYPE]: new StickyNoteStandIn(),
	};

	constructor(private readonly loader: PackageDirectoryLoader) {}

	getByName(nodeType: string): INodeType | IVersionedNodeType {
		const standIn = this.standIns[nodeType];
		if (standIn) return standIn;

		const separator = nodeType.lastIndexOf('.');
		const packageName = nodeType.slice(0, separator);
		const shortName = nodeType.slice(separator + 1);
		if (packageName !== this.loader.packageName) {
			throw new UnrecognizedNodeTypeError(packageName, shortName);
		}
		return this.loader.getNode(shortName).type;
	}

	getByNameAndVersion(nodeType: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(nodeType), version);
	}

	getKnownTypes(): IDataObject {
		const known: IDataObject = {};
		for (const [shortName, details] of Object.entries(this.loader.known.nodes)) {
			known[`${this.loader.packageName}.${shortName}`] = details;
		}
		return known;
	}
}
