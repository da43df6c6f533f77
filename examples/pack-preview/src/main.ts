import 'katex/dist/katex.min.css';
import './styles.css';
import { parsePack } from '@tutorkit/core';
import exampleText from '../../packs/fractions-unlike-denominators.pack.json?raw';
import { PackView, renderIssues } from './render.js';

const status = document.getElementById('status') as HTMLElement;
const target = document.getElementById('pack') as HTMLElement;
const localeSelect = document.getElementById('locale') as HTMLSelectElement;
const fileInput = document.getElementById('file') as HTMLInputElement;

let current: { text: string; name: string } = { text: exampleText, name: 'the example pack' };

function show(): void {
  const result = parsePack(current.text);
  target.replaceChildren();
  if (!result.ok) {
    status.textContent = `${current.name} has ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}.`;
    target.append(renderIssues('Errors', result.errors));
    return;
  }
  const { pack } = result;
  if (
    localeSelect.options.length !== pack.locales.length ||
    ![...localeSelect.options].every((o, i) => o.value === pack.locales[i])
  ) {
    localeSelect.replaceChildren(...pack.locales.map((l) => new Option(l, l)));
  }
  const locale = localeSelect.value || (pack.locales[0] ?? 'en');
  status.textContent = `Showing ${current.name}: ${pack.problems.length} problems, valid${result.warnings.length ? `, ${result.warnings.length} warnings` : ''}.`;
  if (result.warnings.length) target.append(renderIssues('Warnings', result.warnings));
  target.append(new PackView(pack, locale).render());
}

localeSelect.addEventListener('change', show);
fileInput.addEventListener('change', async () => {
  const file = fileInput.files?.[0];
  if (!file) return;
  // Read locally: the pack never leaves this device.
  current = { text: await file.text(), name: file.name };
  localeSelect.replaceChildren();
  show();
});

show();
