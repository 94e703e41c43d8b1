// The service worker answers offline navigations it has no page for with this shell;
// rendered in the browser, it then draws whichever page the address asks for.
export const ssr = false;
