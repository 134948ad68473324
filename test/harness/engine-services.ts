import { Logger } from '@n8n/backend-common';
import { GlobalConfig } from '@n8n/config';
import { Container } from '@n8n/di';
import {
	BinaryDataConfig,
	BinaryDataService,
	ErrorReporter,
	InstanceSettings,
} from 'n8n-core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * n8n-core looks up a few singletons in its DI container while it runs nodes. In the n8n app they are
 * built from ~/.n8n (a settings file it creates on first use), the database and the environment. Here
 * they are registered once per jest module registry, before anything asks for them, so a test run
 * writes nothing to the user's home and logs nothing (set N8N_LOG_LEVEL to see n8n's own logs).
 */

let prepared = false;

export function prepareEngineServices(): void {
	if (prepared) return;
	prepared = true;
	silenceEngineLogsUnlessAsked();
	Container.set(InstanceSettings, instanceSettingsWithoutSettingsFile());
	keepBinaryDataInMemory();
}

export function engineServicesPrepared(): boolean {
	return prepared;
}

function silenceEngineLogsUnlessAsked(): void {
	// GlobalConfig has already read N8N_LOG_LEVEL; the Logger is built from it on first use.
	if (process.env.N8N_LOG_LEVEL === undefined) {
		Container.get(GlobalConfig).logging.level = 'silent';
	}
}

/**
 * The real InstanceSettings constructor creates ~/.n8n/config with a fresh encryption key. This stand-in
 * keeps the class's own getters (isLeader, encryptionKey, ...) and sets the fields that node execution
 * reads: the instance id, the secret for signed resume URLs, the instance's role, and folders that only
 * nodes reading or writing local files touch.
 */
function instanceSettingsWithoutSettingsFile(): InstanceSettings {
	const n8nFolder = join(tmpdir(), 'n8n-nodes-faktura-harness', '.n8n');
	const fields = {
		n8nFolder,
		staticCacheDir: join(n8nFolder, 'cache'),
		instanceType: 'main',
		instanceRole: 'unset',
		instanceId: 'harness-instance',
		hmacSignatureSecret: 'harness-hmac-secret',
		settings: { encryptionKey: 'harness-encryption-key' },
	};
	return Object.assign(Object.create(InstanceSettings.prototype) as InstanceSettings, fields);
}

/**
 * n8n's 'default' binary data mode: the bytes stay base64 in the item (`binary.data`), no file store.
 * BinaryDataService does exactly that whenever no storage manager is registered, which is the case as
 * long as its init() (which would create a folder for the filesystem manager) is not called.
 */
function keepBinaryDataInMemory(): void {
	const config: BinaryDataConfig = {
		mode: 'default',
		availableModes: ['default'],
		localStoragePath: join(tmpdir(), 'n8n-nodes-faktura-harness', 'binary-data'),
		signingSecret: 'harness-binary-data-signing-secret',
		dbMaxFileSize: 512,
	};
	Container.set(BinaryDataConfig, config);
	Container.set(
		BinaryDataService,
		new BinaryDataService(config, Container.get(ErrorReporter), Container.get(Logger)),
	);
}
