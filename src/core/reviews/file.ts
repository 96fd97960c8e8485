// The reviews file: export and import of review reminders, in a JSON file of
// their own. An import is checked whole before anything changes: one bad
// review rejects the file, with every problem named by review and field.
import { reviewSchema, type Review } from './review';

export const REVIEWS_FILE_KIND = 'customer-terms-reviews';
export const REVIEWS_FILE_VERSION = 1;
export const MAX_FILE_BYTES = 1_000_000;
export const MAX_REVIEWS = 2_000;

export interface ReviewsFile {
  kind: typeof REVIEWS_FILE_KIND;
  version: typeof REVIEWS_FILE_VERSION;
  /** "YYYY-MM-DD", for people reading the file. */
  exported: string;
  reviews: Review[];
}

export function reviewsFile(reviews: readonly Review[], today: string): string {
  const file: ReviewsFile = {
    kind: REVIEWS_FILE_KIND,
    version: REVIEWS_FILE_VERSION,
    exported: today,
    reviews: [...reviews],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export const reviewsFileName = (today: string) => `customer-terms-reviews-${today}.json`;

export type ReadResult = { ok: true; reviews: Review[] } | { ok: false; problems: string[] };

/** Where a problem is, in words: "review 2 (github:acme/shop#41), date". */
function where(index: number, raw: unknown, path: readonly PropertyKey[]): string {
  const key = (raw as { ticket?: { key?: unknown } } | null)?.ticket?.key;
  const name = `review ${index + 1}${typeof key === 'string' && key ? ` (${key})` : ''}`;
  return path.length ? `${name}, ${path.map(String).join('.')}` : name;
}

/** Reads a reviews file; nothing in it is used unless all of it is valid. */
export function readReviewsFile(text: string): ReadResult {
  if (new TextEncoder().encode(text).length > MAX_FILE_BYTES)
    return { ok: false, problems: ['The file is over 1 MB; a reviews file is much smaller.'] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['The file is not JSON.'] };
  }
  const file = (typeof data === 'object' && data !== null ? data : {}) as Partial<Record<keyof ReviewsFile, unknown>>;
  if (file.kind !== REVIEWS_FILE_KIND)
    return {
      ok: false,
      problems: [`This is not a Customer Terms reviews file ("kind" is not "${REVIEWS_FILE_KIND}").`],
    };
  if (file.version !== REVIEWS_FILE_VERSION)
    return {
      ok: false,
      problems: [
        `Version ${String(file.version)} of the reviews file is not one this version reads (${REVIEWS_FILE_VERSION}).`,
      ],
    };
  if (!Array.isArray(file.reviews)) return { ok: false, problems: ['"reviews" is not a list.'] };
  if (file.reviews.length > MAX_REVIEWS)
    return { ok: false, problems: [`The file holds ${file.reviews.length} reviews; at most ${MAX_REVIEWS} are read.`] };
  const problems: string[] = [];
  const reviews: Review[] = [];
  const seen = new Map<string, number>();
  file.reviews.forEach((raw, index) => {
    const parsed = reviewSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${where(index, raw, issue.path)}: ${issue.message}`);
      return;
    }
    const first = seen.get(parsed.data.ticket.key);
    if (first !== undefined) problems.push(`${where(index, raw, [])}: the same ticket as review ${first + 1}`);
    else seen.set(parsed.data.ticket.key, index);
    reviews.push(parsed.data);
  });
  return problems.length ? { ok: false, problems } : { ok: true, reviews };
}
