/**
 * Zod schemas for everything in `content/`. Types are inferred from these; never written twice.
 * They are plain modules (no `astro:content`) so that unit tests can validate fixtures directly.
 */
import { z } from 'astro/zod';
import { HEX_COLOR } from './contrast';
import { accentContrastProblems } from './theme';
import { DEFAULT_LANGUAGES, LANGUAGE_CODE, languageSegment } from './languages';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "shared-vision"');

const hexColor = z.string().regex(HEX_COLOR, 'must be a hex colour such as #0b5cad');

/** One reflective question of a dimension; it is also one item of the inventory. */
export const questionSchema = z.object({
  /** Stable id, unique across the framework. Changing it changes the instrument version. */
  id: slug,
  /** The question as the framework asks it. */
  text: z.string().min(1),
  /** Optional wording for rating, where the question does not read as something to rate. */
  rating: z.string().min(1).optional(),
});

/** Front matter of a dimension file in `content/framework/`. The MDX body is its description. */
export const dimensionSchema = z
  .object({
    /** Display title, e.g. "Collective Vision". */
    title: z.string().min(1),
    /** Position in the framework, 1 first. Must be unique. */
    order: z.number().int().positive(),
    /** The dimension's key statement. */
    keyStatement: z.string().min(1),
    /** Optional lead-in line shown before the key statement (e.g. "Do you have your action mapped out?"). */
    leadIn: z.string().min(1).optional(),
    /** The sentence that introduces the reflective questions. */
    prompt: z.string().min(1),
    /** Reflective questions, in the seed's order. */
    questions: z.array(questionSchema).min(1),
  })
  .superRefine((data, ctx) => {
    const seen = new Set<string>();
    data.questions.forEach((q, i) => {
      if (seen.has(q.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'id'],
          message: `duplicate question id "${q.id}": each question needs its own id`,
        });
      }
      seen.add(q.id);
    });
  });

/** Front matter of a prose page in `content/pages/`. */
export const pageSchema = z.object({
  title: z.string().min(1),
  /** Used as the meta description. */
  description: z.string().min(1),
});

/** `content/settings/inventory.yaml`: the instrument's scale, bands and thresholds. */
export const inventorySettingsSchema = z
  .object({
    /** Instrument id carried by every export. Default "collective-leadership-inventory". */
    id: slug.default('collective-leadership-inventory'),
    scale: z
      .object({
        /** Lowest rating. Default 1 ("no evidence"). */
        min: z.number().int().default(1),
        /** Highest rating. Default 12 ("total evidence"), as in the original inventory. */
        max: z.number().int().default(12),
        /** Labels for a few points of the scale (keep them sparse). */
        anchors: z
          .array(z.object({ value: z.number().int(), label: z.string().min(1) }))
          .default([
            { value: 1, label: 'No evidence' },
            { value: 12, label: 'Total evidence' },
          ]),
        /** Label of the optional "can't judge" answer; `false` to leave it out. Default "Can’t judge". */
        cantJudge: z.union([z.string().min(1), z.literal(false)]).default('Can’t judge'),
      })
      .refine((s) => s.max > s.min, { message: 'scale.max must be greater than scale.min', path: ['max'] })
      .refine((s) => s.max - s.min <= 20, { message: 'a scale may have at most 21 points', path: ['max'] })
      .refine((s) => s.min >= 0 && s.min <= 15, { message: 'scale.min must be a whole number from 0 to 15', path: ['min'] })
      .refine((s) => s.anchors.every((a) => a.value >= s.min && a.value <= s.max), {
        message: 'every anchor value must lie between scale.min and scale.max',
        path: ['anchors'],
      })
      .prefault({}),
    /** Descriptive bands on the 0–100 form of a score, in ascending `from`; the first starts at 0. */
    bands: z
      .array(z.object({ from: z.number().min(0).max(100), label: z.string().min(1) }))
      .min(1)
      .refine((b) => b[0]?.from === 0, { message: 'the first band must start at 0' })
      .refine((b) => b.every((band, i) => i === 0 || band.from > (b[i - 1]?.from ?? -1)), {
        message: 'bands must be in ascending order of "from"',
      })
      .default([
        { from: 0, label: 'Little evidence' },
        { from: 25, label: 'Some evidence' },
        { from: 50, label: 'Good evidence' },
        { from: 75, label: 'Strong evidence' },
      ]),
    /** Share of a dimension's items that must be answered for it to get a score. Default 0.5. */
    minAnsweredShare: z.number().gt(0).max(1).default(0.5),
    /** How many dimensions to name as strengths and as development areas. Default 2. */
    highlights: z.number().int().min(1).max(3).default(2),
    /**
     * Fewest results for which group figures appear on the collective profile. Default 3; at
     * least 3, as two results' mean and SD would give both scores away (see aggregate.ts).
     */
    anonymityThreshold: z.number().int().min(3).default(3),
  });

/** `content/settings/site.yaml`: branding, wording and which optional parts show. */
export const siteSettingsSchema = z.object({
  /** Site or organisation name, shown in the header and titles. Default "Collective Leadership". */
  name: z.string().min(1).default('Collective Leadership'),
  /** One line under the name on the home page. Default: a line about the framework and the inventory. */
  tagline: z
    .string()
    .min(1)
    .default('Learn the Collective Leadership Framework and take its inventory, anonymously, in your browser.'),
  /** Logo shown beside the name in the header. Default: none. */
  logo: z
    .object({
      /** Path of an image file under `public/`, e.g. "logo.svg". Required when `logo` is set. */
      src: z
        .string()
        .regex(
          /^(?!\/)(?!.*\.\.)[\w\-./]+\.(?:svg|png|webp|avif|jpe?g|gif)$/i,
          'must be the path of an image file under public/, such as "logo.svg" (no leading slash, no "..")',
        ),
      /** Text alternative for the logo, e.g. "Northshire Council". Required when `logo` is set. */
      alt: z.string().trim().min(1, 'a logo needs alt text that says what it shows, e.g. the organisation name'),
    })
    .optional(),
  /** Accent colours for links and buttons, as #rrggbb; each must meet WCAG AA contrast. */
  colors: z
    .object({
      accent: z
        .object({
          /** Accent in the light scheme. Default #0b5cad. */
          light: hexColor.default('#0b5cad'),
          /** Accent in the dark scheme. Default #8cc2ff. */
          dark: hexColor.default('#8cc2ff'),
        })
        .prefault({}),
    })
    .prefault({})
    .superRefine((colors, ctx) => {
      for (const problem of accentContrastProblems(colors.accent)) {
        ctx.addIssue({ code: 'custom', path: ['accent', problem.scheme], message: problem.message });
      }
    }),
  /** Replaces the introduction on the home page; blank lines separate paragraphs. Default: content/pages/introduction.mdx. */
  introduction: z.string().trim().min(1).optional(),
  /** An email address or a web address shown in the footer as the contact. Default: none. */
  contact: z
    .union([z.email(), z.url({ protocol: /^https?$/ })], {
      error: 'must be an email address (name@example.org) or a web address starting with https://',
    })
    .optional(),
  /**
   * The site's languages, the first being the default (its pages keep their addresses; the others'
   * are under /<code lowercased>/). Each code needs content/i18n/<code>.json. Default: English only.
   */
  languages: z
    .array(
      z.object({
        /** BCP 47 code, e.g. "cy" or "pt-BR". */
        code: z.string().regex(LANGUAGE_CODE, 'must be a language code such as "en", "cy" or "pt-BR"'),
        /** The language's name in that language, as the language switcher shows it, e.g. "Cymraeg". */
        name: z.string().trim().min(1, 'must name the language, in that language (e.g. "Cymraeg")'),
      }),
    )
    .min(1, 'must list at least one language; the first is the default')
    .superRefine((languages, ctx) => {
      const seen = new Set<string>();
      languages.forEach((language, i) => {
        const segment = languageSegment(language.code);
        if (seen.has(segment)) {
          ctx.addIssue({ code: 'custom', path: [i, 'code'], message: `"${language.code}" is listed twice` });
        }
        seen.add(segment);
      });
    })
    .default(() => DEFAULT_LANGUAGES.map((l) => ({ ...l }))),
  /** Which optional parts of the site show; a part set to false leaves the navigation and its page says so. */
  features: z
    .object({
      /** The team page: facilitators combine results into a collective profile. Default true. */
      team: z.boolean().default(true),
      /** Keeping earlier results in this browser to compare over time. Default true. */
      history: z.boolean().default(true),
    })
    .prefault({}),
});

export type Question = z.output<typeof questionSchema>;
export type DimensionData = z.output<typeof dimensionSchema>;
export type InventorySettings = z.output<typeof inventorySettingsSchema>;
export type SiteSettings = z.output<typeof siteSettingsSchema>;
/** The optional parts of the site that `features` turns on and off. */
export type Feature = keyof SiteSettings['features'];
