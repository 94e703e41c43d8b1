// Focus helpers for in-page links (skip link, error summary). nhsuk does this in its own
// JavaScript, which Tend does not ship.

/**
 * Moves keyboard focus to the element with `id`, making it focusable for the moment if it
 * is not (the main landmark, a heading). Returns false when there is no such element.
 */
export function focusElement(id: string): boolean {
	const target = document.getElementById(id);
	if (!target) return false;
	if (!target.hasAttribute('tabindex') && target.tabIndex < 0) {
		target.setAttribute('tabindex', '-1');
		target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
	}
	target.focus();
	return true;
}

/**
 * Focuses the form field with `id` from an error summary link, first scrolling its legend or
 * label into view so the person sees the question, not just the box (GOV.UK's pattern).
 */
export function focusField(id: string): boolean {
	const field = document.getElementById(id);
	if (!field) return false;
	const legend = field.closest('fieldset')?.querySelector('legend');
	const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
	(legend ?? label ?? field).scrollIntoView();
	field.focus({ preventScroll: true });
	return true;
}
