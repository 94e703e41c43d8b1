import { describe, expect, it } from 'vitest';
import { STAFF_COOKIE_NAME, staffCookieOptions } from './cookie';

describe('staffCookieOptions', () => {
	it('is HttpOnly, SameSite=Strict and limited to /staff', () => {
		expect(staffCookieOptions(new URL('http://localhost:3000/staff/sign-in'))).toMatchObject({
			path: '/staff',
			httpOnly: true,
			sameSite: 'strict'
		});
		expect(STAFF_COOKIE_NAME).toBe('tend_staff');
	});

	it('is Secure over https and not over plain http', () => {
		expect(staffCookieOptions(new URL('https://pain.example.nhs.uk/staff')).secure).toBe(true);
		expect(staffCookieOptions(new URL('http://localhost:3000/staff')).secure).toBe(false);
	});

	it('lives at most 12 hours, the absolute session limit', () => {
		expect(staffCookieOptions(new URL('https://x.example/staff')).maxAge).toBe(12 * 60 * 60);
	});
});
