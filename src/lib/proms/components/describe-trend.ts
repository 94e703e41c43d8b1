// Words for a trend: a value as a person reads it ("12 out of 27 (moderate)") and the
// one-sentence summary. "Better" and "worse" come from the trend's direction, which the
// instrument's own rules decided (trend.ts); nothing here compares numbers (H-022).
import { formatCalendarDate } from '$lib/i18n/dates';
import { formatNumber, i18n, t } from '$lib/i18n/i18n.svelte';
import type { ScoreScale } from '$lib/proms/score-scale';
import type { TrendPoint, TrendSummary } from '$lib/proms/trend';

/** The value of a point without its band: "12 out of 27", "21342", "Good"; "" if unscored. */
export function describeValue(point: TrendPoint, scale: ScoreScale): string {
	if (scale.kind === 'code') return point.code ?? '';
	if (scale.kind === 'answer') return point.band ? t(point.band.name) : '';
	if (point.value === null) return '';
	return t('proms:trends.value', {
		value: formatNumber(point.value),
		max: formatNumber(scale.max)
	});
}

/** The value with its band when it has one: "12 out of 27 (moderate)". */
export function describeValueWithBand(point: TrendPoint, scale: ScoreScale): string {
	const value = describeValue(point, scale);
	if (scale.kind !== 'number' || !point.band) return value;
	return t('proms:trends.value_with_band', { value, band: t(point.band.name) });
}

function changeKey(summary: Extract<TrendSummary, { kind: 'change' }>): string {
	const { direction, meaningful } = summary;
	if (direction === 'better') {
		if (meaningful === null) return 'proms:trends.summary.better';
		return meaningful
			? 'proms:trends.summary.better_meaningful'
			: 'proms:trends.summary.better_small';
	}
	if (direction === 'worse') {
		if (meaningful === null) return 'proms:trends.summary.worse';
		return meaningful
			? 'proms:trends.summary.worse_meaningful'
			: 'proms:trends.summary.worse_small';
	}
	if (direction === 'same') return 'proms:trends.summary.same';
	if (direction === 'mixed') return 'proms:trends.summary.mixed';
	return 'proms:trends.summary.from_to';
}

/** The one-sentence summary of a trend, dates as days in `timeZone` (the device's by default). */
export function describeSummary(
	summary: TrendSummary,
	scale: ScoreScale,
	timeZone?: string
): string {
	const date = (point: TrendPoint) => formatCalendarDate(point.at, i18n.language, timeZone);
	const isAnswer = scale.kind === 'answer';
	switch (summary.kind) {
		case 'empty':
			return t('proms:trends.summary.empty');
		case 'unscored':
			return t('proms:trends.summary.unscored', { count: summary.count });
		case 'single':
			return t(isAnswer ? 'proms:trends.summary.answer_single' : 'proms:trends.summary.single', {
				date: date(summary.point),
				value: describeValueWithBand(summary.point, scale)
			});
		case 'change':
			return t(isAnswer ? 'proms:trends.summary.answer_from_to' : changeKey(summary), {
				from: describeValueWithBand(summary.first, scale),
				fromDate: date(summary.first),
				to: describeValueWithBand(summary.latest, scale),
				toDate: date(summary.latest)
			});
	}
}
