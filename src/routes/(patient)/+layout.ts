// The patient app is static: pages are prerendered, precached by the service worker and
// filled in from IndexedDB in the browser, so every one of them opens with no signal.
export const prerender = true;
export const trailingSlash = 'never';
