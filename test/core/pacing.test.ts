import { Pacer, perMinute } from '../../nodes/core/pacing';

/** Send times of `count` requests through the pacer, relative to the first. */
async function sendTimes(pacer: Pacer, count: number, direction: 'read' | 'write' = 'read'): Promise<number[]> {
	const tickets = await Promise.all(Array.from({ length: count }, async () => await pacer.acquire(direction)));
	return tickets.map((ticket) => ticket.at - tickets[0].at);
}

describe('Pacer', () => {
	test('keeps to a documented limit: the fourth request of three per 200 ms waits for the window', async () => {
		const times = await sendTimes(new Pacer([{ requests: 3, perMs: 200 }]), 4);
		expect(times.slice(0, 3).every((time) => time < 50)).toBe(true);
		expect(times[3]).toBeGreaterThanOrEqual(200);
	});

	test('requests leave in the order they asked', async () => {
		const pacer = new Pacer([{ requests: 1, perMs: 30 }]);
		const order: number[] = [];
		await Promise.all([0, 1, 2, 3].map(async (index) => order.push((await pacer.acquire('write'), index))));
		expect(order).toEqual([0, 1, 2, 3]);
	});

	test('a limit for writes does not hold reads back', async () => {
		const pacer = new Pacer([{ requests: 1, perMs: 300, scope: 'write' }]);
		await pacer.acquire('write');
		const started = Date.now();
		await pacer.acquire('read');
		expect(Date.now() - started).toBeLessThan(100);
	});

	test('a 429 after a single request is only waited out: no limit is learned from it', async () => {
		const pacer = new Pacer([]);
		const refused = await pacer.acquire('read');
		pacer.throttled(refused, 0);
		const times = await sendTimes(pacer, 5);
		expect(times[4]).toBeLessThan(50);
	});

	test('a 429 pauses everyone for Retry-After, and a service without a documented limit is paced to what it accepted', async () => {
		const pacer = new Pacer([]);
		const accepted = await Promise.all([1, 2, 3].map(async () => await pacer.acquire('read')));
		const refused = await pacer.acquire('read');
		pacer.throttled(refused, 250);
		const times = await sendTimes(pacer, 4);
		const afterPause = Date.now();
		expect(accepted).toHaveLength(3);
		// The next three wait for the pause; the fourth for the learned window of three per 250 ms (and more).
		expect(times[3] - times[0]).toBeGreaterThanOrEqual(250);
		expect(afterPause - refused.at).toBeGreaterThanOrEqual(250);
	});

	test('the user limit spreads requests evenly: 600 a minute is 10 a second, 30 a minute one per 2 s', () => {
		expect(perMinute(600)).toEqual({ requests: 10, perMs: 1000 });
		expect(perMinute(30)).toEqual({ requests: 1, perMs: 2000 });
	});
});
