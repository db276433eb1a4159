// Issuing a quote: number it, freeze what the customer sees (with its SHA-256), make its PDF.

import type { CompanyProfile } from '../../db/profile';
import { loadLogo } from '../../db/profile';
import type { CustomerRecord, FrozenQuote, QuoteRecord } from '../../db/schema';
import { language, loadNamespace } from '../../i18n';
import { canonicalJson, sha256Hex } from '../../lib/hash';
import { uiLookup } from './strings';
import { quoteTemplate } from './templates';

/** The frozen copy of a numbered quote: profile, customer and content as they are now, hashed. */
export async function freezeQuote(
  quote: QuoteRecord,
  profile: CompanyProfile,
  customer: CustomerRecord | undefined,
): Promise<FrozenQuote> {
  if (!quote.number || quote.issuedAt === undefined)
    throw new Error('A quote is numbered before it is frozen');
  const copy = {
    number: quote.number,
    issuedAt: quote.issuedAt,
    profile: { ...profile } as Record<string, unknown>,
    customer: customer
      ? {
          id: customer.id,
          name: customer.name,
          address: customer.address,
          siteAddress: customer.siteAddress,
          phone: customer.phone,
          email: customer.email,
        }
      : null,
    content: structuredClone(quote.content),
  };
  return { ...copy, hash: await sha256Hex(canonicalJson(copy)) };
}

/** The PDF of a quote: from its frozen copy once issued, else from the current draft. */
export async function quotePdfBytes(
  quote: QuoteRecord,
  profile: CompanyProfile,
  customer: CustomerRecord | undefined,
): Promise<Uint8Array> {
  const [{ buildQuotePdf }, { loadFonts }, logo] = await Promise.all([
    import('./pdf/quotePdf'),
    import('../../pdf'),
    loadLogo(),
  ]);
  await loadNamespace(language(), 'quotes');
  const frozen = quote.frozen;
  const issuedProfile = (frozen?.profile as CompanyProfile | undefined) ?? profile;
  return buildQuotePdf({
    lang: language(),
    lookup: uiLookup(),
    fonts: await loadFonts(),
    profile: issuedProfile,
    logo,
    customer: frozen ? frozen.customer : (customer ?? null),
    content: frozen?.content ?? quote.content,
    number: quote.number ?? '',
    issuedAt: quote.issuedAt ?? Date.now(),
    family: quoteTemplate(quote.templateId)?.family ?? null,
    signature: quote.signature,
    hash: quote.signature ? frozen?.hash : undefined,
  });
}
