import { describe, expect, it } from 'vitest';
import {
	applySecurityHeaders,
	FRAME_ANCESTORS_POLICY,
	mergeContentSecurityPolicy,
	securityHeaders
} from './security-headers.js';

describe('securityHeaders', () => {
	it('sends the fixed set over plain http, without HSTS', () => {
		expect(securityHeaders({ https: false })).toEqual({
			'content-security-policy': "frame-ancestors 'none'",
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'same-origin',
			'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
			'cross-origin-opener-policy': 'same-origin',
			'x-frame-options': 'DENY'
		});
	});

	it('adds HSTS over https only', () => {
		expect(securityHeaders({ https: true })['strict-transport-security']).toBe(
			'max-age=31536000; includeSubDomains'
		);
		expect(securityHeaders({ https: false })).not.toHaveProperty('strict-transport-security');
	});

	it('does not use the obsolete interest-cohort feature', () => {
		expect(securityHeaders({ https: true })['permissions-policy']).not.toContain('interest-cohort');
	});
});

describe('mergeContentSecurityPolicy', () => {
	it.each([
		[undefined, FRAME_ANCESTORS_POLICY],
		[null, FRAME_ANCESTORS_POLICY],
		['', FRAME_ANCESTORS_POLICY],
		["default-src 'self'", `default-src 'self', ${FRAME_ANCESTORS_POLICY}`],
		["default-src 'self'; frame-ancestors 'self'", "default-src 'self'; frame-ancestors 'self'"],
		[FRAME_ANCESTORS_POLICY, FRAME_ANCESTORS_POLICY],
		[
			`default-src 'self', ${FRAME_ANCESTORS_POLICY}`,
			`default-src 'self', ${FRAME_ANCESTORS_POLICY}`
		]
	])('%s → %s', (existing, expected) => {
		expect(mergeContentSecurityPolicy(existing)).toBe(expected);
	});
});

describe('applySecurityHeaders', () => {
	it('keeps a policy SvelteKit set and adds ours once, however often it runs', () => {
		const headers = new Headers({ 'content-security-policy': "script-src 'self'" });
		applySecurityHeaders(headers, { https: false });
		applySecurityHeaders(headers, { https: false });
		expect(headers.get('content-security-policy')).toBe(
			`script-src 'self', ${FRAME_ANCESTORS_POLICY}`
		);
		expect(headers.get('x-frame-options')).toBe('DENY');
	});

	it('removes HSTS set earlier when the connection is not https', () => {
		const headers = new Headers({ 'strict-transport-security': 'max-age=60' });
		applySecurityHeaders(headers, { https: false });
		expect(headers.has('strict-transport-security')).toBe(false);
	});

	it('sets every header on an empty response', () => {
		const headers = new Headers();
		applySecurityHeaders(headers, { https: true });
		expect(Object.fromEntries(headers)).toEqual(securityHeaders({ https: true }));
	});
});
