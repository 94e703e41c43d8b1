import defaults from '$content/red-flags/default.json';
import { RED_FLAG_LEVELS, RedFlagContentSchema, type RedFlagGroup } from './types';

/**
 * The red flags and crisis contacts shipped with the app, most serious first. Validated
 * at load: a broken content file fails loudly in tests rather than hiding a red flag.
 * See: DOMAIN brief §3; sources are named per group in src/content/red-flags/default.json.
 */
export function defaultRedFlagGroups(): RedFlagGroup[] {
	const content = RedFlagContentSchema.parse(defaults);
	return [...content.groups].sort(
		(a, b) => RED_FLAG_LEVELS.indexOf(a.level) - RED_FLAG_LEVELS.indexOf(b.level)
	);
}
