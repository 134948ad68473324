import type { ProviderFailure } from './errors';

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{"status":"error","message":…}` answered with HTTP 200, as some Rails-style APIs do for refused actions. */
export function statusErrorEnvelope(body: unknown): ProviderFailure | undefined {
	if (!isRecord(body) || body.status !== 'error') return undefined;
	const message = typeof body.message === 'string' && body.message !== '' ? body.message : 'The service refused the request';
	return { message };
}
