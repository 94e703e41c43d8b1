import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes';

// Intl may use a narrow no-break space between number and unit.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatBytes', () => {
	it.each([
		[0, 'en-GB', '0 kB'],
		[-5, 'en-GB', '0 kB'],
		[Number.NaN, 'en-GB', '0 kB'],
		[512, 'en-GB', '0.5 kB'],
		[1_000, 'en-GB', '1 kB'],
		[999_000, 'en-GB', '999 kB'],
		[1_000_000, 'en-GB', '1 MB'],
		[2_345_678, 'en-GB', '2.3 MB'],
		[250_000_000, 'en-GB', '250 MB'],
		[1_500_000_000, 'en-GB', '1.5 GB'],
		[12_400_000_000, 'en-GB', '12 GB'],
		[2_345_678, 'pl', '2,3 MB'],
		[1_500_000_000, 'pl', '1,5 GB'],
		[512, 'pl', '0,5 kB']
	])('%d bytes in %s is %s', (bytes, locale, expected) => {
		expect(plain(formatBytes(bytes, locale))).toBe(expected);
	});
});
