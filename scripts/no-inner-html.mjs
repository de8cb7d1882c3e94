// An esbuild plugin that takes the only innerHTML writes out of the extension's bundles: Preact's support for
// `dangerouslySetInnerHTML`, which Sourcemark never uses (page text is always rendered as text). The write of the
// prop's HTML becomes a throw, and the clearing write (innerHTML = "") the equivalent textContent = "". So no
// bundle holds an HTML sink, and `web-ext lint` has nothing to warn about (UNSAFE_VAR_ASSIGNMENT).
// Each pattern must match exactly once: a Preact upgrade that changes them fails the build instead of slipping by.
import { readFile } from 'node:fs/promises';

const REWRITES = [
  [/\((\w+)\.innerHTML=(\w+)\.__html\)/g, '(()=>{throw new Error("Sourcemark does not support dangerouslySetInnerHTML")})()'],
  [/(\w+)\.innerHTML=""/g, '$1.textContent=""'],
];

export const noInnerHtml = {
  name: 'no-inner-html',
  setup(build) {
    build.onLoad({ filter: /[\\/]preact[\\/]dist[\\/]preact\.module\.js$/ }, async (args) => {
      let contents = await readFile(args.path, 'utf8');
      for (const [pattern, replacement] of REWRITES) {
        const found = contents.match(pattern)?.length ?? 0;
        if (found !== 1) throw new Error(`no-inner-html: expected one ${pattern} in ${args.path}, found ${found}`);
        contents = contents.replace(pattern, replacement);
      }
      return { contents, loader: 'js' };
    });
  },
};
