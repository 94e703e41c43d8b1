import { describe, expect, it } from 'vitest';
import { secureResponse } from './secure-response';

describe('secureResponse', () => {
	it('sets the headers on the response itself', () => {
		const response = new Response('hi', {
			headers: { 'content-security-policy': "default-src 'self'" }
		});
		expect(secureResponse(response, false)).toBe(response);
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('content-security-policy')).toBe(
			"default-src 'self', frame-ancestors 'none'"
		);
		expect(response.headers.has('strict-transport-security')).toBe(false);
	});

	it('copies a response whose headers cannot change', async () => {
		const redirect = Response.redirect('https://tend.example.nhs.uk/', 302);
		const secured = secureResponse(redirect, true);
		expect(secured.status).toBe(302);
		expect(secured.headers.get('location')).toBe('https://tend.example.nhs.uk/');
		expect(secured.headers.get('strict-transport-security')).toBe(
			'max-age=31536000; includeSubDomains'
		);
	});
});
