/** What a stored document is: the four families of guided outputs. */
export const DOCUMENT_KINDS = ['review-reply', 'social-post', 'quote', 'doe'] as const;
/** One kind of document. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A document's life: drafts autosave; only a human makes one `validated`. */
export const DOCUMENT_STATUSES = ['draft', 'validated', 'sent', 'archived'] as const;
/** One document status. */
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
