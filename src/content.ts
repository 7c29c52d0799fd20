/** Reads the content collections once per build; pages and components get plain data from here. */
import { getCollection, getEntry } from 'astro:content';
import { buildInstrument, type Instrument } from './lib/instrument';
import { inventorySettingsSchema, siteSettingsSchema, type SiteSettings } from './lib/schemas';

/** The dimensions in framework order, with their MDX entries for rendering. */
export async function getDimensions() {
  const entries = await getCollection('framework');
  return entries.sort((a, b) => a.data.order - b.data.order);
}

/** The inventory instrument built from the framework content and `content/settings/inventory.yaml`. */
export async function getInstrument(): Promise<Instrument> {
  const entry = await getEntry('inventory', 'inventory');
  const settings = entry?.data ?? inventorySettingsSchema.parse({});
  return buildInstrument(await getDimensions(), settings);
}

/** Site settings from `content/settings/site.yaml`, with defaults when the file is absent. */
export async function getSiteSettings(): Promise<SiteSettings> {
  const entry = await getEntry('site', 'site');
  return entry?.data ?? siteSettingsSchema.parse({});
}
