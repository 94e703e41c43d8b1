import { describe, expect, it } from 'vitest';
import { validateLinkForm } from './form';

describe('validateLinkForm', () => {
	it('passes a good code and name', () => {
		expect(validateLinkForm({ code: 'abcd-efgh-jkmn', deviceName: 'My phone' })).toEqual({});
	});

	it.each([
		[{ code: 'abcd', deviceName: 'My phone' }, { code: 'enrolment:errors.invalid_format' }],
		[
			{ code: 'ABCD-EFGH-JKMN', deviceName: '  ' },
			{ deviceName: 'enrolment:errors.device_name_missing' }
		],
		[
			{ code: 'ABCD-EFGH-JKMN', deviceName: 'x'.repeat(61) },
			{ deviceName: 'enrolment:errors.device_name_too_long' }
		],
		[
			{ code: '', deviceName: '' },
			{
				code: 'enrolment:errors.invalid_format',
				deviceName: 'enrolment:errors.device_name_missing'
			}
		]
	])('explains %j', (form, errors) => {
		expect(validateLinkForm(form)).toEqual(errors);
	});
});
