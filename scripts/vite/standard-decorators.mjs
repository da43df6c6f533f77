// Vite 8 transforms TypeScript with Oxc, which does not lower standard decorators (Lit's
// `@property() accessor x`). When an app builds the elements from their TypeScript sources,
// this pre-transform compiles the files that use decorators with TypeScript itself first.
// (The published packages are compiled by tsc and need nothing of the kind.)
import ts from 'typescript';

const DECORATOR = /^\s*@[A-Za-z_$][\w$]*\s*\(/m;

export function standardDecorators() {
  return {
    name: 'tutorkit-standard-decorators',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?', 1)[0];
      if (!file.endsWith('.ts') || file.includes('/node_modules/') || !DECORATOR.test(code)) return undefined;
      const out = ts.transpileModule(code, {
        fileName: file,
        compilerOptions: {
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ESNext,
          verbatimModuleSyntax: true,
          sourceMap: true,
        },
      });
      return { code: out.outputText.replace(/\n\/\/# sourceMappingURL=.*$/, '\n'), map: out.sourceMapText };
    },
  };
}
