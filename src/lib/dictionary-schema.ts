/**
 * The schema of a language file in `content/i18n/`: a build-time module only (it holds the English
 * messages as the reference), imported by `src/content.config.ts`, never by a page's script.
 */
import { z } from 'astro/zod';
import en from '../../content/i18n/en.json';
import { dictionaryProblems, type Dictionary } from './i18n';

/** The English messages, which every language file must match key for key. */
export const REFERENCE_DICTIONARY: Dictionary = en;

/** A language file: every key of en.json and no other, each a message with en.json's placeholders. */
export const dictionarySchema = z.record(z.string(), z.unknown()).superRefine((value, ctx) => {
  for (const problem of dictionaryProblems(REFERENCE_DICTIONARY, value)) {
    const key = problem.slice(0, problem.indexOf(':'));
    ctx.addIssue({ code: 'custom', path: key.includes(' ') ? [] : [key], message: problem });
  }
});
