// @web/test-runner serves modules unbundled; a few dependencies (mathjs and its CommonJS
// helpers) only load in a browser once bundled. This plugin serves each listed specifier as one
// ES module built with esbuild, the way Vite pre-bundles dependencies in development.
import { build } from 'esbuild';

// `withDefault` also re-exports the default export (for CommonJS/UMD packages such as axe-core,
// whose `module.exports` is the default).
export function prebundle(specifiers, resolveDir, { withDefault = false } = {}) {
  const bundles = new Map();
  const prefix = '/__prebundled__/';
  return {
    name: 'tutorkit-prebundle',
    resolveImport({ source }) {
      if (specifiers.includes(source)) return `${prefix}${source}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(prefix)) return;
      const specifier = context.path.slice(prefix.length, -'.js'.length);
      if (!specifiers.includes(specifier)) return;
      if (!bundles.has(specifier)) {
        const result = await build({
          stdin: {
            contents: `export * from '${specifier}';${withDefault ? ` export { default } from '${specifier}';` : ''}`,
            resolveDir,
            loader: 'js',
          },
          bundle: true,
          format: 'esm',
          platform: 'browser',
          target: 'es2022',
          write: false,
          logLevel: 'silent',
        });
        bundles.set(specifier, result.outputFiles[0].text);
      }
      return { body: bundles.get(specifier), type: 'js' };
    },
  };
}
