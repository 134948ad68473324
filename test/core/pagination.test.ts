import { collectPages } from '../../nodes/core/pagination';

/** A fake paged source of `total` numbered records that logs what was asked. */
function source(total: number) {
	const asked: Array<[number, number]> = [];
	const records = Array.from({ length: total }, (_, index) => index + 1);
	return {
		asked,
		page: async (page: number, size: number) => {
			asked.push([page, size]);
			return { records: records.slice((page - 1) * size, page * size) };
		},
		slice: async (offset: number, size: number) => {
			asked.push([offset, size]);
			return { records: records.slice(offset, offset + size) };
		},
	};
}

describe('collectPages', () => {
	test('Return All reads full pages until a short one', async () => {
		const s = source(250);
		const all = await collectPages({ returnAll: true, limit: Infinity, maxPageSize: 100, fetchPage: s.page });
		expect(all).toHaveLength(250);
		expect(s.asked).toEqual([[1, 100], [2, 100], [3, 100]]);
	});

	test('stops on an empty page when the total is a multiple of the page size', async () => {
		const s = source(200);
		expect(await collectPages({ returnAll: true, limit: Infinity, maxPageSize: 100, fetchPage: s.page })).toHaveLength(200);
		expect(s.asked).toEqual([[1, 100], [2, 100], [3, 100]]);
	});

	test('a limit asks for small pages and stops as soon as it is reached', async () => {
		const s = source(250);
		expect(await collectPages({ returnAll: false, limit: 7, maxPageSize: 100, fetchPage: s.page })).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(s.asked).toEqual([[1, 7]]);
	});

	test('hasMore from the service wins over the page length, so filtered pages keep paging', async () => {
		const asked: number[] = [];
		const kept = await collectPages({
			returnAll: false,
			limit: 1,
			maxPageSize: 100,
			fetchPage: async (page) => {
				asked.push(page);
				return page < 3 ? { records: [], hasMore: true } : { records: ['found'], hasMore: true };
			},
		});
		expect(kept).toEqual(['found']);
		expect(asked).toEqual([1, 2, 3]);
	});
});

