/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Tend's service worker: the app shell and static content come from the precache, so every
// page of the patient app opens with no signal. Patient data never goes into Cache Storage:
// it lives in IndexedDB, and /fhir and /api requests always go to the network.
import { clientsClaim } from 'workbox-core';
import {
	cleanupOutdatedCaches,
	createHandlerBoundToURL,
	precacheAndRoute,
	type PrecacheEntry
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { PUSH_MESSAGE, SYNC_TAG } from '$lib/sync/background-sync';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

/** Navigations the service worker must never answer from the precache. */
const ONLINE_ONLY = [/^\/(fhir|api|staff|healthz)(\/|$)/];

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });

// Any other page of the app (one with a parameter in its path, say) opens from the
// client-rendered shell, which then draws the right page from IndexedDB.
registerRoute(
	new NavigationRoute(createHandlerBoundToURL('/app-shell'), { denylist: ONLINE_ONLY })
);

clientsClaim();

// A new version waits until the person chooses "Reload" (workbox-window sends this).
self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Background Sync: the connection is back. Pushing needs the token, which lives in
// IndexedDB and is the page's to use, so ask every open Tend window to push now.
self.addEventListener('sync', (event: Event) => {
	const sync = event as ExtendableEvent & { tag?: string };
	if (sync.tag !== SYNC_TAG) return;
	sync.waitUntil(
		self.clients
			.matchAll({ type: 'window' })
			.then((windows) => windows.forEach((client) => client.postMessage({ type: PUSH_MESSAGE })))
	);
});
