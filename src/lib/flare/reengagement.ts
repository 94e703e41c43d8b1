/**
 * When a flare-up means getting back in touch with the pain service, and how to reach it.
 * The care plan says when (its re-engagement criteria, the flare plan's "contact the service
 * when", and a number of days after which a flare that has not settled is a reason to call).
 * See: DOMAIN brief §2 ("a clear explanation of the circumstances that require re-engaging
 * with the service, and the importance of contacting the service in preference to the GP
 * or A&E") and §3.
 */
import type { CarePlanContent, ContactPoints } from '$lib/careplan/types';
import type { ServiceContact } from '$lib/shell/types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How to reach the pain service, put together from the care plan and the linked service. */
export interface ServiceContactDetails {
	name: string | null;
	phone: string | null;
	hours: string | null;
	email: string | null;
}

/**
 * The plan's reasons to get back in touch with the service, the general criteria first,
 * each said once.
 */
export function reengagementReasons(content: CarePlanContent | null): string[] {
	if (!content) return [];
	const reasons = [...content.reengagement, ...content.flare.contactServiceWhen];
	return reasons.filter((reason, index) => reason.trim() && reasons.indexOf(reason) === index);
}

/**
 * Whether the flare-up going on since `ongoingSince` has lasted longer than the plan's
 * `contactAfterDays`. "Longer than N days" is more than N × 24 hours of elapsed time, so a
 * clock change does not move it. False when the plan sets no limit or the start is unknown.
 */
export function hasOutlastedPlan(
	content: CarePlanContent | null,
	ongoingSince: string | null,
	now: Date
): boolean {
	const days = content?.flare.contactAfterDays;
	if (!days || !ongoingSince) return false;
	const since = Date.parse(ongoingSince);
	if (Number.isNaN(since)) return false;
	return now.getTime() - since > days * DAY_MS;
}

/** Whole days a flare-up has lasted so far (0 on its first day), or null when unknown. */
export function daysSince(ongoingSince: string | null, now: Date): number | null {
	if (!ongoingSince) return null;
	const since = Date.parse(ongoingSince);
	if (Number.isNaN(since)) return null;
	return Math.max(0, Math.floor((now.getTime() - since) / DAY_MS));
}

/**
 * The service's contact details: the care plan's own (written for this person) first, the
 * linked service's for anything the plan leaves empty. Null when neither has any.
 */
export function serviceContactDetails(
	planContact: ContactPoints | null,
	linked: ServiceContact | null
): ServiceContactDetails | null {
	const pick = (...values: Array<string | undefined>) =>
		values.map((value) => value?.trim()).find((value) => !!value) ?? null;
	const details: ServiceContactDetails = {
		name: pick(linked?.name),
		phone: pick(planContact?.phone, linked?.phone),
		hours: pick(planContact?.hours, linked?.hours),
		email: pick(planContact?.email, linked?.email)
	};
	return Object.values(details).some((value) => value !== null) ? details : null;
}

/** A `tel:` link for a phone number as people write it ("01632 960 001"). */
export function telHref(phone: string): string {
	return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
