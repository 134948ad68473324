/** In-memory tables with integer ids, as a database table (a Rails model's, for BitFaktura) hands them out. */

export class Sequence {
	private next: number;

	constructor(first: number) {
		this.next = first;
	}

	take(): number {
		return this.next++;
	}
}

/** Reads an id as Rails casts one: an integer or a string of digits. */
export function idFrom(value: unknown): number | undefined {
	if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
	if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
	return undefined;
}

export class Table<R extends { id: number }> {
	private readonly rows = new Map<number, R>();
	private readonly ids: Sequence;

	constructor(firstId: number) {
		this.ids = new Sequence(firstId);
	}

	/** Ids are spent even when the record then fails validation, like a database sequence. */
	allocateId(): number {
		return this.ids.take();
	}

	insert(record: R): R {
		this.rows.set(record.id, record);
		return record;
	}

	find(id: unknown): R | undefined {
		const key = idFrom(id);
		return key === undefined ? undefined : this.rows.get(key);
	}

	/** Rows in id order. */
	all(): R[] {
		return [...this.rows.values()].sort((a, b) => a.id - b.id);
	}

	delete(id: number): void {
		this.rows.delete(id);
	}
}
