/** A small instrument for component tests, built from content-shaped data like the real one. */
import { buildInstrument, type DimensionEntry } from '../../src/lib/instrument';
import { inventorySettingsSchema } from '../../src/lib/schemas';

const dimension = (id: string, title: string, order: number, items: [string, string][]): DimensionEntry => ({
  id,
  data: {
    title,
    order,
    keyStatement: `${title} key statement.`,
    prompt: 'Ask:',
    questions: items.map(([qid, text]) => ({ id: qid, text })),
  },
});

/** Three dimensions, seven items, the default 1–12 evidence scale with "can’t judge". */
export const instrument = buildInstrument(
  [
    dimension('vision', 'Vision', 1, [
      ['shared-aims', 'We share our aims with partners.'],
      ['clear-priorities', 'Our priorities are clear.'],
      ['mutual-benefit', 'We seek mutual benefit.'],
    ]),
    dimension('focus', 'Focus', 2, [
      ['key-outcomes', 'We agree the key outcomes.'],
      ['measure-value', 'We measure public value.'],
    ]),
    dimension('systems', 'Systems', 3, [
      ['shared-systems', 'Our systems support joint work.'],
      ['shared-data', 'We share data safely.'],
    ]),
  ],
  inventorySettingsSchema.parse({}),
);
