/** Small instruments for unit tests, built the same way as the real one. */
import { buildInstrument, type DimensionEntry, type Instrument } from '../../src/lib/instrument';
import { inventorySettingsSchema } from '../../src/lib/schemas';

/** A dimension entry with these item ids (title = id in capitals). */
export const dim = (id: string, order: number, items: string[]): DimensionEntry => ({
  id,
  data: {
    title: id.toUpperCase(),
    order,
    keyStatement: 'k',
    prompt: 'p',
    questions: items.map((q) => ({ id: q, text: q })),
  },
});

/** Build an instrument from dimensions and settings (defaults from the schema). */
export function instrumentOf(dims: DimensionEntry[], settings: Record<string, unknown> = {}): Instrument {
  return buildInstrument(dims, inventorySettingsSchema.parse(settings));
}
