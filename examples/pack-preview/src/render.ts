import {
  type AnswerSpec,
  findStandard,
  type Hint,
  type Pack,
  type PackIssue,
  type Problem,
  type ScaffoldStep,
  textFor,
  type WrongAnswer,
} from '@tutorkit/core';
import { richText } from './rich.js';

type Child = Node | string | undefined | false;

/** Creates an element; strings become text nodes, so pack content is never parsed as HTML. */
function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  for (const child of children) if (child) el.append(child);
  return el;
}

export class PackView {
  constructor(
    private readonly pack: Pack,
    private readonly locale: string,
  ) {}

  private text(value: string | Record<string, string>): string {
    return textFor(value, this.locale, this.pack.locales[0] ?? 'en');
  }

  private rich(value: string | Record<string, string>): HTMLElement {
    return richText(this.text(value));
  }

  private misconceptionTitle(id: string | undefined): string | undefined {
    const found = this.pack.misconceptions?.find((m) => m.id === id);
    return found && this.text(found.title);
  }

  private answer(answer: AnswerSpec): HTMLElement {
    switch (answer.kind) {
      case 'numeric': {
        const details = [
          answer.forms && `forms: ${answer.forms.join(', ')}`,
          answer.simplest && `simplest form: ${answer.simplest}`,
          answer.tolerance && `tolerance: ${JSON.stringify(answer.tolerance)}`,
          answer.unit && `unit: ${this.text(answer.unit)}`,
        ].filter(Boolean);
        return h(
          'p',
          { class: 'answer' },
          h('strong', {}, 'Answer: '),
          String(answer.value),
          details.length ? ` (${details.join('; ')})` : '',
        );
      }
      case 'expression':
        return h(
          'p',
          { class: 'answer' },
          h('strong', {}, 'Answer (expression): '),
          h('code', {}, answer.value),
          answer.form ? ` — form: ${answer.form}` : '',
        );
      case 'choice': {
        const list = h(answer.select === 'single' ? 'ol' : 'ul', { class: 'options' });
        for (const option of answer.options) {
          const correct = answer.correct.includes(option.id);
          list.append(
            h(
              'li',
              { class: correct ? 'correct' : '' },
              this.rich(option.text),
              correct ? h('span', { class: 'tag' }, '✓ correct') : '',
            ),
          );
        }
        return h(
          'div',
          { class: 'answer' },
          h(
            'strong',
            {},
            `Choose ${answer.select === 'single' ? 'one' : 'all that apply'}${answer.shuffle ? ' (shuffled)' : ''}:`,
          ),
          list,
        );
      }
      case 'text': {
        const accepted = Array.isArray(answer.accept)
          ? answer.accept
          : textFor<string[]>(answer.accept, this.locale, this.pack.locales[0] ?? 'en');
        return h('p', { class: 'answer' }, h('strong', {}, 'Accepted: '), accepted.join(' · '));
      }
      case 'open':
        return h(
          'div',
          { class: 'answer' },
          h('strong', {}, `Open answer, scored by the tutor${answer.points ? ` (${answer.points} points)` : ''}`),
          answer.rubric && this.rich(answer.rubric),
        );
    }
  }

  private hints(hints: readonly Hint[] | undefined): Child {
    if (!hints?.length) return undefined;
    const list = h('ol', { class: 'hints' });
    for (const hint of hints)
      list.append(
        h(
          'li',
          { class: hint.bottomOut ? 'bottom-out' : '' },
          this.rich(hint.text),
          hint.bottomOut ? h('span', { class: 'tag' }, 'shows the answer') : '',
        ),
      );
    return h('details', {}, h('summary', {}, `Hint ladder (${hints.length})`), list);
  }

  private wrongAnswers(wrong: readonly WrongAnswer[] | undefined, answer: AnswerSpec): Child {
    if (!wrong?.length) return undefined;
    const list = h('ul', { class: 'wrong' });
    for (const w of wrong) {
      const match =
        typeof w.match === 'string'
          ? w.match
          : w.match
              .map((id) => (answer.kind === 'choice' ? answer.options.findIndex((o) => o.id === id) + 1 : id))
              .join(', ');
      const misconception = this.misconceptionTitle(w.misconception);
      list.append(
        h(
          'li',
          {},
          h(
            'p',
            {},
            h('strong', {}, 'If the student answers '),
            h('code', {}, String(match)),
            misconception ? ` — ${misconception}` : '',
          ),
          h('div', { class: 'feedback' }, h('span', { class: 'label' }, 'Student sees'), this.rich(w.feedback)),
          h('div', { class: 'move' }, h('span', { class: 'label' }, 'Tutor move'), this.rich(w.tutorMove)),
        ),
      );
    }
    return h('details', {}, h('summary', {}, `Common wrong answers (${wrong.length})`), list);
  }

  private scaffold(steps: readonly ScaffoldStep[] | undefined): Child {
    if (!steps?.length) return undefined;
    const list = h('ol', { class: 'steps' });
    for (const step of steps)
      list.append(
        h(
          'li',
          {},
          this.rich(step.stem),
          this.answer(step.answer),
          this.hints(step.hints),
          this.wrongAnswers(step.wrongAnswers, step.answer),
        ),
      );
    return h('details', {}, h('summary', {}, `Break it into steps (${steps.length})`), list);
  }

  private problem(problem: Problem): HTMLElement {
    const tutor = problem.tutor;
    return h(
      'article',
      { class: 'problem', id: `problem-${problem.id}` },
      h(
        'h3',
        {},
        problem.id,
        h(
          'span',
          { class: 'meta' },
          ` · skill ${problem.skill}${problem.difficulty ? ` · difficulty ${problem.difficulty}` : ''}`,
        ),
      ),
      this.rich(problem.stem),
      this.answer(problem.answer),
      this.hints(problem.hints),
      this.wrongAnswers(problem.wrongAnswers, problem.answer),
      this.scaffold(problem.scaffold),
      tutor &&
        h(
          'aside',
          { class: 'tutor' },
          h('strong', {}, 'For the tutor'),
          tutor.notes && this.rich(tutor.notes),
          tutor.questions && h('ul', {}, ...tutor.questions.map((q) => h('li', {}, this.rich(q)))),
        ),
    );
  }

  render(): HTMLElement {
    const pack = this.pack;
    const skills = h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Skill'),
          h('th', { scope: 'col' }, 'Standards'),
          h('th', { scope: 'col' }, 'Prerequisites'),
          h('th', { scope: 'col' }, 'Mastery'),
        ),
      ),
    );
    const body = h('tbody');
    for (const skill of pack.skills) {
      const standards = skill.standards.map((code) => `${code} (${findStandard(code)?.emphasis ?? '?'})`).join(', ');
      const mastery = skill.mastery
        ? skill.mastery.model === 'streak'
          ? `${skill.mastery.streak ?? 3} in a row`
          : `BKT ≥ ${skill.mastery.threshold ?? 0.95}`
        : '3 in a row (default)';
      body.append(
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, this.text(skill.title)),
          h('td', {}, standards),
          h('td', {}, (skill.prerequisites ?? []).join(', ') || '—'),
          h('td', {}, mastery),
        ),
      );
    }
    skills.append(body);
    const plans = (pack.plans ?? []).map((plan) =>
      h(
        'section',
        { class: 'plan' },
        h('h3', {}, `${this.text(plan.title)}${plan.minutes ? ` — ${plan.minutes} min` : ''}`),
        h(
          'ol',
          {},
          ...plan.segments.map((s) =>
            h(
              'li',
              {},
              h('strong', {}, `${s.kind} · ${s.minutes} min`),
              s.title ? ` ${this.text(s.title)}` : '',
              s.assignment ? ` → ${s.assignment}` : '',
              s.script && this.rich(s.script),
            ),
          ),
        ),
      ),
    );
    const assignments = h(
      'ul',
      {},
      ...(pack.assignments ?? []).map((a) =>
        h(
          'li',
          {},
          h('strong', {}, this.text(a.title)),
          ` (${a.kind}${a.kind === 'skill-builder' ? `, skill ${a.skill}` : ''}): `,
          a.problems.join(', '),
        ),
      ),
    );
    return h(
      'div',
      { lang: this.locale },
      h('h2', {}, this.text(pack.title)),
      h(
        'p',
        { class: 'meta' },
        `${pack.id} · version ${pack.version} · ${pack.license} · by ${pack.authors.map((a) => a.name).join(', ')}`,
      ),
      pack.description && this.rich(pack.description),
      h('h2', {}, `Skills (${pack.skills.length})`),
      skills,
      h('h2', {}, `Problems (${pack.problems.length})`),
      ...pack.problems.map((p) => this.problem(p)),
      h('h2', {}, 'Assignments'),
      assignments,
      h('h2', {}, 'Session plans'),
      ...plans,
    );
  }
}

export function renderIssues(title: string, issues: readonly PackIssue[]): HTMLElement {
  const list = h('ol', { class: 'issues' });
  for (const issue of issues) {
    const where = issue.line ? `line ${issue.line}, column ${issue.column}` : issue.pointer || '(document)';
    list.append(
      h(
        'li',
        {},
        h('code', {}, where),
        ' ',
        h('code', {}, issue.pointer),
        ' ',
        h('span', { class: 'rule' }, issue.rule),
        h('p', {}, issue.message),
        issue.expected &&
          h('p', { class: 'meta' }, `expected ${issue.expected}${issue.found ? `; found ${issue.found}` : ''}`),
      ),
    );
  }
  return h('section', { class: 'issues-box' }, h('h2', {}, title), list);
}
