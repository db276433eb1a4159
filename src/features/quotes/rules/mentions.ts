// The legal mentions of a quote (domain.md §1), generated from the company profile and the quote.
// Pure: it returns locale keys (`quotes:mentions.<id>`) with their values already formatted, so
// the screen, the checker and the PDF print exactly the same words.
import type { CompanyProfile } from '../../../db/profile';
import type { QuoteContent } from '../../../db/schema';
import { REDUCED_BUILDING_RATES } from '../../../domain/quotes';
import { needsDecennialInsurance, type TradeFamily, tradeFamily } from '../../../domain/trades';
import { parseCents, parseDecimal } from './decimal';
import type { QuoteTotals } from './totals';

/** One mention: the locale key under `mentions.` and its values. */
export interface Mention {
  id: string;
  values: Record<string, string>;
}

/** How amounts and days are written in the quote's language. */
export interface Formatter {
  money(cents: number): string;
  /** A calendar day, e.g. "12 mars 2026". */
  date(at: number): string;
}

/** What the mentions are made from. */
export interface QuoteContext {
  profile: CompanyProfile;
  customer: { name: string; address: string; siteAddress: string } | null;
  content: QuoteContent;
  totals: QuoteTotals;
  /** The day the quote is drawn up (epoch ms). */
  issuedAt: number;
  /** Family of the guided template the quote started from, if any. */
  family: TradeFamily | null;
}

/** Whether the quote is for building work: the profile's trade or the template says so. */
export function isBuildingQuote(context: Pick<QuoteContext, 'profile' | 'family'>): boolean {
  return needsDecennialInsurance(context.profile.trade) || context.family === 'building';
}

/** Whether the quote sells made goods (production trades): the legal guarantees of goods apply. */
export function sellsGoods(context: Pick<QuoteContext, 'profile' | 'family'>): boolean {
  const trade = context.profile.trade;
  return context.family === 'production' || (trade !== '' && tradeFamily(trade) === 'production');
}

/** Whether VAT is charged (not under the franchise of art. 293 B du CGI). */
export function vatApplies(profile: CompanyProfile): boolean {
  return profile.vatRegime !== 'franchise';
}

/** Validity in days as typed, or null when it cannot be read. */
export function validityDays(content: QuoteContent): number | null {
  const parsed = parseDecimal(content.validityDays, 0, { max: 3650 });
  return parsed.ok && parsed.value > 0 ? parsed.value : null;
}

/** Last day of validity (local midnight at its start), or null without a readable validity. */
export function validUntil(content: QuoteContent, issuedAt: number): number | null {
  const days = validityDays(content);
  if (days === null) return null;
  const issued = new Date(issuedAt);
  return new Date(issued.getFullYear(), issued.getMonth(), issued.getDate() + days).getTime();
}

/** Whether some line at a reduced rate calls for the customer's certification. */
export function needsCertification(
  context: Pick<QuoteContext, 'profile' | 'family' | 'content'>,
): boolean {
  if (!isBuildingQuote(context) || !vatApplies(context.profile)) return false;
  const rates = context.content.items.flatMap((item) =>
    item.type === 'line' ? [item.vatRate] : [],
  );
  if (context.content.travel.trim() !== '') rates.push(context.content.travelVatRate);
  return rates.some((rate) => REDUCED_BUILDING_RATES.includes(rate));
}

/** The company block: name (with "EI" for a sole trader), legal form and capital, ids, address. */
export function companyLines(profile: CompanyProfile, format: Formatter): Mention[] {
  const lines: Mention[] = [];
  const filled = (value: string) => value.trim() !== '';
  lines.push({
    id: profile.legalForm === 'ei' ? 'company.nameEI' : 'company.name',
    values: { name: profile.name.trim() },
  });
  if (profile.legalForm !== '' && profile.legalForm !== 'ei') {
    // "Other" has no short name to print: the capital alone is shown.
    const form = profile.legalForm === 'other' ? '' : profile.legalForm.toUpperCase();
    const capital = parseCents(profile.shareCapital.replace(/[€\s]/g, ''));
    const money = capital.ok ? format.money(capital.value) : '';
    if (form && money) lines.push({ id: 'company.formCapital', values: { form, capital: money } });
    else if (form) lines.push({ id: 'company.form', values: { form } });
    else if (money) lines.push({ id: 'company.capital', values: { capital: money } });
  }
  if (filled(profile.street))
    lines.push({ id: 'company.line', values: { text: profile.street.trim() } });
  if (filled(profile.postalCode) || filled(profile.city)) {
    lines.push({
      id: 'company.line',
      values: { text: `${profile.postalCode.trim()} ${profile.city.trim()}`.trim() },
    });
  }
  if (filled(profile.phone))
    lines.push({ id: 'company.phone', values: { phone: profile.phone.trim() } });
  if (filled(profile.email))
    lines.push({ id: 'company.email', values: { email: profile.email.trim() } });
  if (filled(profile.siret))
    lines.push({ id: 'company.siret', values: { siret: profile.siret.trim() } });
  if (filled(profile.registration)) {
    lines.push({
      id: 'company.registration',
      values: { registration: profile.registration.trim() },
    });
  }
  if (vatApplies(profile) && filled(profile.vatNumber)) {
    lines.push({ id: 'company.vatNumber', values: { vatNumber: profile.vatNumber.trim() } });
  }
  return lines;
}

/** The terms printed under the totals: validity, price of the quote, start, payment, deposit. */
export function termMentions(context: QuoteContext, format: Formatter): Mention[] {
  const { content, totals, profile } = context;
  const mentions: Mention[] = [];
  const days = validityDays(content);
  const until = validUntil(content, context.issuedAt);
  if (days !== null && until !== null) {
    mentions.push({ id: 'validity', values: { days: String(days), date: format.date(until) } });
  }
  const price = parseCents(content.quotePrice);
  mentions.push(
    content.quotePrice.trim() !== '' && price.ok && price.value > 0
      ? { id: 'quotePaid', values: { amount: format.money(price.value) } }
      : { id: 'quoteFree', values: {} },
  );
  if (content.startDate !== '') {
    const [year = 0, month = 1, day = 1] = content.startDate.split('-').map(Number);
    mentions.push({
      id: 'startDate',
      values: { date: format.date(new Date(year, month - 1, day).getTime()) },
    });
  } else if (content.leadTime.trim() !== '') {
    mentions.push({ id: 'leadTime', values: { lead: content.leadTime.trim() } });
  }
  if (content.paymentTerms.trim() !== '') {
    mentions.push({ id: 'payment', values: { terms: content.paymentTerms.trim() } });
  }
  if (totals.deposit > 0) {
    mentions.push({
      id: 'deposit',
      values: { deposit: format.money(totals.deposit), balance: format.money(totals.balance) },
    });
    if (content.offPremises) mentions.push({ id: 'noPaymentSevenDays', values: {} });
  }
  if (content.executionTerms.trim() !== '') {
    mentions.push({ id: 'execution', values: { terms: content.executionTerms.trim() } });
  }
  if (!vatApplies(profile)) mentions.push({ id: 'franchise', values: {} });
  mentions.push({
    id: isBuildingQuote(context) ? 'guaranteesBuilding' : 'guaranteesGoods',
    values: {},
  });
  return mentions;
}

/** Insurance and mediator: who covers the work, who settles a dispute. */
export function partyMentions(context: QuoteContext): Mention[] {
  const { profile } = context;
  const mentions: Mention[] = [];
  if (isBuildingQuote(context)) {
    mentions.push({
      id: profile.insurancePolicy.trim() ? 'insurancePolicy' : 'insurance',
      values: {
        insurer: profile.insurerName.trim(),
        address: profile.insurerAddress.trim(),
        coverage: profile.insuranceCoverage.trim(),
        policy: profile.insurancePolicy.trim(),
      },
    });
  }
  // The website and any other contact are printed together after the mediator's name.
  const website = [profile.mediatorWebsite, profile.mediatorContact]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');
  mentions.push({
    id: website ? 'mediatorWebsite' : 'mediator',
    values: { name: profile.mediatorName.trim(), website },
  });
  return mentions;
}

/** What the customer signs: the certification for reduced VAT, then the acceptance block. */
export function signatureMentions(context: QuoteContext): Mention[] {
  const mentions: Mention[] = [];
  if (needsCertification(context) && context.content.reducedRateCertification) {
    mentions.push({
      id: 'certification',
      values: { customer: context.customer?.name.trim() ?? '' },
    });
  }
  if (context.content.offPremises) mentions.push({ id: 'withdrawal', values: {} });
  if (context.content.receivedBeforeWork) mentions.push({ id: 'receivedBeforeWork', values: {} });
  mentions.push({ id: 'agreement', values: {} });
  return mentions;
}

/** The withdrawal form attached to a quote signed at the customer's (off-premises contract). */
export function withdrawalForm(context: QuoteContext, number: string): Mention[] {
  if (!context.content.offPremises) return [];
  const { profile } = context;
  const address = [profile.street, `${profile.postalCode} ${profile.city}`]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');
  return [
    { id: 'form.title', values: {} },
    { id: 'form.to', values: { name: profile.name.trim(), address, email: profile.email.trim() } },
    { id: 'form.body', values: { number } },
    { id: 'form.fields', values: {} },
  ];
}
