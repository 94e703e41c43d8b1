import QRCode from 'qrcode';
import type { EnrolmentRole } from '../devices/devices';

/**
 * The enrolment letter's link and QR code. The code goes only into this response and the
 * printed page: never into a URL the console itself visits, a log or the database.
 */

/** The address the letter's QR code opens: the app's link page with the code filled in. */
export function enrolmentLinkUrl(origin: string, code: string): string {
	return `${origin}/link?code=${encodeURIComponent(code)}`;
}

/**
 * A QR code for `text` as an SVG data URL, for an `<img src>` (no markup is injected into
 * the page). Error correction level M survives a creased or smudged letter.
 */
export async function qrCodeDataUrl(text: string): Promise<string> {
	const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
	return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

/** What the printed letter shows; the code is only ever in this object and the page. */
export interface EnrolmentLetter {
	code: string;
	expiresAt: string;
	role: EnrolmentRole;
	patientName: string;
	carerName: string;
	carerRelationship: string;
	/** Where to type the code by hand: the app's link page. */
	linkPageUrl: string;
	/** The QR code (SVG data URL) that opens the link page with the code filled in. */
	qrImage: string;
	/** The pain service's phone number for help, when the service has set one. */
	servicePhone: string | null;
}

/** Puts together the letter for a code that has just been issued. */
export async function enrolmentLetter(
	issued: Pick<EnrolmentLetter, 'role' | 'carerName' | 'carerRelationship'> & {
		issued: { code: string; expiresAt: string };
	},
	{
		patientName,
		origin,
		servicePhone
	}: { patientName: string; origin: string; servicePhone: string | null }
): Promise<EnrolmentLetter> {
	return {
		code: issued.issued.code,
		expiresAt: issued.issued.expiresAt,
		role: issued.role,
		patientName,
		carerName: issued.carerName,
		carerRelationship: issued.carerRelationship,
		linkPageUrl: `${origin}/link`,
		qrImage: await qrCodeDataUrl(enrolmentLinkUrl(origin, issued.issued.code)),
		servicePhone
	};
}
