import type { Plugin } from 'vite';

/** Compiles TypeScript files that use standard decorators with TypeScript before Vite's Oxc. */
export function standardDecorators(): Plugin;
