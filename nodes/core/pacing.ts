import { sleep } from 'n8n-workflow';

/** At most `requests` in any `perMs`; `scope` says which requests count (all, reads or writes). */
export interface RateLimit {
	requests: number;
	perMs: number;
	scope?: Direction;
}

export type Direction = 'read' | 'write';

/** A send as the pacer logged it; the transport marks it when the service answered 429. */
export interface Ticket {
	at: number;
	direction: Direction;
	throttled: boolean;
}

/**
 * Windows are kept a little longer than the service's, so that requests paced to its exact limit are
 * not refused because they arrived a few milliseconds closer together than they were sent.
 */
function effectiveWindow(limit: RateLimit): number {
	return Math.ceil(limit.perMs * 1.05) + 20;
}

const DEFAULT_THROTTLE_PAUSE_MS = 1000;
/** Requests accepted in the window before a 429 that it takes to learn a limit from it. */
const MIN_EVIDENCE = 2;

/**
 * Paces the requests of one credential within one execution: every limit the service documents, the
 * user's own lower limit, and, for a service that documents none, the limit learned from its first 429.
 * Requests leave in the order they asked, so writes keep their item order.
 */
export class Pacer {
	private log: Ticket[] = [];
	private queue: Promise<void> = Promise.resolve();
	private pausedUntil = 0;
	private learned: RateLimit | undefined;

	constructor(private readonly documented: RateLimit[]) {}

	/** Waits until a request may leave without breaking any limit, and logs it as sent. */
	async acquire(direction: Direction, userLimit?: RateLimit): Promise<Ticket> {
		const limits = [...this.documented, ...(userLimit ? [userLimit] : []), ...(this.learned ? [this.learned] : [])];
		let ticket: Ticket | undefined;
		const turn = this.queue.then(async () => {
			for (let wait = this.waitMs(direction, limits, Date.now()); wait > 0; wait = this.waitMs(direction, limits, Date.now())) {
				await sleep(wait);
			}
			ticket = { at: Date.now(), direction, throttled: false };
			this.log.push(ticket);
			this.prune(ticket.at, limits);
		});
		this.queue = turn;
		await turn;
		return ticket as Ticket;
	}

	/**
	 * The service refused a request for its rate: everyone waits as long as it asked, and a service
	 * without a documented limit is from now on paced to what it accepted in that window.
	 */
	throttled(ticket: Ticket, retryAfterMs: number | undefined): void {
		ticket.throttled = true;
		const pause = retryAfterMs ?? DEFAULT_THROTTLE_PAUSE_MS;
		this.pausedUntil = Math.max(this.pausedUntil, Date.now() + pause);
		if (this.documented.length > 0) return;
		const window = Math.max(DEFAULT_THROTTLE_PAUSE_MS, pause);
		const accepted = this.log.filter((sent) => !sent.throttled && sent.at > ticket.at - window && sent.at <= ticket.at).length;
		// A refusal after one or no accepted request says nothing about a rate: it is only waited out.
		if (accepted < MIN_EVIDENCE) return;
		const candidate: RateLimit = { requests: accepted, perMs: window };
		if (this.learned === undefined || candidate.requests / candidate.perMs < this.learned.requests / this.learned.perMs) {
			this.learned = candidate;
		}
	}

	private waitMs(direction: Direction, limits: RateLimit[], now: number): number {
		let wait = this.pausedUntil - now;
		for (const limit of limits) {
			if (limit.scope !== undefined && limit.scope !== direction) continue;
			const window = effectiveWindow(limit);
			const inWindow = this.log.filter((sent) => sent.at > now - window && (limit.scope === undefined || sent.direction === limit.scope));
			if (inWindow.length < limit.requests) continue;
			const oldestThatCounts = inWindow[inWindow.length - limit.requests];
			wait = Math.max(wait, oldestThatCounts.at + window - now);
		}
		return wait;
	}

	private prune(now: number, limits: RateLimit[]): void {
		const longest = Math.max(DEFAULT_THROTTLE_PAUSE_MS, ...limits.map(effectiveWindow), this.learned?.perMs ?? 0);
		const cutoff = now - longest - DEFAULT_THROTTLE_PAUSE_MS;
		if (this.log.length > 0 && this.log[0].at < cutoff) this.log = this.log.filter((sent) => sent.at >= cutoff);
	}
}

/** "At most n a minute", spread evenly, so that a limit of 600 never leaves as a burst of 600. */
export function perMinute(requests: number): RateLimit {
	if (requests >= 60) return { requests: Math.floor(requests / 60), perMs: 1000 };
	return { requests: 1, perMs: Math.ceil(60_000 / requests) };
}

const IDLE_MS = 10 * 60_000;
const pacers = new Map<string, { pacer: Pacer; lastUsed: number }>();

/** The pacer of one credential in one execution; pacers of finished executions are dropped when idle. */
export function pacerFor(key: string, documented: RateLimit[]): Pacer {
	const now = Date.now();
	for (const [name, entry] of pacers) if (now - entry.lastUsed > IDLE_MS) pacers.delete(name);
	const entry = pacers.get(key) ?? { pacer: new Pacer(documented), lastUsed: now };
	entry.lastUsed = now;
	pacers.set(key, entry);
	return entry.pacer;
}
