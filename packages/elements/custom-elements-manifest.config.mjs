// custom-elements.json for editors, Storybook-like tools and framework wrappers.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/test-support/**', 'src/internal/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyzer lists modules in the order the file system returns them: sort them, so the
      // manifest changes only when the elements do (and its up-to-date test is stable).
      name: 'tutorkit-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
