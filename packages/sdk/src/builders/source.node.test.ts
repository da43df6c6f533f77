import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { hint } from './hints.js';
import { skill } from './skills.js';
import { formatLocation, parseFrame } from './source.js';

describe('source locations', () => {
  it('reads the frame formats V8 prints', () => {
    expect(parseFrame('Error\n    at file:///a/b.ts:3:7')).to.deep.equal({ file: '/a/b.ts', line: 3, column: 7 });
    expect(parseFrame('Error\n    at Object.<anonymous> (/a/b c/x.ts:10:2)')?.file).to.equal('/a/b c/x.ts');
    expect(parseFrame('Error\n    at /a/b c/y.ts:4:1')?.file).to.equal('/a/b c/y.ts');
    expect(parseFrame('Error\n    at fn (/a/x.ts:10:2)')).to.deep.equal({ file: '/a/x.ts', line: 10, column: 2 });
    expect(parseFrame('Error\n    at async run (file:///a/x.ts:1:1)')?.line).to.equal(1);
    expect(parseFrame(undefined)).to.equal(undefined);
  });

  it('records the author’s call of a builder, in TypeScript lines', () => {
    const line = Number(new Error().stack?.split('\n')[1]?.match(/:(\d+):\d+\)?$/)?.[1]);
    const handle = skill({ id: 's', title: 'x', standards: ['3.OA.A.1'] });
    expect(handle.source?.file).to.equal(fileURLToPath(import.meta.url));
    expect(handle.source).to.deep.include({ line: line + 1, column: 20 });
    expect(formatLocation({ file: '/a.ts', line: 1, column: 2 })).to.equal('/a.ts:1:2');
    expect(hint('x')).to.deep.equal({ text: 'x' });
  });
});
