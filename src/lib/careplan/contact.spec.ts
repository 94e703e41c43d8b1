import { describe, expect, it } from 'vitest';
import { contactDetails, telHref } from './contact';

const service = {
	name: 'Leeds Community Pain Service',
	phone: '0113 496 0000',
	hours: 'Mon–Fri 8am–6:30pm'
};

describe('contactDetails', () => {
	it('prefers the plan’s details, filling gaps from the linked service', () => {
		expect(
			contactDetails({ phone: '0113 496 0500', hours: '', email: 'pain@example.nhs.uk' }, service)
		).toEqual({
			name: 'Leeds Community Pain Service',
			phone: '0113 496 0500',
			hours: 'Mon–Fri 8am–6:30pm',
			email: 'pain@example.nhs.uk'
		});
	});

	it('uses the linked service alone when there is no plan', () => {
		expect(contactDetails(null, service)).toMatchObject({ phone: '0113 496 0000', email: '' });
	});

	it('is null when nothing is known, or only a name', () => {
		expect(contactDetails(null, null)).toBeNull();
		expect(contactDetails({ phone: ' ', hours: '', email: '' }, { name: 'X' })).toBeNull();
	});
});

describe('telHref', () => {
	it.each([
		['0113 496 0000', 'tel:01134960000'],
		['+44 (0)113 496-0000', 'tel:+4401134960000'],
		['116 123', 'tel:116123']
	])('%s → %s', (phone, href) => expect(telHref(phone)).toBe(href));
});
