import { ExecuteContext, RoutingNode } from 'n8n-core';
import { NodeHelpers, Workflow, createEmptyRunExecutionData } from 'n8n-workflow';
import type {
	ICredentialTestRequest,
	ICredentialsDecrypted,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypes,
} from 'n8n-workflow';

import { createAdditionalData } from './additional-data';
import { CREDENTIAL_TEST_NODE_TYPE, HarnessCredentialsHelper } from './credentials-helper';
import { loadPackage } from './load-package';

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
}

/**
 * What the editor's "Test" button on a credential answers, for the credential type's declarative
 * `test`. n8n-core does not ship the tester (it lives in n8n's app, packages/cli/src/services/
 * credentials-tester.service.ts, CredentialsTester.testCredentials), so this mirrors it: the test
 * request becomes the routing of a one-property stand-in for the NoOp node and is sent by n8n-core's
 * RoutingNode, so `baseURL`/`url` expressions resolve against the credential data and the credential's
 * `authenticate` is applied as in a workflow. A failed request is judged by the `responseCode` rules,
 * then by the status code, then by the connection error's code; a response by the `responseSuccessBody`
 * rules. The messages are n8n's (checked against the tester in the n8n@2.8.4 package).
 *
 * Note what that gives with n8n-workflow 2.8.0: NodeApiError declares `cause` as a class field, which
 * erases the request error its constructor received, so the tester never sees a response or an error
 * code and answers every failed request with the NodeApiError's message ("Authorization failed - please
 * check your credentials" for a 401, "The service refused the connection - perhaps it is offline" for
 * ECONNREFUSED). `responseCode` rules therefore never fire in n8n 2.8; `responseSuccessBody` rules do.
 */
export async function testCredential(
	credentialType: string,
	data: IDataObject,
	options: { packageDir?: string } = {},
): Promise<CredentialTestResult> {
	const { credentialTypes } = await loadPackage(options.packageDir);
	const { test } = credentialTypes.getByName(credentialType);
	if (!test) return { status: 'Error', message: 'No testing function found for this credential.' };

	const credentialsHelper = new HarnessCredentialsHelper(credentialTypes, { [credentialType]: data });
	const credentials: ICredentialsDecrypted = {
		id: 'harness-credential',
		name: credentialType,
		type: credentialType,
		data: credentialsHelper.withDefaults(credentialType, data),
	};
	const nodeType = testRequestNodeType(credentialType, test);
	const node: INode = {
		id: 'temp',
		name: 'Temp-Node',
		type: CREDENTIAL_TEST_NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { [credentialType]: { id: credentials.id, name: credentials.name } },
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: onlyNodeType(nodeType),
	});
	const context = new ExecuteContext(
		workflow,
		node,
		createAdditionalData({ credentialsHelper, executionId: 'harness-credential-test' }),
		'internal',
		createEmptyRunExecutionData(),
		0,
		[],
		{ main: [[{ json: {} }]] },
		{ node, data: {}, source: null },
		[],
	);

	let response: INodeExecutionData[][] | undefined;
	try {
		response = await new RoutingNode(context, nodeType, credentials).runNode();
	} catch (error) {
		return judgeFailedRequest(error, test);
	}
	return judgeResponse(response, test);
}

/** n8n's stand-in node: its only property routes the test request; it needs the tested credential. */
function testRequestNodeType(credentialType: string, test: ICredentialTestRequest): INodeType {
	return {
		description: {
			displayName: 'No Operation, do nothing',
			name: CREDENTIAL_TEST_NODE_TYPE,
			group: ['organization'],
			version: 1,
			description: 'Stand-in node that carries a credential test request',
			defaults: { name: 'Temp-Node' },
			inputs: [],
			outputs: [],
			credentials: [{ name: credentialType, required: true }],
			properties: [
				{
					displayName: 'Temp',
					name: 'temp',
					type: 'string',
					routing: { request: test.request },
					default: '',
				},
			],
		},
	};
}

function onlyNodeType(nodeType: INodeType): INodeTypes {
	return {
		getByName: () => nodeType,
		getByNameAndVersion: (_name, version) => NodeHelpers.getVersionedNodeType(nodeType, version),
		getKnownTypes: () => ({}),
	};
}

interface RequestFailure {
	message: string;
	cause?: { code?: string; response?: { status: number; statusText?: string } };
}

function judgeFailedRequest(error: unknown, test: ICredentialTestRequest): CredentialTestResult {
	const { message, cause } = error as RequestFailure;
	if (cause?.response) {
		const { status, statusText } = cause.response;
		for (const rule of test.rules ?? []) {
			if (rule.type === 'responseCode' && rule.properties.value === status) {
				return { status: 'Error', message: rule.properties.message };
			}
		}
		if (status < 199 || status > 299) {
			return { status: 'Error', message: statusText || `Received HTTP status code: ${status}` };
		}
	} else if (cause?.code) {
		return { status: 'Error', message: cause.code };
	}
	return { status: 'Error', message: String(message) };
}

function judgeResponse(
	response: INodeExecutionData[][] | undefined,
	test: ICredentialTestRequest,
): CredentialTestResult {
	for (const rule of test.rules ?? []) {
		if (rule.type !== 'responseSuccessBody') continue;
		const body = response?.[0]?.[0]?.json;
		if (valueAtPath(body, rule.properties.key) === rule.properties.value) {
			return { status: 'Error', message: rule.properties.message };
		}
	}
	return { status: 'OK', message: 'Connection successful!' };
}

/** lodash `get` semantics for the paths rules use: `a.b`, `a[0].b`. */
function valueAtPath(value: IDataObject | undefined, path: string): unknown {
	return path
		.replace(/\[(\d+)\]/g, '.$1')
		.split('.')
		.filter((segment) => segment !== '')
		.reduce<unknown>((current, segment) => (current as IDataObject | undefined)?.[segment], value);
}
