/**
 * Runs `task` for indexes 0..count-1 with at most `limit` in flight and returns the results in index
 * order. After the first failure no new index starts; the tasks already running finish, and the failure
 * of the lowest index is thrown, so the error a user sees does not depend on network timing.
 */
export async function mapWithConcurrency<T>(
	count: number,
	limit: number,
	task: (index: number) => Promise<T>,
): Promise<T[]> {
	const results = new Array<T>(count);
	const failures = new Map<number, unknown>();
	let next = 0;

	async function worker(): Promise<void> {
		while (next < count && failures.size === 0) {
			const index = next++;
			try {
				results[index] = await task(index);
			} catch (error) {
				failures.set(index, error);
			}
		}
	}

	const workers = Array.from({ length: Math.max(1, Math.min(limit, count)) }, async () => await worker());
	await Promise.all(workers);

	if (failures.size > 0) {
		const firstFailed = Math.min(...failures.keys());
		throw failures.get(firstFailed);
	}
	return results;
}
