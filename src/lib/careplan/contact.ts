import type { ServiceContact } from '$lib/shell/types';
import type { ContactPoints } from './types';

/** How to reach the pain service, as "My plan" shows it. */
export interface ServiceContactDetails {
	/** The service's name, when the device is linked. */
	name: string;
	phone: string;
	hours: string;
	email: string;
}

/**
 * The contact details to show: each from the care plan when it has one (the plan is more
 * specific), else from what the device learnt when it was linked; null when there are none.
 */
export function contactDetails(
	plan: ContactPoints | null,
	service: ServiceContact | null
): ServiceContactDetails | null {
	const pick = (own: string | undefined, linked: string | undefined) =>
		own?.trim() ? own.trim() : (linked?.trim() ?? '');
	const details = {
		name: service?.name.trim() ?? '',
		phone: pick(plan?.phone, service?.phone),
		hours: pick(plan?.hours, service?.hours),
		email: pick(plan?.email, service?.email)
	};
	return details.phone || details.hours || details.email ? details : null;
}

/** A `tel:` address for a phone number as people write it ("0113 496 0000"). */
export function telHref(phone: string): string {
	return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
