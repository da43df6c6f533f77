// custom-elements.json for editors, Storybook-like tools and framework wrappers.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/test-support/**', 'src/internal/**'],
  outdir: '.',
  litelement: true,
};
