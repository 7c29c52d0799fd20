import { beforeEach, describe, expect, test, vi } from 'vitest';
import { encodeShareCode } from '../../src/lib/share-code';
import { loadInstrument } from '../fixtures/instrument';
import { mistype, PEOPLE, resultFile, shareCode, uniformAnswers } from '../fixtures/team';
import { reloadLanguage } from './reload-language';

const instrument = loadInstrument();
const a = shareCode(instrument, PEOPLE.a, 'team');
const b = shareCode(instrument, PEOPLE.b, 'team');
const c = shareCode(instrument, PEOPLE.c, 'organisation');

function memoryStorage(): Storage & Record<string, string> {
  const s = {} as Storage & Record<string, string>;
  const keys = () => Object.keys(s);
  Object.defineProperties(s, {
    getItem: { value: (k: string) => (Object.hasOwn(s, k) ? s[k] : null) },
    setItem: { writable: true, value: (k: string, v: string) => void (s[k] = String(v)) },
    removeItem: { value: (k: string) => void delete s[k] },
    clear: { value: () => keys().forEach((k) => delete s[k]) },
    key: { value: (i: number) => keys()[i] ?? null },
    length: { get: () => keys().length },
  });
  return s;
}

let localStorage = memoryStorage();

async function fresh() {
  vi.resetModules();
  await reloadLanguage();
  const workshops = await import('../../src/stores/workshops');
  const actions = await import('../../src/stores/workshop-actions');
  const collection = await import('../../src/stores/collection');
  const planState = await import('../../src/stores/plan-state');
  const strays = await import('../../src/stores/strays');
  return { ...workshops, ...actions, ...collection, ...strays, $groupPlans: planState.$groupPlans };
}

/** Fresh stores with two workshops: the first one made on loading (north), then Southdale, open. */
async function northAndSouth() {
  const s = await fresh();
  await s.loadWorkshops(instrument);
  const north = s.$activeWorkshop.get()!;
  await s.createWorkshop({ name: 'Southdale' });
  return { s, north, south: s.$activeWorkshop.get()! };
}

const stored = () =>
  JSON.parse(localStorage.getItem('cli:workshops:v1')!) as {
    active: string;
    workshops: { id: string; name: string; tag: string }[];
  };

beforeEach(() => {
  localStorage = memoryStorage();
  vi.stubGlobal('localStorage', localStorage);
  return () => vi.unstubAllGlobals();
});

describe('the workshops store', () => {
  test('the collection kept before workshops becomes the first workshop, every result with it', async () => {
    const old = JSON.stringify([a, b, c]);
    localStorage.setItem('cli:collection:v1', old);
    const s = await fresh();
    await s.loadWorkshops(instrument);
    const [first] = s.$workshops.get();
    expect(first).toMatchObject({ name: 'Results gathered before workshops' });
    expect(first!.tag).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(s.$collection.get().map((e) => e.code)).toEqual([a, b, c]);
    expect(localStorage.getItem(`cli:workshop:v1:${first!.id}`)).toBe(old);
    expect(localStorage.getItem('cli:collection:v1')).toBeNull();
    expect(stored()).toEqual({ active: first!.id, workshops: [s.$workshops.get()[0]] });
    expect(s.$workshopNotice.get()).toMatch(/^Your collection is now a workshop/);
    // And on the next visit, the same workshop and results, with nothing said.
    const again = await fresh();
    await again.loadWorkshops(instrument);
    expect(again.$workshops.get()).toEqual(s.$workshops.get());
    expect(again.$collection.get().map((e) => e.code)).toEqual([a, b, c]);
    expect(again.$workshopNotice.get()).toBeNull();
  });

  test('when the new keys cannot be written, the old collection is left where it was and still shown', async () => {
    localStorage.setItem('cli:collection:v1', JSON.stringify([a]));
    const setItem = localStorage.setItem.bind(localStorage);
    localStorage.setItem = (key: string, value: string) => {
      if (key.startsWith('cli:workshop')) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      setItem(key, value);
    };
    const s = await fresh();
    await s.loadWorkshops(instrument);
    expect(localStorage.getItem('cli:collection:v1')).toBe(JSON.stringify([a]));
    expect(s.$collection.get().map((e) => e.code)).toEqual([a]);
  });

  test('a first visit writes nothing until a result is kept', async () => {
    const s = await fresh();
    await s.loadWorkshops(instrument);
    expect(s.$workshops.get().map((w) => w.name)).toEqual(['My workshop']);
    expect(Object.keys(localStorage)).toEqual([]);
    await s.addCodes(`Here it is: ${a}`);
    const id = s.$activeId.get();
    expect(Object.keys(localStorage).sort()).toEqual(['cli:workshop:v1:' + id, 'cli:workshops:v1']);
  });

  test('create, rename, switch and delete: each workshop keeps its own results', async () => {
    const s = await fresh();
    await s.loadWorkshops(instrument);
    await s.addCodes(a);
    const firstId = s.$activeId.get();
    const made = await s.createWorkshop({
      name: 'Northshire Partnership, March 2027',
      level: 'partnership',
      email: 'f@northshire.example',
    });
    expect(made.ok).toBe(true);
    expect(s.$collection.get()).toEqual([]);
    await s.addCodes(`${b}\n${c}`);
    expect(s.$collection.get()).toHaveLength(2);
    expect(s.updateWorkshop(s.$activeId.get(), { name: 'Northshire, March' })).toMatchObject({ ok: true });
    expect(s.$activeWorkshop.get()).toMatchObject({ name: 'Northshire, March' });
    expect(s.$activeWorkshop.get()?.level).toBeUndefined();
    expect(s.updateWorkshop(s.$activeId.get(), { name: '' })).toEqual({
      ok: false,
      code: 'bad-field',
      message: 'The workshop needs a name.',
    });
    expect(await s.createWorkshop({ name: 'x', email: 'nope' })).toMatchObject({
      ok: false,
      message: '“nope” is not an email address.',
    });
    await s.switchWorkshop(firstId);
    expect(s.$collection.get().map((e) => e.code)).toEqual([a]);
    expect(stored().active).toBe(firstId);
    const secondId = s.$workshops.get()[1]!.id;
    // Each workshop's group plan goes with it (the plan's code is not loaded here: storage alone).
    const planOf = (what: string) => ({ 'collective-vision': [{ id: 'a1', what, who: '', due: '', status: 'todo' }] });
    localStorage.setItem(
      'cli:group-plans:v1',
      JSON.stringify({ [firstId]: planOf('First'), [secondId]: planOf('Second') }),
    );
    await s.deleteWorkshop(firstId);
    expect(JSON.parse(localStorage.getItem('cli:group-plans:v1')!)).toEqual({ [secondId]: planOf('Second') });
    // With the plans loaded on the page, the loaded copy forgets it too (it is written back on the next edit).
    s.$groupPlans.set({ [secondId]: {}, other: {} });
    expect(s.$workshops.get().map((w) => w.id)).toEqual([secondId]);
    expect(s.$collection.get()).toHaveLength(2);
    expect(localStorage.getItem(`cli:workshop:v1:${firstId}`)).toBeNull();
    await s.deleteWorkshop(secondId);
    expect(s.$groupPlans.get()).toEqual({ other: {} });
    expect(s.$workshops.get().map((w) => w.name)).toEqual(['My workshop']);
    expect(Object.keys(localStorage)).toEqual([]);
  });

  test('results made for another workshop are held back until kept or skipped; untagged ones are added', async () => {
    const s = await fresh();
    await s.loadWorkshops(instrument);
    const tag = s.$activeWorkshop.get()!.tag;
    const other = tag === 'AAAA' ? 'BBBB' : 'AAAA';
    const ours = encodeShareCode(instrument, uniformAnswers(instrument, PEOPLE.a), 'team', tag);
    const stray = encodeShareCode(instrument, uniformAnswers(instrument, PEOPLE.b), 'team', other);
    await s.addCodes(`Ann: ${ours}\nBob: ${stray}\nCyd: ${c}\nDee: ${mistype(b)}`);
    expect(s.$lastImport.get()?.summary).toBe(
      'Found 4 codes: 2 added, 1 from another workshop (keep or skip), 1 refused',
    );
    expect(s.$lastImport.get()?.outcomes.map((o) => o.status)).toEqual(['added', 'other-workshop', 'added', 'refused']);
    expect(s.$strays.get().map((r) => r.code)).toEqual([stray]);
    await s.addCodes(stray);
    expect(s.$lastImport.get()?.summary).toBe('Found 1 code: 0 added, 1 duplicate');
    await s.keepStrays();
    expect(s.$collection.get().map((e) => e.code)).toEqual([ours, c, stray]);
    expect(s.$strays.get()).toEqual([]);
    await s.addCodes(encodeShareCode(instrument, uniformAnswers(instrument, PEOPLE.d), undefined, other));
    s.skipStrays();
    expect(s.$lastImport.get()?.summary).toBe('1 from another workshop skipped: not added.');
    expect(s.$collection.get()).toHaveLength(3);
  });

  test('results held back come along to another workshop: those made for it join it, the others stay held back', async () => {
    const { s, north, south } = await northAndSouth();
    const third = ['AAAA', 'BBBB', 'CCCC'].find((tag) => tag !== north.tag && tag !== south.tag)!;
    await s.switchWorkshop(north.id);
    const forSouth = encodeShareCode(instrument, uniformAnswers(instrument, PEOPLE.a), 'team', south.tag);
    const forThird = encodeShareCode(instrument, uniformAnswers(instrument, PEOPLE.b), 'team', third);
    await s.addCodes(`${forSouth}\n${forThird}\n${c}`);
    expect(s.$strays.get().map((r) => r.code)).toEqual([forSouth, forThird]);
    expect(s.$collection.get().map((e) => e.code)).toEqual([c]);

    await s.switchWorkshop(south.id);
    expect(s.$collection.get().map((e) => e.code)).toEqual([forSouth]);
    expect(s.$strays.get().map((r) => r.code)).toEqual([forThird]);
    expect(s.$lastImport.get()?.summary).toBe('1 result held back was made for this workshop: added.');
    // Kept with Southdale, on this device; Northshire has only what it had.
    await s.switchWorkshop(north.id);
    expect(s.$collection.get().map((e) => e.code)).toEqual([c]);
    expect(s.$strays.get().map((r) => r.code)).toEqual([forThird]);
    await s.switchWorkshop(south.id);
    expect(s.$collection.get().map((e) => e.code)).toEqual([forSouth]);
  });

  test('results held back that the workshop opened already has are not counted again in its message', async () => {
    const { s, north, south } = await northAndSouth();
    const already = encodeShareCode(instrument, uniformAnswers(instrument, PEOPLE.a), 'team', south.tag);
    const fresher = encodeShareCode(instrument, uniformAnswers(instrument, PEOPLE.b), 'team', south.tag);
    await s.addCodes(already);
    expect(s.$collection.get().map((e) => e.code)).toEqual([already]);

    // In Northshire the same result, and one Southdale lacks, are held back as made for Southdale.
    await s.switchWorkshop(north.id);
    await s.addCodes(`${already}\n${fresher}`);
    expect(s.$strays.get().map((r) => r.code)).toEqual([already, fresher]);
    await s.switchWorkshop(south.id);
    expect(s.$collection.get().map((e) => e.code)).toEqual([already, fresher]);
    expect(s.$strays.get()).toEqual([]);
    expect(s.$lastImport.get()?.summary).toBe(
      '1 result held back was made for this workshop: added. 1 was already in it: not counted twice.',
    );

    // Only one already there: nothing is said to be added.
    await s.switchWorkshop(north.id);
    await s.addCodes(fresher);
    await s.switchWorkshop(south.id);
    expect(s.$collection.get().map((e) => e.code)).toEqual([already, fresher]);
    expect(s.$lastImport.get()?.summary).toBe(
      '1 result held back was made for this workshop and was already in it: not counted twice.',
    );
  });

  test('an undo after switching workshops changes neither workshop', async () => {
    const s = await fresh();
    await s.loadWorkshops(instrument);
    await s.createWorkshop({ name: 'Northshire' });
    const north = s.$activeId.get();
    await s.addCodes(`${a} ${b}`);
    const undo = s.removeResult(a);
    await s.createWorkshop({ name: 'Southdale' });
    await s.addCodes(c);
    undo();
    expect(s.$collection.get().map((e) => e.code)).toEqual([c]);
    await s.switchWorkshop(north);
    expect(s.$collection.get().map((e) => e.code)).toEqual([b]);
  });

  test('an invitation link pasted among the results is named as one, and nothing is added', async () => {
    const s = await fresh();
    await s.loadWorkshops(instrument);
    expect(await s.addCodes('https://example.org/inventory/#CLW1-FWD1005MTY90EXQQ4TVKD1QQ000000416THR')).toEqual([]);
    expect(s.$lastImport.get()?.summary).toBe(
      'This is a workshop invitation, not a result: send it to participants, and paste here the codes or links they send back.',
    );
    await s.addCodes('nothing here');
    expect(s.$lastImport.get()?.summary).toBe('No share codes or result links found in this text.');
    expect(s.$collection.get()).toEqual([]);
  });

  test('a participant who returns both their code (tagged for the workshop) and their result file is counted once', async () => {
    const s = await fresh();
    await s.loadWorkshops(instrument);
    const tag = s.$activeWorkshop.get()!.tag;
    const tagged = encodeShareCode(instrument, uniformAnswers(instrument, PEOPLE.a), 'team', tag);
    await s.addCodes(tagged);
    await s.addFiles([new File([resultFile(instrument, PEOPLE.a, 'team')], 'ann.json')]);
    expect(s.$lastImport.get()?.summary).toBe('0 added, 1 duplicate');
    expect(s.$lastImport.get()?.outcomes[0]).toMatchObject({
      status: 'duplicate',
      message: 'Not counted twice: a result with the same answers and level is already in the collection.',
    });
    // The other way round too, and within one pasted text; another level is another result.
    await s.addCodes(`${a} ${encodeShareCode(instrument, uniformAnswers(instrument, PEOPLE.b), 'team', tag)} ${b}`);
    expect(s.$lastImport.get()?.outcomes.map((o) => o.status)).toEqual(['duplicate', 'added', 'duplicate']);
    await s.addCodes(shareCode(instrument, PEOPLE.a, 'organisation'));
    expect(s.$collection.get().map((e) => e.code)).toEqual([
      tagged,
      encodeShareCode(instrument, uniformAnswers(instrument, PEOPLE.b), 'team', tag),
      shareCode(instrument, PEOPLE.a, 'organisation'),
    ]);
  });

  test('a workshop file moves a workshop to another device with the same results; bad files are refused with why', async () => {
    const s = await fresh();
    await s.loadWorkshops(instrument);
    await s.createWorkshop({ name: 'Northshire', level: 'team', message: 'Hello 👋' });
    await s.addCodes(`${a} ${b} ${c}`);
    await s.addFiles([new File([resultFile(instrument, PEOPLE.d)], 'd.csv')]);
    expect(s.$lastImport.get()?.summary).toBe('0 added, 1 refused');
    const exported = (await s.exportWorkshop(new Date('2027-03-01T10:00:00Z')))!;
    expect(exported.name).toBe('workshop-northshire-2027-03-01.json');
    const file = JSON.parse(exported.text);
    expect(file).toEqual({
      format: 'collective-leadership-workshop',
      formatVersion: 1,
      instrument: { id: instrument.id, version: instrument.version },
      exportedAt: '2027-03-01T10:00:00.000Z',
      workshop: { tag: s.$activeWorkshop.get()!.tag, name: 'Northshire', level: 'team', message: 'Hello 👋' },
      results: [a, b, c],
      keptApart: [],
    });
    const profile = s.$profile.get();

    localStorage = memoryStorage();
    vi.stubGlobal('localStorage', localStorage);
    const t = await fresh();
    await t.loadWorkshops(instrument);
    const asFile = (text: string, name = 'w.json') => ({ name, size: text.length, text: async () => text });
    expect(await t.importWorkshop(asFile('{"format": "collective-leadership-result"}'))).toMatchObject({
      ok: false,
      code: 'wrong-format',
    });
    expect(await t.importWorkshop(asFile(exported.text.replace(a, mistype(a))))).toMatchObject({
      ok: false,
      message:
        'Result 1 in this workshop file cannot be read: This share code does not check out: a character is probably mistyped or missing.',
    });
    expect(
      await t.importWorkshop(asFile(exported.text.replace('"keptApart"', '"extra": 1, "keptApart"'))),
    ).toMatchObject({
      ok: false,
      message: 'This workshop file has a field a workshop file never has: “extra”.',
    });
    const imported = await t.importWorkshop(asFile(exported.text));
    expect(imported).toMatchObject({ ok: true, value: { name: 'Northshire', level: 'team', message: 'Hello 👋' } });
    // The untouched first workshop gives way to the imported one.
    expect(t.$workshops.get().map((w) => w.name)).toEqual(['Northshire']);
    expect(t.$collection.get().map((e) => e.code)).toEqual([a, b, c]);
    expect(t.$profile.get()).toEqual(profile);
  });

  test('a workshop file brought back to the device that has the workshop merges into it: no second copy, nothing lost', async () => {
    const s = await fresh();
    await s.loadWorkshops(instrument);
    await s.createWorkshop({ name: 'Northshire' });
    const id = s.$activeId.get();
    await s.addCodes(`${a} ${b}`);
    const here = { id: 'here000001', what: 'Kept here', who: '', due: '', status: 'not-started' };
    const there = { id: 'there00001', what: 'Added there', who: '', due: '', status: 'done' };
    const edited = { ...here, what: 'Kept here, edited there' };
    localStorage.setItem('cli:group-plans:v1', JSON.stringify({ [id]: { 'outcome-focus': [here] } }));
    const exported = (await s.exportWorkshop(new Date('2027-03-01T10:00:00Z')))!;
    // Meanwhile: one more result here; on the other device one more result, a renamed workshop,
    // an action edited and one added.
    await s.addCodes(c);
    const d = shareCode(instrument, PEOPLE.d, 'partnership');
    const file = JSON.parse(exported.text) as { workshop: { name: string }; results: string[]; plan: object };
    file.workshop.name = 'Northshire, March';
    file.results.push(d, b);
    file.plan = { 'outcome-focus': [edited, there] };
    const text = JSON.stringify(file);
    const imported = await s.importWorkshop({ name: 'w.json', size: text.length, text: async () => text });
    expect(imported).toMatchObject({ ok: true, value: { id, name: 'Northshire, March' }, merged: { added: 1 } });
    expect(s.$workshops.get().map((w) => w.name)).toEqual(['My workshop', 'Northshire, March']);
    expect(s.$activeId.get()).toBe(id);
    expect(s.$collection.get().map((e) => e.code)).toEqual([a, b, c, d]);
    expect(JSON.parse(localStorage.getItem(`cli:workshop:v1:${id}`)!)).toEqual([a, b, c, d]);
    expect(JSON.parse(localStorage.getItem('cli:group-plans:v1')!)).toEqual({
      [id]: { 'outcome-focus': [edited, there] },
    });
    // Brought back again: nothing new.
    const again = await s.importWorkshop({ name: 'w.json', size: text.length, text: async () => text });
    expect(again).toMatchObject({ ok: true, merged: { added: 0 } });
    expect(s.$workshops.get()).toHaveLength(2);
    expect(s.$collection.get()).toHaveLength(4);
  });

  test('another tab’s list of workshops is taken up, and kept: an import here then adds to it, never replaces it', async () => {
    const first = await fresh();
    await first.loadWorkshops(instrument);
    await first.createWorkshop({ name: 'Northshire' });
    await first.addCodes(a);
    const exported = (await first.exportWorkshop(new Date('2027-03-01T10:00:00Z')))!;
    const written = localStorage.getItem('cli:workshops:v1');
    // A second tab that had opened before: its first workshop only in memory.
    localStorage.removeItem('cli:workshops:v1');
    const second = await fresh();
    await second.loadWorkshops(instrument);
    localStorage.setItem('cli:workshops:v1', written!);
    let onStorage: (event: Partial<StorageEvent>) => void = () => undefined;
    vi.stubGlobal('addEventListener', (type: string, handler: typeof onStorage) => {
      if (type === 'storage') onStorage = handler;
    });
    vi.stubGlobal('removeEventListener', () => undefined);
    const stop = second.followOtherTabs();
    onStorage({ key: 'cli:workshops:v1', newValue: written });
    await vi.waitFor(() => expect(second.$collection.get().map((e) => e.code)).toEqual([a]));
    expect(second.$workshops.get().map((w) => w.name)).toEqual(['My workshop', 'Northshire']);
    const other = exported.text.replace(/"tag": "[^"]+"/, '"tag": "ZZZZ"').replace('"Northshire"', '"Southdale"');
    const imported = await second.importWorkshop({ name: 'w.json', size: other.length, text: async () => other });
    expect(imported).toMatchObject({ ok: true, merged: null });
    expect(second.$workshops.get().map((w) => w.name)).toEqual(['My workshop', 'Northshire', 'Southdale']);
    stop();
  });

  test('a workshop file carries the group plan to the workshop it becomes; a plan that cannot be read is refused', async () => {
    const action = {
      id: 'k3m9q2x7ab',
      what: 'Joint budget workshop',
      who: 'Chair',
      due: '2027-02-01',
      status: 'in-progress',
    };
    const s = await fresh();
    await s.loadWorkshops(instrument);
    await s.createWorkshop({ name: 'Northshire' });
    await s.addCodes(a);
    const id = s.$activeId.get();
    // Kept on this device, with the plan code not loaded on the page: read from storage, checked.
    localStorage.setItem('cli:group-plans:v1', JSON.stringify({ [id]: { 'partnership-working': [action] } }));
    const exported = (await s.exportWorkshop(new Date('2027-03-01T10:00:00Z')))!;
    expect(JSON.parse(exported.text).plan).toEqual({ 'partnership-working': [action] });
    // As the page has it loaded (the editor's latest change), over what storage holds.
    s.$groupPlans.set({ [id]: { 'outcome-focus': [{ ...action, who: '', due: '', status: 'not-started' }] } });
    const latest = (await s.exportWorkshop(new Date('2027-03-01T10:00:00Z')))!;
    expect(JSON.parse(latest.text).plan).toEqual({
      'outcome-focus': [{ id: action.id, what: action.what, status: 'not-started' }],
    });

    localStorage = memoryStorage();
    vi.stubGlobal('localStorage', localStorage);
    const t = await fresh();
    await t.loadWorkshops(instrument);
    const asFile = (text: string) => ({ name: 'w.json', size: text.length, text: async () => text });
    const damaged = exported.text.replace('"in-progress"', '"someday"');
    const refused = await t.importWorkshop(asFile(damaged));
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.message).toBe(
      'The group plan in this workshop file cannot be read: Action 1 for “partnership-working”: The status must be one of: not-started, in-progress, done.',
    );
    expect(localStorage.getItem('cli:group-plans:v1')).toBe(null);
    const imported = await t.importWorkshop(asFile(exported.text));
    expect(imported.ok).toBe(true);
    const newId = t.$activeId.get();
    expect(newId).not.toBe(id);
    const plans = { [newId]: { 'partnership-working': [action] } };
    expect(JSON.parse(localStorage.getItem('cli:group-plans:v1')!)).toEqual(plans);
    expect(t.$groupPlans.get()).toEqual(plans);
    expect(t.$collection.get().map((e) => e.code)).toEqual([a]);

    // Stored group plans that cannot be read are not written over: the plan store backs them up first.
    localStorage = memoryStorage();
    vi.stubGlobal('localStorage', localStorage);
    localStorage.setItem('cli:group-plans:v1', '{"damaged"');
    const u = await fresh();
    await u.loadWorkshops(instrument);
    expect((await u.importWorkshop(asFile(exported.text))).ok).toBe(true);
    expect(localStorage.getItem('cli:group-plans:v1')).toBe('{"damaged"');
    expect(u.$groupPlans.get()).toEqual({ [u.$activeId.get()]: { 'partnership-working': [action] } });
  });
});
