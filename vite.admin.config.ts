import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// `npm run admin` runs build/admin.js: the admin command line (src/lib/server/admin) as one
// Node file, built after the app so that the adapter's clean-up of build/ has already run.
// Everything is bundled (zod is a dev dependency) except better-sqlite3, a native module.
export default defineConfig({
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	ssr: { noExternal: true, external: ['better-sqlite3'] },
	build: {
		ssr: 'src/lib/server/admin/main.ts',
		outDir: 'build',
		emptyOutDir: false,
		copyPublicDir: false,
		target: 'node20',
		rollupOptions: { output: { entryFileNames: 'admin.js', format: 'es' } }
	}
});
