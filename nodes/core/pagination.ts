import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

export interface ListLimits {
	returnAll: boolean;
	limit: number;
}

/** One page as the service gave it; `hasMore` when the service says so, else a full page means more. */
export interface Page<T> {
	records: T[];
	hasMore?: boolean;
}

export interface PageNumberListing<T> extends ListLimits {
	/** The largest page the service serves. */
	maxPageSize: number;
	fetchPage(page: number, pageSize: number): Promise<Page<T>>;
}

/** The Return All / Limit pair every list operation shows. */
export function readListLimits(ctx: IExecuteFunctions, itemIndex: number): ListLimits {
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? Number.POSITIVE_INFINITY : (ctx.getNodeParameter('limit', itemIndex, 50) as number);
	return { returnAll, limit };
}

function pageSizeFor(limits: ListLimits, maxPageSize: number): number {
	return limits.returnAll ? maxPageSize : Math.max(1, Math.min(limits.limit, maxPageSize));
}

function isLastPage<T>(page: Page<T>, pageSize: number): boolean {
	if (page.hasMore !== undefined) return !page.hasMore;
	return page.records.length < pageSize;
}

/**
 * Page-number APIs (1-based). Asks for pages no larger than the limit needs, and stops on an empty or
 * short page, or as soon as the limit is reached, so it never loads more than asked.
 */
export async function collectPages<T = IDataObject>(listing: PageNumberListing<T>): Promise<T[]> {
	const pageSize = pageSizeFor(listing, listing.maxPageSize);
	const collected: T[] = [];
	for (let pageNumber = 1; collected.length < listing.limit; pageNumber++) {
		const page = await listing.fetchPage(pageNumber, pageSize);
		collected.push(...page.records.slice(0, listing.limit - collected.length));
		if (isLastPage(page, pageSize)) break;
	}
	return collected;
}

