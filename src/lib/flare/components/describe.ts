// Words for a flare's length and severity, in the app's language. Uses the reactive t(),
// so call it from a component's markup or $derived.
import { formatNumber, i18n, t } from '$lib/i18n/i18n.svelte';
import type { FlareDuration } from '../duration';
import { FLARE_SEVERITY_MAX } from '../log';

/** "2 days, 3 hours", "45 minutes": the two largest units, or "less than a minute". */
export function describeDuration(duration: FlareDuration): string {
	const { days, hours, minutes } = duration;
	const units: Array<[key: string, count: number]> =
		days > 0
			? [
					['flarelog:duration.days', days],
					['flarelog:duration.hours', hours]
				]
			: [
					['flarelog:duration.hours', hours],
					['flarelog:duration.minutes', minutes]
				];
	const parts = units.filter(([, count]) => count > 0).map(([key, count]) => t(key, { count }));
	const length =
		parts.length > 0
			? new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' }).format(parts)
			: t('flarelog:duration.under_a_minute');
	return duration.isOngoing ? t('flarelog:duration.so_far', { length }) : length;
}

/** "7 out of 10". */
export function describeSeverity(severity: number): string {
	return t('flarelog:item.severity_value', {
		score: formatNumber(severity),
		max: formatNumber(FLARE_SEVERITY_MAX)
	});
}
