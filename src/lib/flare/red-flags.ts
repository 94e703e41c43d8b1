import defaults from '$content/red-flags/default.json';
import { RED_FLAG_LEVELS, type RedFlag, type RedFlagContent, type RedFlagGroup } from './types';

/**
 * The red flags and crisis contacts shipped with the app, most serious first. The content
 * file is checked against RedFlagContentSchema by the tests (red-flags.spec.ts), so a
 * broken file fails the build's tests rather than hiding a red flag.
 * See: DOMAIN brief §3; sources are named per group in src/content/red-flags/default.json.
 */
export function defaultRedFlagGroups(): RedFlagGroup[] {
	const content = defaults as RedFlagContent;
	return [...content.groups].sort(
		(a, b) => RED_FLAG_LEVELS.indexOf(a.level) - RED_FLAG_LEVELS.indexOf(b.level)
	);
}

/**
 * The flare-up flow's mental-health crisis question, asked after the 999 and urgent red
 * flags; a yes routes to the crisis contacts. See: DOMAIN brief §3 ("Mental health crisis").
 */
export function defaultCrisisQuestion(): RedFlag {
	const { id, textKey } = (defaults as RedFlagContent).crisisQuestion;
	return { id, textKey };
}
