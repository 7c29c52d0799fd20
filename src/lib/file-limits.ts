/**
 * The size limit of a result file, how a refusal describes it, and the date format files use: a
 * tiny module of its own, so that pages can check a file before they load the readers
 * (result-file.ts, csv.ts) it needs. Sizes are written with `Intl.NumberFormat` for the language.
 */
import { locale, t } from '../i18n/t';
import { numberFormat } from './i18n';

/** Files over this size are refused before they are read. */
export const MAX_RESULT_FILE_BYTES = 1_000_000;

const MB = 1_000_000;
const megabytes = (value: number, digits: { min: number; max: number }) =>
  numberFormat(locale(), {
    style: 'unit',
    unit: 'megabyte',
    minimumFractionDigits: digits.min,
    maximumFractionDigits: digits.max,
  }).format(value);
const bytesText = (bytes: number) =>
  numberFormat(locale(), { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);

/** The limit as a person reads it: "1 MB" in English. */
export function describeFileLimit(): string {
  return megabytes(MAX_RESULT_FILE_BYTES / MB, { min: 0, max: 1 });
}

/** Whether a size, in megabytes to one decimal, would read as no more than the limit ("1.0 MB"). */
const roundsToLimit = (bytes: number) => Math.round(bytes / (MB / 10)) <= Math.round(MAX_RESULT_FILE_BYTES / (MB / 10));

/**
 * A file's size as a person reads it in a refusal: in megabytes to one decimal, or in exact bytes
 * when that would round to the limit and so not show why the file is over it.
 */
export function describeFileSize(bytes: number): string {
  return roundsToLimit(bytes) ? bytesText(bytes) : megabytes(bytes / MB, { min: 1, max: 1 });
}

/** Why a file over the limit is not read: "It is 1.2 MB; a result file is a few kilobytes, …". */
export function oversizedFileReason(bytes: number): string {
  const size = describeFileSize(bytes);
  const limit = describeFileLimit();
  return roundsToLimit(bytes)
    ? t('files.oversizedBytes', { size, limit, limitBytes: bytesText(MAX_RESULT_FILE_BYTES) })
    : t('files.oversized', { size, limit });
}

/** An ISO 8601 date and time, as `Date.prototype.toISOString` writes it (an offset is also accepted). */
export const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
