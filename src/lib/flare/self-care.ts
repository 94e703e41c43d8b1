import content from '$content/flare/self-care.json';
import type { SelfCareContent } from './types';

/**
 * General first steps for a flare-up, for someone with no flare-up plan of their own. The
 * content file is checked against SelfCareContentSchema by self-care.spec.ts.
 * See: DOMAIN brief §3; the source is named in src/content/flare/self-care.json.
 */
export function selfCareContent(): SelfCareContent {
	return content as SelfCareContent;
}
