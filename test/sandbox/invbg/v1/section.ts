/** Reading one element of a v1 document (`<info>`, `<client>`, an `<object>`) with the page's value rules. */
import { isIsoDate } from '../../common/dates';
import { invalidValue, missingField } from './errors';
import type { XmlNode } from './parse';
import { childText } from './parse';

const DECIMAL = /^\d+(\.\d+)?$/;

/** Reads one `<info>`/`<client>`/… element; `section` names it in error texts. */
export class Section {
	constructor(
		readonly node: XmlNode | undefined,
		readonly section: string,
	) {}

	text(name: string, required = false): string {
		const value = childText(this.node, name, `${this.section}/${name}`)?.trim() ?? '';
		if (required && value === '') throw missingField(`${this.section}/${name}`);
		return value;
	}

	oneOf(name: string, values: readonly string[], fallback: string, required = false): string {
		const value = this.text(name, required);
		if (value === '') return fallback;
		if (!values.includes(value)) throw invalidValue(`${this.section}/${name}`);
		return value;
	}

	/** `dd.mm.yyyy` as `YYYY-MM-DD`; '' when empty. */
	date(name: string, required = false): string {
		const value = this.text(name, required);
		if (value === '') return '';
		const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value);
		const iso = match ? `${match[3]}-${match[2]}-${match[1]}` : '';
		if (!isIsoDate(iso)) throw invalidValue(`${this.section}/${name}`);
		return iso;
	}

	/** A plain decimal with a point; '' when empty. */
	decimal(name: string, required = false): string {
		const value = this.text(name, required);
		if (value !== '' && !DECIMAL.test(value)) throw invalidValue(`${this.section}/${name}`);
		return value;
	}
}

export function readReduction(section: Section): { type: 'currency' | 'percent'; value: string } | null {
	const value = section.decimal('reduction_value');
	const type = section.oneOf('reduction_type', ['percent', 'currency'], '');
	if (value === '') return null;
	if (type === '') throw missingField(`${section.section}/reduction_type`);
	return { type: type as 'currency' | 'percent', value };
}
