const UNITS = [
	{ unit: 'gigabyte', size: 1e9 },
	{ unit: 'megabyte', size: 1e6 },
	{ unit: 'kilobyte', size: 1e3 }
] as const;

/**
 * A storage size for people, e.g. "1.5 GB" (en-GB) or "1,5 GB" (pl). Uses decimal units,
 * as browsers' storage estimates do; anything under 1 MB is shown in kB.
 */
export function formatBytes(bytes: number, locale: string): string {
	const safe = Number.isFinite(bytes) && bytes > 0 ? bytes : 0;
	const { unit, size } = UNITS.find((candidate) => safe >= candidate.size) ?? UNITS[2];
	const value = safe / size;
	return new Intl.NumberFormat(locale, {
		style: 'unit',
		unit,
		unitDisplay: 'short',
		maximumFractionDigits: value < 10 ? 1 : 0
	}).format(value);
}
