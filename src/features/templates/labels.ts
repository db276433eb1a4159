import { i18n, language, trackResources } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import type { Question, TemplateDefinition, TemplateMeta } from '../../templates/types';
import type { AnswerProblem } from '../../templates/validation';

function lookup(ns: string, keys: string[], fallback = ''): string {
  trackResources();
  const found = i18n.t(keys, { ns, defaultValue: fallback });
  return typeof found === 'string' ? found : fallback;
}

/** The namespace holding every template's title, description and search words. */
export const CATALOGUE_NS = 'catalogue';

/** A template's title, from the small `catalogue` namespace (no phrase bank needed). */
export function templateTitle(template: TemplateMeta): string {
  return lookup(CATALOGUE_NS, [`templates.${template.id}.title`], template.id);
}

/** A template's one-line description. */
export function templateDescription(template: TemplateMeta): string {
  return lookup(CATALOGUE_NS, [`templates.${template.id}.description`]);
}

/** The words a template can be found by: title, description and keywords. */
export function templateSearchText(template: TemplateMeta): string {
  const keywords = lookup(CATALOGUE_NS, [`templates.${template.id}.keywords`]);
  return `${templateTitle(template)} ${templateDescription(template)} ${keywords}`;
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

/**
 * Why an answer cannot be validated, in the artisan's language: the question's own words first
 * (« Indiquez une remise entre 1 et 90 % »), else the flow's general ones.
 */
export function problemText(
  template: TemplateDefinition,
  question: Question,
  problem: AnswerProblem,
): string {
  trackResources();
  const lang = language();
  const values =
    problem.code === 'range'
      ? { min: formatNumber(problem.min, lang), max: formatNumber(problem.max, lang) }
      : {};
  const found = i18n.t(
    [
      `${template.family}:catalogue.${template.id}.questions.${question.id}.errors.${problem.code}`,
      `${template.family}:questions.${question.id}.errors.${problem.code}`,
      `compose:problems.${problem.code}`,
    ],
    { ...values, defaultValue: '' },
  );
  return typeof found === 'string' ? found : '';
}
