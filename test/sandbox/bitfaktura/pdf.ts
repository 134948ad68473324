/** The invoice print-out: the invoice number and print option in its text for tests to find. */
import { onePagePdf } from '../common/pdf';
import type { InvoiceRecord } from './store';

export function invoicePdf(invoice: InvoiceRecord, printOption: string): Buffer {
	return onePagePdf([
		`Invoice ${invoice.number}`,
		`Print option: ${printOption}`,
		`Buyer: ${invoice.buyer_name ?? ''}`,
		`Total: ${invoice.price_gross} ${invoice.currency}`,
	]);
}
