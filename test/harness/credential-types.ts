import type { PackageDirectoryLoader } from 'n8n-core';
import { NodeHelpers } from 'n8n-workflow';
import type { ICredentialType, ICredentialTypes, INodeProperties } from 'n8n-workflow';

/** The package's credential types, looked up by their `name` as nodes reference them. */
export class PackageCredentialTypes implements ICredentialTypes {
	constructor(private readonly loader: PackageDirectoryLoader) {}

	recognizes(credentialType: string): boolean {
		return credentialType in this.loader.known.credentials;
	}

	/** Throws n8n-core's UnrecognizedCredentialTypeError for a type the package does not ship. */
	getByName(credentialType: string): ICredentialType {
		return this.loader.getCredential(credentialType).type;
	}

	getSupportedNodes(credentialType: string): string[] {
		const shortNames = this.loader.known.credentials[credentialType]?.supportedNodes ?? [];
		return shortNames.map((shortName) => `${this.loader.packageName}.${shortName}`);
	}

	getParentTypes(credentialType: string): string[] {
		const parents = this.loader.known.credentials[credentialType]?.extends ?? [];
		return parents.flatMap((parent) => [parent, ...this.getParentTypes(parent)]);
	}

	/** The type's properties with those of the types it extends; its own take precedence, as in n8n. */
	getProperties(credentialType: string): INodeProperties[] {
		const { extends: parents = [], properties } = this.getByName(credentialType);
		const combined: INodeProperties[] = [];
		for (const parent of parents) {
			NodeHelpers.mergeNodeProperties(combined, this.getProperties(parent));
		}
		NodeHelpers.mergeNodeProperties(combined, properties);
		return combined;
	}
}
