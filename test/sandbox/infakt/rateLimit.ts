/**
 * The documented limits, 300 GET and 150 POST/PUT/DELETE per 60 seconds, counted per key over a sliding
 * window (the docs count per IP; every sandbox client is on one address, so per key is what a test can
 * tell apart). Off unless the sandbox is told to enforce them.
 */
const WINDOW_MS = 60_000;
const LIMITS = { read: 300, write: 150 } as const;

export class RateLimiter {
	private readonly arrivals = new Map<string, number[]>();

	/** Seconds to wait when this request is over the limit; undefined when it may pass. */
	admit(key: string, method: string, now = Date.now()): number | undefined {
		const kind = method === 'GET' ? 'read' : 'write';
		const bucket = `${key}:${kind}`;
		const recent = (this.arrivals.get(bucket) ?? []).filter((at) => at > now - WINDOW_MS);
		this.arrivals.set(bucket, recent);
		if (recent.length >= LIMITS[kind]) return Math.max(1, Math.ceil(((recent[0] ?? now) + WINDOW_MS - now) / 1000));
		recent.push(now);
		return undefined;
	}
}
