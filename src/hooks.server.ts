import type { Handle, HandleServerError, RequestEvent, ServerInit } from '@sveltejs/kit';
import { building, dev } from '$app/environment';
import { ConfigError, getConfig } from '$lib/server/config';
import { requestErrorLine } from '$lib/server/error-log';
import { asFhirError, isFhirPath } from '$lib/server/fhir/fallback';
import { outcomeResponse, serverError } from '$lib/server/fhir/outcome';
import { inlinePrefsScript } from '$lib/server/prefs-script';
import { secureResponse } from '$lib/server/secure-response';
import { stylesheetsFirst } from '$lib/server/stylesheet-order';
import { startService } from '$lib/server/startup';
import { StoreStartupError } from '$lib/server/store/open-store';
import { initStore } from '$lib/server/store/store';

export const init: ServerInit = () => {
	// Prerendering during `vite build` runs the hooks too; it must not touch a data folder.
	if (building) return;
	try {
		startService(getConfig(), { openDb: initStore, now: new Date(), log: console.log });
	} catch (error) {
		if (!(error instanceof StoreStartupError || error instanceof ConfigError)) throw error;
		// A clean refusal: the message says what to change; a stack trace would only hide it.
		console.error(error.message);
		process.exit(1);
	}
};

/** Every page as sent (and prerendered): preferences script in, stylesheets requested first. */
const shapePage = ({ html }: { html: string }) =>
	stylesheetsFirst({ html: inlinePrefsScript({ html }) });

export const handle: Handle = async ({ event, resolve }) => {
	// No HSTS from here: behind adapter-node the URL says https unless ORIGIN says otherwise,
	// whatever the connection was. server.js, which sees the socket, adds it.
	const https = false;
	if (!isFhirPath(event.url.pathname))
		return secureResponse(await resolve(event, { transformPageChunk: shapePage }), https);
	let response: Response;
	try {
		response = asFhirError(await resolve(event));
	} catch (error) {
		logRequestError(500, event, error);
		response = outcomeResponse(serverError());
	}
	return secureResponse(response, https);
};

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status !== 404) logRequestError(status, event, error);
	return { message };
};

/** Logs the route, never the URL; error messages only where no patient data can be at hand. */
function logRequestError(status: number, event: RequestEvent, error: unknown): void {
	const { method } = event.request;
	console.error(requestErrorLine(status, method, event.route.id, error, dev || building));
}
