// The checker run before a quote is exported, sent or signed: what is missing or inconsistent,
// each finding pointing at the one field that fixes it. Errors block issuing; warnings do not.
import type { CompanyProfile } from '../../../db/profile';
import type { QuoteContent } from '../../../db/schema';
import { QUOTE_LIMITS } from '../../../domain/quotes';
import { missingMentions, siretProblem, vatNumberProblem } from '../../settings/profileRules';
import { type DecimalProblem, parseCents, parseDecimal } from './decimal';
import {
  isBuildingQuote,
  needsCertification,
  type QuoteContext,
  validityDays,
  validUntil,
  vatApplies,
} from './mentions';

/** The field a finding leads to. */
export type FindingTarget =
  | { scope: 'profile'; field: keyof CompanyProfile }
  | { scope: 'customer'; field: 'customerId' | 'name' | 'address' }
  | { scope: 'quote'; field: keyof QuoteContent }
  | { scope: 'line'; itemId: string; field: 'designation' | 'quantity' | 'unitPrice' | 'discount' };

/** One thing to fix (error) or to look at (warning); `id` is a locale key under `checker.`. */
export interface Finding {
  id: string;
  severity: 'error' | 'warning';
  target: FindingTarget;
  values: Record<string, string | number>;
}

const EMOJI = /\p{Extended_Pictographic}/u;

/** Profile findings: the mentions a quote needs that the profile lacks or has wrong. */
export function profileFindings(profile: CompanyProfile, building: boolean): Finding[] {
  const missing = missingMentions(profile);
  // Building work needs the decennial insurance even when the profile's trade is another one.
  for (const field of ['insurerName', 'insurerAddress', 'insuranceCoverage'] as const) {
    if (building && profile[field].trim() === '' && !missing.includes(field)) missing.push(field);
  }
  const findings: Finding[] = missing.map((field) => ({
    id: `company.${field}`,
    severity: 'error',
    target: { scope: 'profile', field },
    values: {},
  }));
  if (profile.siret.trim() !== '' && siretProblem(profile.siret)) {
    findings.push({
      id: 'company.siretInvalid',
      severity: 'error',
      target: { scope: 'profile', field: 'siret' },
      values: {},
    });
  }
  if (
    vatApplies(profile) &&
    profile.vatNumber.trim() !== '' &&
    vatNumberProblem(profile.vatNumber, profile.siret)
  ) {
    findings.push({
      id: 'company.vatNumberInvalid',
      severity: 'error',
      target: { scope: 'profile', field: 'vatNumber' },
      values: {},
    });
  }
  if (profile.registration.trim() === '') {
    findings.push({
      id: 'company.registration',
      severity: 'warning',
      target: { scope: 'profile', field: 'registration' },
      values: {},
    });
  }
  if (
    profile.mediatorName.trim() !== '' &&
    profile.mediatorWebsite.trim() === '' &&
    profile.mediatorContact.trim() === ''
  ) {
    findings.push({
      id: 'company.mediatorWebsite',
      severity: 'warning',
      target: { scope: 'profile', field: 'mediatorWebsite' },
      values: {},
    });
  }
  return findings;
}

/** Findings of one number field of a line. */
function numberFinding(
  itemId: string,
  field: 'quantity' | 'unitPrice' | 'discount',
  problem: DecimalProblem,
  index: number,
): Finding {
  return {
    id: `line.${field}.${problem}`,
    severity: 'error',
    target: { scope: 'line', itemId, field },
    values: { line: index },
  };
}

/** Findings about the lines: each one readable, priced, within sane limits. */
export function lineFindings(context: QuoteContext): Finding[] {
  const findings: Finding[] = [];
  const { content, totals } = context;
  const lines = content.items.filter((item) => item.type === 'line');
  if (lines.length === 0) {
    findings.push({
      id: 'noLines',
      severity: 'error',
      target: { scope: 'quote', field: 'items' },
      values: {},
    });
  }
  if (content.items.length > QUOTE_LIMITS.items) {
    findings.push({
      id: 'tooManyItems',
      severity: 'error',
      target: { scope: 'quote', field: 'items' },
      values: { count: content.items.length, max: QUOTE_LIMITS.items },
    });
  }
  lines.forEach((line, position) => {
    const index = position + 1;
    const target = (field: 'designation' | 'quantity' | 'unitPrice' | 'discount') => ({
      scope: 'line' as const,
      itemId: line.id,
      field,
    });
    if (line.designation.trim() === '')
      findings.push({
        id: 'line.designation.empty',
        severity: 'error',
        target: target('designation'),
        values: { line: index },
      });
    if (line.designation.length > QUOTE_LIMITS.designation) {
      findings.push({
        id: 'line.designation.tooLong',
        severity: 'error',
        target: target('designation'),
        values: { line: index, length: line.designation.length, max: QUOTE_LIMITS.designation },
      });
    }
    if (EMOJI.test(line.designation))
      findings.push({
        id: 'line.designation.emoji',
        severity: 'warning',
        target: target('designation'),
        values: { line: index },
      });
    const computed = totals.lines.get(line.id);
    for (const [field, problem] of Object.entries(computed?.problems ?? {})) {
      findings.push(
        numberFinding(line.id, field as 'quantity' | 'unitPrice' | 'discount', problem, index),
      );
    }
    const quantity = parseDecimal(line.quantity, 3, { max: QUOTE_LIMITS.quantityMax * 1000 });
    if (quantity.ok && quantity.value === 0)
      findings.push({
        id: 'line.quantity.zero',
        severity: 'error',
        target: target('quantity'),
        values: { line: index },
      });
    if (quantity.ok && quantity.value > QUOTE_LIMITS.quantityUnusual * 1000) {
      findings.push({
        id: 'line.quantity.unusual',
        severity: 'warning',
        target: target('quantity'),
        values: { line: index },
      });
    }
    const price = parseCents(line.unitPrice, QUOTE_LIMITS.unitPriceMax);
    if (price.ok && price.value === 0)
      findings.push({
        id: 'line.unitPrice.zero',
        severity: 'warning',
        target: target('unitPrice'),
        values: { line: index },
      });
    if (price.ok && price.value > QUOTE_LIMITS.unitPriceUnusual) {
      findings.push({
        id: 'line.unitPrice.unusual',
        severity: 'warning',
        target: target('unitPrice'),
        values: { line: index },
      });
    }
  });
  return findings;
}

/** Findings about the quote's own terms: validity, start, payment, deposit, VAT certification. */
export function termFindings(context: QuoteContext, today: number): Finding[] {
  const findings: Finding[] = [];
  const { content, totals } = context;
  const error = (
    id: string,
    field: keyof QuoteContent,
    values: Finding['values'] = {},
  ): Finding => ({ id, severity: 'error', target: { scope: 'quote', field }, values });
  const days = validityDays(content);
  if (days === null || days > QUOTE_LIMITS.validityDaysMax) {
    findings.push(error('validityInvalid', 'validityDays', { max: QUOTE_LIMITS.validityDaysMax }));
  } else {
    const until = validUntil(content, context.issuedAt);
    if (until !== null && until < startOfDay(today))
      findings.push(error('validityExpired', 'validityDays'));
  }
  if (content.startDate === '' && content.leadTime.trim() === '')
    findings.push(error('startMissing', 'startDate'));
  if (content.paymentTerms.trim() === '') findings.push(error('paymentMissing', 'paymentTerms'));
  for (const [field, problem] of Object.entries(totals.problems)) {
    findings.push(error(`${field}.${problem}`, field as keyof QuoteContent));
  }
  if (content.quotePrice.trim() !== '' && !parseCents(content.quotePrice).ok)
    findings.push(error('quotePriceInvalid', 'quotePrice'));
  if (needsCertification(context) && !content.reducedRateCertification)
    findings.push(error('certificationMissing', 'reducedRateCertification'));
  if (content.offPremises && totals.deposit > 0) {
    findings.push({
      id: 'depositOffPremises',
      severity: 'warning',
      target: { scope: 'quote', field: 'deposit' },
      values: {},
    });
  }
  return findings;
}

/** Findings about the customer: chosen, named, with an address. */
export function customerFindings(context: QuoteContext): Finding[] {
  const { customer } = context;
  if (!customer)
    return [
      {
        id: 'customer.missing',
        severity: 'error',
        target: { scope: 'customer', field: 'customerId' },
        values: {},
      },
    ];
  const findings: Finding[] = [];
  if (customer.name.trim() === '')
    findings.push({
      id: 'customer.name',
      severity: 'error',
      target: { scope: 'customer', field: 'name' },
      values: {},
    });
  if (customer.address.trim() === '')
    findings.push({
      id: 'customer.address',
      severity: 'error',
      target: { scope: 'customer', field: 'address' },
      values: {},
    });
  return findings;
}

/** Everything the checker finds, errors first, in the order of the quote. */
export function checkQuote(context: QuoteContext, today: number): Finding[] {
  const all = [
    ...profileFindings(context.profile, isBuildingQuote(context)),
    ...customerFindings(context),
    ...lineFindings(context),
    ...termFindings(context, today),
  ];
  return [
    ...all.filter((f) => f.severity === 'error'),
    ...all.filter((f) => f.severity === 'warning'),
  ];
}

/** Whether nothing blocks issuing the quote. */
export function canIssue(findings: readonly Finding[]): boolean {
  return findings.every((finding) => finding.severity !== 'error');
}

function startOfDay(at: number): number {
  const day = new Date(at);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate()).getTime();
}
