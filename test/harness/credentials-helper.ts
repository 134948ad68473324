import { ICredentialsHelper, NodeHelpers, UnexpectedError, UserError, isExpression } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	ICredentials,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeParameters,
	INodeProperties,
	IRequestOptionsSimplified,
	IWorkflowExecuteAdditionalData,
	Workflow,
} from 'n8n-workflow';

import type { PackageCredentialTypes } from './credential-types';

/** The node type n8n's credential tester runs its request through; see test-credential.ts. */
export const CREDENTIAL_TEST_NODE_TYPE = 'n8n-nodes-base.noOp';

/**
 * Hands the engine credential data kept in memory, keyed by credential type name, and applies each
 * type's `authenticate` to outgoing requests the way n8n's own CredentialsHelper (packages/cli) does,
 * so authentication reaches the wire: a function is called with the credentials and the request; a
 * generic definition has every key and value resolved as an expression against `$credentials` and
 * written into the request's `headers` / `qs` / `body` / `auth`.
 *
 * It never logs: it handles secrets.
 */
export class HarnessCredentialsHelper extends ICredentialsHelper {
	private readonly store: Record<string, ICredentialDataDecryptedObject>;

	constructor(
		private readonly credentialTypes: PackageCredentialTypes,
		credentialsByType: Record<string, IDataObject>,
	) {
		super();
		// A copy: refreshed tokens are written back here, never into the caller's object.
		this.store = structuredClone(credentialsByType) as Record<string, ICredentialDataDecryptedObject>;
	}

	getParentTypes(name: string): string[] {
		return this.credentialTypes.getParentTypes(name);
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.credentialTypes.getProperties(type);
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.store[type];
		if (data === undefined) {
			// n8n's message when a node references a credential that does not exist.
			throw new UserError(
				`Credential with ID "${nodeCredentials.id ?? ''}" does not exist for type "${type}".`,
			);
		}
		return this.withDefaults(type, data);
	}

	/** Fills in the defaults of properties the data leaves out, as n8n does before handing data out. */
	withDefaults(type: string, data: IDataObject): ICredentialDataDecryptedObject {
		const withDefaults = NodeHelpers.getNodeParameters(
			this.getCredentialsProperties(type),
			structuredClone(data) as INodeParameters,
			true,
			false,
			null,
			null,
		) as ICredentialDataDecryptedObject;
		// Token data is not a declared property, so getNodeParameters drops it.
		if (data.oauthTokenData !== undefined) withDefaults.oauthTokenData = data.oauthTokenData as IDataObject;
		return withDefaults;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow: Workflow,
		node: INode,
	): Promise<IHttpRequestOptions> {
		const { authenticate } = this.credentialTypes.getByName(typeName);
		if (typeof authenticate === 'function') {
			return await authenticate(credentials, requestOptions as IHttpRequestOptions);
		}
		if (authenticate?.type === 'generic') {
			requestOptions.headers ??= {};
			const request = requestOptions as unknown as Record<string, IDataObject | undefined>;
			for (const [section, entries] of Object.entries(authenticate.properties)) {
				const target = (request[section] ??= {});
				for (const [key, value] of Object.entries(entries as IDataObject)) {
					const resolve = (raw: unknown) => this.resolve(raw, credentials, workflow, node);
					target[resolve(key)] = resolve(value);
				}
			}
		}
		return requestOptions as IHttpRequestOptions;
	}

	/** As n8n: an expression is evaluated with `$credentials`; an empty result becomes ''. */
	private resolve(
		value: unknown,
		credentials: ICredentialDataDecryptedObject,
		workflow: Workflow,
		node: INode,
	): string {
		if (!isExpression(value)) return String(value);
		const resolved = workflow.expression.getSimpleParameterValue(
			node,
			value,
			'internal',
			{ $credentials: credentials },
			undefined,
			'',
		);
		return resolved ? resolved.toString() : '';
	}

	/**
	 * n8n's rule for credentials with an expirable hidden property (a session token fetched by the
	 * type's `preAuthentication`): fetch it when it is empty, when a request came back 401, or when the
	 * credential is being tested; then keep it for the rest of the run, as n8n saves it to the database.
	 */
	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const credentialType = this.credentialTypes.getByName(typeName);
		const expirable = credentialType.properties.find(
			(property) => property.type === 'hidden' && property.typeOptions?.expirable === true,
		);
		if (!expirable || typeof credentialType.preAuthentication !== 'function') return undefined;

		const beingTested = node.type === CREDENTIAL_TEST_NODE_TYPE && node.parameters.temp === '';
		if (credentials[expirable.name] !== '' && !credentialsExpired && !beingTested) return undefined;

		const output = await credentialType.preAuthentication.call(helpers, credentials);
		if (output[expirable.name] === undefined) return undefined;

		this.store[typeName] = { ...this.store[typeName], ...(output as ICredentialDataDecryptedObject) };
		return Object.assign(credentials, output);
	}

	async updateCredentials(
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.store[type] = data;
	}

	async updateCredentialsOauthTokenData(
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.store[type] = { ...this.store[type], oauthTokenData: data.oauthTokenData };
	}

	/** Encrypted credential entities belong to n8n's database; n8n-core never asks the helper for one. */
	async getCredentials(_nodeCredentials: INodeCredentialsDetails, type: string): Promise<ICredentials> {
		throw new UnexpectedError(`The test harness keeps no encrypted credentials (asked for "${type}")`);
	}
}
