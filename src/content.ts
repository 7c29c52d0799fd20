/** Reads the content collections once per build; pages and components get plain data from here. */
import { getCollection, getEntry } from 'astro:content';
import { buildInstrument, type Instrument } from './lib/instrument';
import { inventorySettingsSchema, siteSettingsSchema, type InventorySettings, type SiteSettings } from './lib/schemas';

async function getInventorySettings(): Promise<InventorySettings> {
  const entry = await getEntry('inventory', 'inventory');
  return entry?.data ?? inventorySettingsSchema.parse({});
}

/**
 * The dimensions in framework order, with their MDX entries for rendering. The cross-file rules
 * (unique orders and question ids) are checked here, so that every page that shows the framework
 * fails the build with a ContentError naming the file and the field, not only the inventory.
 */
export async function getDimensions() {
  const entries = await getCollection('framework');
  buildInstrument(entries, await getInventorySettings());
  return entries.sort((a, b) => a.data.order - b.data.order);
}

/** The inventory instrument built from the framework content and `content/settings/inventory.yaml`. */
export async function getInstrument(): Promise<Instrument> {
  return buildInstrument(await getDimensions(), await getInventorySettings());
}

/** Site settings from `content/settings/site.yaml`, with defaults when the file is absent. */
export async function getSiteSettings(): Promise<SiteSettings> {
  const entry = await getEntry('site', 'site');
  return entry?.data ?? siteSettingsSchema.parse({});
}
