import { i18n, trackResources } from '../../i18n';
import type { Question, TemplateDefinition } from '../../templates/types';

function lookup(ns: string, keys: string[], fallback = ''): string {
  trackResources();
  const found = i18n.t(keys, { ns, defaultValue: fallback });
  return typeof found === 'string' ? found : fallback;
}

/** A template's title, from its family's phrase bank. */
export function templateTitle(template: TemplateDefinition): string {
  return lookup(template.family, [`catalogue.${template.id}.title`], template.id);
}

/** A template's one-line description. */
export function templateDescription(template: TemplateDefinition): string {
  return lookup(template.family, [`catalogue.${template.id}.description`]);
}

/** A question's label (the template's own wording first, then the family's shared one). */
export function questionLabel(template: TemplateDefinition, question: Question): string {
  return lookup(
    template.family,
    [`catalogue.${template.id}.questions.${question.id}.label`, `questions.${question.id}.label`],
    question.id,
  );
}

/** A question's hint, or ''. */
export function questionHint(template: TemplateDefinition, question: Question): string {
  return lookup(template.family, [
    `catalogue.${template.id}.questions.${question.id}.hint`,
    `questions.${question.id}.hint`,
  ]);
}

/** A chip's label. */
export function optionLabel(
  template: TemplateDefinition,
  question: Question,
  option: string,
): string {
  return lookup(
    template.family,
    [
      `catalogue.${template.id}.questions.${question.id}.options.${option}`,
      `questions.${question.id}.options.${option}`,
    ],
    option,
  );
}
