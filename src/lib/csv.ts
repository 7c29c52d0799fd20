/**
 * The CSV export of a result: one row per question, one per dimension and one per action of the
 * plan, for spreadsheets. The reader also opens CSVs written before the plan (a `note` column).
 * RFC 4180 (quoted fields, CRLF), UTF-8 with a byte-order mark so that Excel reads accents.
 * The reader trusts nothing: it is for reading an exported CSV back into answers.
 */
import { CANT_JUDGE, type Answers, type Instrument } from './instrument';
import { notesToPlan, validatePlan, type ActionPlan } from './action-plan';
import { refuse, validateAnswers, validateContext, validateNotes, type Parsed, type ResultRecord } from './result';
import { ISO_DATE_TIME, MAX_RESULT_FILE_BYTES, describeFileLimit } from './file-limits';
import { t } from '../i18n/t';
import { scoreAnswers } from './scoring';

const SCORE_COLUMNS = [
  'type',
  'dimension_id',
  'dimension',
  'item_id',
  'question',
  'answer',
  'mean',
  'score_0_100',
  'band',
] as const;

/** The header row, in column order: `action` rows fill the last five (the plan). */
export const CSV_COLUMNS = [...SCORE_COLUMNS, 'action_id', 'action', 'lead', 'due', 'status'] as const;
/** The header of CSVs written before the plan: each dimension row carried a free-text note. */
export const CSV_COLUMNS_V1 = [...SCORE_COLUMNS, 'note'] as const;

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** Names of the `info` rows, in the order they are written. */
const INFO = {
  instrument: 'instrument',
  version: 'instrument version',
  level: 'level',
  partnership: 'partnership',
  createdAt: 'created',
} as const;

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

// A spreadsheet runs a cell that starts with = + - @ as a formula; a leading apostrophe stops it.
// One more apostrophe is added (and removed on reading) so that every text survives exactly.
const FORMULA = /^'*[=+\-@\t\r]/;
const guard = (text: string) => (FORMULA.test(text) ? `'${text}` : text);
const unguard = (text: string) => (FORMULA.test(text) && text.startsWith("'") ? text.slice(1) : text);

const fixed = (value: number | null, digits: number) => (value === null ? '' : value.toFixed(digits));

/** Write a result as CSV text (with BOM and CRLF line ends); scores are computed from the answers. */
export function resultToCsv(instrument: Instrument, record: ResultRecord): string {
  const scores = scoreAnswers(instrument, record.answers);
  const rows: string[][] = [[...CSV_COLUMNS]];
  const none = ['', '', '', '', ''];
  const info = (name: string, value: string) =>
    rows.push(['info', '', '', '', name, guard(value), '', '', '', ...none]);
  info(INFO.instrument, instrument.id);
  info(INFO.version, instrument.version);
  if (record.context.level !== undefined) info(INFO.level, record.context.level);
  if (record.context.partnership !== undefined) info(INFO.partnership, record.context.partnership);
  if (record.createdAt !== undefined) info(INFO.createdAt, record.createdAt);
  for (const d of instrument.dimensions) {
    for (const item of d.items) {
      const value = Object.hasOwn(record.answers, item.id) ? record.answers[item.id] : undefined;
      rows.push([
        'question',
        d.id,
        guard(d.title),
        item.id,
        guard(item.question),
        value === undefined ? '' : String(value),
        '',
        '',
        '',
        ...none,
      ]);
    }
  }
  for (const s of scores.dimensions) {
    rows.push([
      'dimension',
      s.id,
      guard(s.title),
      '',
      '',
      '',
      fixed(s.mean, 2),
      fixed(s.percent, 1),
      s.band ?? '',
      ...none,
    ]);
  }
  const o = scores.overall;
  rows.push([
    'overall',
    '',
    '',
    '',
    '',
    '',
    fixed(o?.mean ?? null, 2),
    fixed(o?.percent ?? null, 1),
    o?.band ?? '',
    ...none,
  ]);
  for (const d of instrument.dimensions) {
    for (const a of Object.hasOwn(record.plan, d.id) ? (record.plan[d.id] ?? []) : []) {
      rows.push([
        'action',
        d.id,
        guard(d.title),
        '',
        '',
        '',
        '',
        '',
        '',
        a.id,
        guard(a.what),
        guard(a.who),
        a.due,
        a.status,
      ]);
    }
  }
  return BOM + rows.map((r) => r.map(quote).join(',')).join(CRLF) + CRLF;
}

/** Split CSV text into rows of fields (RFC 4180; LF or CRLF; a leading BOM is dropped). */
export function parseCsv(text: string): Parsed<string[][]> {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = text.startsWith(BOM) ? 1 : 0;
  let line = 1;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && field === '') {
      // A quoted field: runs to the next lone quote, which must end the field.
      i++;
      const from = line;
      for (;;) {
        if (i >= text.length) return refuse('wrong-format', t('files.csvUnclosedQuote', { line: from }));
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') line++;
        field += c;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        return refuse('wrong-format', t('files.csvAfterQuote', { line }));
      }
      // Mark the field as quoted-and-empty-safe by ending it at the delimiter below.
      if (next === undefined) break;
      continue;
    }
    if (ch === '"') return refuse('wrong-format', t('files.csvStrayQuote', { line }));
    if (ch === ',') {
      endField();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] !== '\n') return refuse('wrong-format', t('files.csvLineBreak', { line }));
      endField();
      rows.push(row);
      row = [];
      line++;
      i += ch === '\r' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || row.length > 0 || (i > 0 && text[i - 1] === '"')) {
    endField();
    rows.push(row);
  }
  return { ok: true, value: rows };
}

/** Read an exported result CSV back into a result; every problem is refused with a reason. */
export function resultFromCsv(text: string, instrument: Instrument): Parsed<ResultRecord> {
  if (text.length > MAX_RESULT_FILE_BYTES)
    return refuse('too-large', t('files.tooLargeCsv', { limit: describeFileLimit() }));
  if (text.replace(BOM, '').trim() === '') return refuse('empty', t('files.empty'));
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const [header, ...rows] = parsed.value;
  const v1 = header?.join(',') === CSV_COLUMNS_V1.join(',');
  if (!v1 && header?.join(',') !== CSV_COLUMNS.join(',')) {
    return refuse('wrong-format', t('files.csvHeader', { columns: CSV_COLUMNS.join(',') }));
  }
  const width = v1 ? CSV_COLUMNS_V1.length : CSV_COLUMNS.length;
  const info = new Map<string, string>();
  const raw: Record<string, unknown> = {};
  const notes: Record<string, unknown> = {};
  const plan: Record<string, unknown[]> = {};
  const seen = new Set<string>();
  for (const [n, row] of rows.entries()) {
    const line = n + 2;
    if (row.length !== width) {
      return refuse('wrong-format', t('files.csvFieldCount', { line, count: row.length, width }));
    }
    const [type = '', dimensionId = '', , itemId = '', question = '', answer = ''] = row;
    const note = v1 ? (row[9] ?? '') : '';
    if (type === 'info') {
      if (info.has(question))
        return refuse('wrong-format', t('files.csvInfoTwice', { name: question.slice(0, 40), line }));
      info.set(question, unguard(answer));
    } else if (type === 'question') {
      if (seen.has(itemId))
        return refuse('bad-answers', t('files.csvAnswerTwice', { item: itemId.slice(0, 60), line }));
      seen.add(itemId);
      if (answer === '') continue;
      raw[itemId] = answer === CANT_JUDGE ? CANT_JUDGE : /^-?\d{1,3}$/.test(answer) ? Number(answer) : answer;
      // Keep the item id an own data property even for "__proto__", so validation names it.
      Object.defineProperty(raw, itemId, { value: raw[itemId], enumerable: true, writable: true, configurable: true });
    } else if (type === 'action' && !v1) {
      const [actionId = '', what = '', who = '', due = '', status = ''] = row.slice(SCORE_COLUMNS.length);
      if (!Object.hasOwn(plan, dimensionId)) {
        Object.defineProperty(plan, dimensionId, { value: [], enumerable: true, writable: true, configurable: true });
      }
      plan[dimensionId]!.push({
        ...(actionId === '' ? {} : { id: actionId }),
        what: unguard(what),
        who: unguard(who),
        due,
        status,
      });
    } else if (type === 'dimension') {
      if (note !== '')
        Object.defineProperty(notes, dimensionId, {
          value: unguard(note),
          enumerable: true,
          writable: true,
          configurable: true,
        });
    } else if (type !== 'overall') {
      return refuse('wrong-format', t('files.csvUnknownType', { type: type.slice(0, 20), line }));
    }
  }
  const id = info.get(INFO.instrument);
  const version = info.get(INFO.version);
  if (id !== instrument.id) {
    return refuse(
      'other-instrument',
      t('files.otherInstrument', { id: String(id).slice(0, 60), expected: instrument.id }),
    );
  }
  if (version !== instrument.version) {
    return refuse(
      'other-instrument-version',
      t('files.otherVersion', { version: String(version).slice(0, 20), expected: instrument.version }),
      version === undefined ? {} : { instrumentVersion: version.slice(0, 20) },
    );
  }
  const answers = validateAnswers(instrument, raw);
  if (!answers.ok) return answers;
  const context = validateContext({ level: info.get(INFO.level), partnership: info.get(INFO.partnership) });
  if (!context.ok) return context;
  const dimensionIds = instrument.dimensions.map((d) => d.id);
  let checkedPlan: ActionPlan;
  if (v1) {
    const checkedNotes = validateNotes(instrument, notes);
    if (!checkedNotes.ok) return checkedNotes;
    checkedPlan = notesToPlan(dimensionIds, checkedNotes.value);
  } else {
    const checked = validatePlan(dimensionIds, plan);
    if (!checked.ok) return refuse('bad-field', checked.message);
    checkedPlan = checked.value;
  }
  const createdAt = info.get(INFO.createdAt);
  if (createdAt !== undefined && (!ISO_DATE_TIME.test(createdAt) || Number.isNaN(Date.parse(createdAt)))) {
    return refuse('bad-field', t('files.badDate', { field: INFO.createdAt }));
  }
  return {
    ok: true,
    value: {
      instrument: { id: instrument.id, version: instrument.version },
      context: context.value,
      answers: answers.value satisfies Answers,
      plan: checkedPlan,
      ...(createdAt === undefined ? {} : { createdAt }),
    },
  };
}
