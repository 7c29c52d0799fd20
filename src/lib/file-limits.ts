/**
 * The size limit of a result file, how a refusal describes it, and the date format files use: a
 * tiny module of its own, so that pages can check a file before they load the readers
 * (result-file.ts, csv.ts) it needs.
 */

/** Files over this size are refused before they are read. */
export const MAX_RESULT_FILE_BYTES = 1_000_000;

/**
 * A file's size as a person reads it in a refusal: in megabytes to one decimal, or in exact bytes
 * when that would round to 1.0 MB and so not show why the file is over the limit.
 */
export function describeFileSize(bytes: number): string {
  const mb = (bytes / 1_000_000).toFixed(1);
  return mb === '1.0' ? `${bytes.toLocaleString('en-GB')} bytes` : `${mb} MB`;
}

/** Why a file over the limit is not read: "It is 1.2 MB; a result file is a few kilobytes, …". */
export function oversizedFileReason(bytes: number): string {
  const size = describeFileSize(bytes);
  const limit = size.endsWith(' bytes') ? `1 MB (${MAX_RESULT_FILE_BYTES.toLocaleString('en-GB')} bytes)` : '1 MB';
  return `It is ${size}; a result file is a few kilobytes, and files over ${limit} are not read.`;
}

/** An ISO 8601 date and time, as `Date.prototype.toISOString` writes it (an offset is also accepted). */
export const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
