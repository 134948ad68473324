import { mapWithConcurrency } from '../../nodes/core/concurrency';

const tick = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));

describe('mapWithConcurrency', () => {
	test('keeps results in index order while running at most the limit at once', async () => {
		let running = 0;
		let most = 0;
		const results = await mapWithConcurrency(8, 3, async (index) => {
			running++;
			most = Math.max(most, running);
			await tick(8 - index);
			running--;
			return index * 10;
		});
		expect(results).toEqual([0, 10, 20, 30, 40, 50, 60, 70]);
		expect(most).toBe(3);
	});

	test('starts nothing new after a failure and throws the failure of the lowest index', async () => {
		const started: number[] = [];
		const run = mapWithConcurrency(10, 2, async (index) => {
			started.push(index);
			await tick(index === 1 ? 1 : 5);
			if (index === 0 || index === 1) throw new Error(`item ${index}`);
			return index;
		});
		await expect(run).rejects.toThrow('item 0');
		expect(started).toEqual([0, 1]);
	});

	test('one at a time stops exactly at the failed index', async () => {
		const started: number[] = [];
		await expect(
			mapWithConcurrency(5, 1, async (index) => {
				started.push(index);
				if (index === 2) throw new Error('third');
				return index;
			}),
		).rejects.toThrow('third');
		expect(started).toEqual([0, 1, 2]);
	});
});
