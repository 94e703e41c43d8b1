import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * A server of the built app that a test can stop and start again on the same port (so the
 * origin, and with it the service worker and IndexedDB, stays the same). Used by the
 * offline and update journeys, which need the server really gone.
 */
export class AppServer {
	readonly url: string;
	readonly dataDir = mkdtempSync(join(tmpdir(), 'tend-e2e-data-'));
	#child: ChildProcess | undefined;

	constructor(
		readonly port: number,
		/** The folder holding server.js and build/ (a copy, when a test changes the build). */
		readonly root = resolve('.')
	) {
		this.url = `http://localhost:${port}`;
	}

	/** Copies what `npm start` runs to a temporary folder that a test may change. */
	static copyOfBuild(): string {
		const root = mkdtempSync(join(tmpdir(), 'tend-e2e-build-'));
		for (const path of [
			'server.js',
			'build',
			'package.json',
			'src/lib/server/security-headers.js'
		]) {
			cpSync(path, join(root, path), { recursive: true });
		}
		symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
		return root;
	}

	async start(): Promise<void> {
		this.#child = spawn(process.execPath, ['server.js'], {
			cwd: this.root,
			env: { ...process.env, PORT: String(this.port), DATA_DIR: this.dataDir, ORIGIN: this.url },
			stdio: 'ignore'
		});
		for (let attempt = 0; attempt < 100; attempt++) {
			try {
				if ((await fetch(`${this.url}/healthz`)).ok) return;
			} catch {
				// not listening yet
			}
			await new Promise((done) => setTimeout(done, 100));
		}
		throw new Error(`The app did not start on ${this.url}`);
	}

	async stop(): Promise<void> {
		const child = this.#child;
		if (!child || child.exitCode !== null) return;
		const exited = new Promise((done) => child.once('exit', done));
		child.kill('SIGTERM');
		await exited;
		this.#child = undefined;
	}

	async dispose(): Promise<void> {
		await this.stop();
		rmSync(this.dataDir, { recursive: true, force: true });
	}
}
