/** Stock per warehouse and product, moved only by warehouse documents (pz in, wz out, mm between). */
export class StockLedger {
	/** Quantities in the units of `parseQuantity`, keyed `warehouseId:productId`. */
	private readonly levels = new Map<string, bigint>();

	add(warehouseId: number, productId: number, delta: bigint): void {
		const key = `${warehouseId}:${productId}`;
		this.levels.set(key, (this.levels.get(key) ?? 0n) + delta);
	}

	level(warehouseId: number, productId: number): bigint {
		return this.levels.get(`${warehouseId}:${productId}`) ?? 0n;
	}

	total(productId: number): bigint {
		let sum = 0n;
		for (const [key, quantity] of this.levels) if (key.endsWith(`:${productId}`)) sum += quantity;
		return sum;
	}
}
