// Builds a copy of the extension whose engine (it runs in the background) is the stub engine
// (test/e2e/stub-engine.ts), for the in-page mechanics tests. Everything else is the real build in dist/.
import { build } from 'esbuild';
import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { DIST } from './browsers';

export const STUB_DIST = path.resolve('artifacts', 'stub-dist');

export async function buildStubExtension(): Promise<string> {
  const stub = path.resolve('test/e2e/stub-engine.ts');
  const bundle = path.join(STUB_DIST, '.bundle');
  await build({
    entryPoints: { background: path.resolve('src/background.ts') }, outdir: bundle, bundle: true, format: 'iife',
    target: ['chrome121', 'firefox140'], jsx: 'automatic', jsxImportSource: 'preact', minify: true, logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    external: ['/linkcheck.js'], // the linked-source check's chunk, loaded by the browser on demand (as in scripts/build.mjs)
    plugins: [{
      name: 'stub-engine',
      setup(b) {
        b.onResolve({ filter: /analysis\/index$/ }, (args) => (/[\\/]background([\\/]|\.ts$)/.test(args.importer) ? { path: stub } : undefined));
      },
    }],
  });
  for (const name of ['chrome', 'firefox']) {
    const dir = path.join(STUB_DIST, name);
    await mkdir(dir, { recursive: true });
    await cp(path.join(DIST, name), dir, { recursive: true });
    await cp(path.join(bundle, 'background.js'), path.join(dir, 'background.js'));
  }
  return STUB_DIST;
}
