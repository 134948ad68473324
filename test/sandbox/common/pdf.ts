/**
 * A one-page PDF standing in for a service's print-out: real PDF structure (objects, xref, trailer) so a
 * client can treat it as a file, with a few lines of text for tests to find.
 */

/** Helvetica in a bare PDF speaks Latin-1; anything else is shown as `?`. */
function pdfString(text: string): string {
	return text.replace(/[^\x20-\x7e]/g, '?').replace(/[\\()]/g, (character) => `\\${character}`);
}

function pageContent(lines: readonly string[]): string {
	const shown = lines.map((line, index) => `${index === 0 ? '' : '0 -18 Td '}(${pdfString(line)}) Tj`);
	return ['BT', '/F1 12 Tf', '50 780 Td', ...shown, 'ET'].join('\n');
}

export function onePagePdf(lines: readonly string[]): Buffer {
	const content = pageContent(lines);
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
		`<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
	];
	let file = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((body, index) => {
		offsets.push(file.length);
		file += `${index + 1} 0 obj\n${body}\nendobj\n`;
	});
	const xrefOffset = file.length;
	file += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	file += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
	file += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
	// Every character is ASCII, so string offsets are byte offsets.
	return Buffer.from(file, 'latin1');
}
