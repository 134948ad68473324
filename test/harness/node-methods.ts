import { LoadOptionsContext } from 'n8n-core';
import { Workflow } from 'n8n-workflow';
import type {
	IDataObject,
	ILoadOptionsFunctions,
	INode,
	INodeListSearchResult,
	INodeParameters,
	INodePropertyOptions,
} from 'n8n-workflow';

import { createAdditionalData } from './additional-data';
import { HarnessCredentialsHelper } from './credentials-helper';
import { loadPackage } from './load-package';

export interface NodeMethodOptions {
	/** Full node type name, e.g. 'n8n-nodes-faktura.bitFaktura'. */
	type: string;
	typeVersion?: number;
	/** The node's parameters as the editor holds them while the dropdown opens. */
	parameters?: INodeParameters;
	/** Credential data by credential type name, as in runNode. */
	credentials?: Record<string, IDataObject>;
	packageDir?: string;
}

/**
 * What the editor gets when a resource locator's "From List" opens or is searched: the node's
 * `methods.listSearch[method]` called with n8n-core's LoadOptionsContext, as n8n's app does
 * (DynamicNodeParametersService.getResourceLocatorResults).
 */
export async function callListSearch(
	method: string,
	options: NodeMethodOptions & { filter?: string; paginationToken?: string },
): Promise<INodeListSearchResult> {
	const { fn, context } = await prepare('listSearch', method, options);
	return (await fn.call(context, options.filter, options.paginationToken)) as INodeListSearchResult;
}

/** What the editor gets when a `loadOptionsMethod` dropdown opens (DynamicNodeParametersService.getOptionsViaMethodName). */
export async function callLoadOptions(method: string, options: NodeMethodOptions): Promise<INodePropertyOptions[]> {
	const { fn, context } = await prepare('loadOptions', method, options);
	return (await fn.call(context)) as INodePropertyOptions[];
}

type NodeMethod = (this: ILoadOptionsFunctions, ...args: unknown[]) => Promise<unknown>;

async function prepare(kind: 'listSearch' | 'loadOptions', method: string, options: NodeMethodOptions) {
	const { nodeTypes, credentialTypes } = await loadPackage(options.packageDir);
	const nodeType = nodeTypes.getByNameAndVersion(options.type, options.typeVersion);
	const fn = (nodeType.methods?.[kind] as Record<string, NodeMethod> | undefined)?.[method];
	if (!fn) throw new Error(`${options.type} has no methods.${kind}.${method}`);

	const credentialTypeNames = Object.keys(options.credentials ?? {});
	const node: INode = {
		id: 'node-with-dropdown',
		name: nodeType.description.defaults.name ?? nodeType.description.displayName,
		type: options.type,
		typeVersion: options.typeVersion ?? 1,
		position: [0, 0],
		parameters: options.parameters ?? {},
		credentials: Object.fromEntries(
			credentialTypeNames.map((type, index) => [type, { id: String(index + 1), name: `${type} (test)` }]),
		),
	};
	// The editor sends only the node being edited; n8n's app wraps it in a one-node workflow likewise.
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const additionalData = createAdditionalData({
		credentialsHelper: new HarnessCredentialsHelper(credentialTypes, options.credentials ?? {}),
		executionId: 'harness-load-options',
	});
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	return { fn, context };
}
