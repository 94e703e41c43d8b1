import { describe, expect, it } from 'vitest';
import { enrolmentLinkUrl, qrCodeDataUrl } from './letter';

describe('enrolmentLinkUrl', () => {
	it('opens the link page with the code', () => {
		expect(enrolmentLinkUrl('https://pain.example.nhs.uk', 'ABCD-EFGH-JKLM')).toBe(
			'https://pain.example.nhs.uk/link?code=ABCD-EFGH-JKLM'
		);
	});
});

describe('qrCodeDataUrl', () => {
	it('is an SVG image as a base64 data URL', async () => {
		const url = await qrCodeDataUrl('https://pain.example.nhs.uk/link?code=ABCD-EFGH-JKLM');
		expect(url).toMatch(/^data:image\/svg\+xml;base64,[A-Za-z0-9+/]+=*$/);
		const svg = Buffer.from(url.split(',')[1] ?? '', 'base64').toString('utf8');
		expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
		expect(svg).not.toMatch(/<script/i);
	});
});
