import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { useLazyComponent } from '../../src/components/use-lazy-component';
import { useLoadsSettled } from '../../src/components/use-loads-settled';

afterEach(() => {
  cleanup();
  vi.doUnmock('../../src/components/plan/PlanEditor');
  vi.doUnmock('../../src/components/inventory/ReturnResult');
  vi.resetModules();
});

const loadGreeting = () => Promise.resolve({ default: ({ name }: { name: string }) => <p>Hello {name}</p> });
const loadBroken = () => Promise.reject(new Error('offline'));

function Host({ load }: { load: typeof loadGreeting }) {
  const { Loaded, failed } = useLazyComponent(load);
  if (failed) return <p>could not load</p>;
  return Loaded === null ? <p>waiting</p> : <Loaded name="Sam" />;
}

describe('useLazyComponent', () => {
  test('shows nothing of the component until it arrives, then the component with its props', async () => {
    render(<Host load={loadGreeting} />);
    expect(screen.getByText('waiting')).toBeTruthy();
    expect(await screen.findByText('Hello Sam')).toBeTruthy();
  });

  test('asks for the module in a task of its own, not in the one that runs the island’s effects', async () => {
    let fetched = 0;
    const load = () => {
      fetched += 1;
      return loadGreeting();
    };
    render(<Host load={load} />);
    // render() has run the effects; the module is asked for once a timer fires.
    await Promise.resolve();
    expect(fetched).toBe(0);
    expect(await screen.findByText('Hello Sam')).toBeTruthy();
    expect(fetched).toBe(1);
  });

  test('says when the module cannot load, instead of waiting for ever', async () => {
    render(<Host load={loadBroken as unknown as typeof loadGreeting} />);
    expect(await screen.findByText('could not load')).toBeTruthy();
  });
});

describe('one load for every caller, and waiting for it (useLoadsSettled)', () => {
  test('the module is fetched once; a component rendered after it arrived shows at once, with no placeholder', async () => {
    let fetched = 0;
    const load = () => {
      fetched += 1;
      return Promise.resolve({ default: ({ name }: { name: string }) => <p>Hi {name}</p> });
    };
    render(<Host load={load} />);
    render(<Host load={load} />);
    expect((await screen.findAllByText('Hi Sam')).length).toBe(2);
    expect(fetched).toBe(1);
    cleanup();
    render(<Host load={load} />);
    expect(screen.getByText('Hi Sam')).toBeTruthy();
    expect(screen.queryByText('waiting')).toBeNull();
    expect(fetched).toBe(1);
  });

  test('a load that failed is said to fail to every caller, without loading again (a reload tries again)', async () => {
    let fetched = 0;
    const load = () => {
      fetched += 1;
      return Promise.reject(new Error('offline'));
    };
    const Broken = Host as unknown as (props: { load: typeof load }) => preact.JSX.Element;
    render(<Broken load={load} />);
    expect(await screen.findByText('could not load')).toBeTruthy();
    cleanup();
    render(<Broken load={load} />);
    expect(await screen.findByText('could not load')).toBeTruthy();
    expect(fetched).toBe(1);
  });

  test('false until every loader has settled (arrived or failed), then true; with none, true at once', async () => {
    let arrive: () => void = () => undefined;
    const slow = () =>
      new Promise<{ default: () => preact.JSX.Element }>((resolve) => {
        arrive = () => resolve({ default: () => <p>slow</p> });
      });
    const broken = () => Promise.reject(new Error('offline'));
    const loaders = [slow, broken];
    const none: typeof loaders = [];
    function Waiter({ list }: { list: typeof loaders }) {
      return <p>{useLoadsSettled(list) ? 'settled' : 'waiting'}</p>;
    }
    render(<Waiter list={none} />);
    expect(screen.getByText('settled')).toBeTruthy();
    cleanup();
    render(<Waiter list={loaders} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByText('waiting')).toBeTruthy();
    arrive();
    expect(await screen.findByText('settled')).toBeTruthy();
  });
});

describe('the lazily loaded panels when their code cannot load (offline after an update)', () => {
  test('the action plan says so in an alert', async () => {
    vi.doMock('../../src/components/plan/PlanEditor', () => {
      throw new Error('offline');
    });
    const { LazyPlanEditor } = await import('../../src/components/plan/LazyPlanEditor');
    render(
      <LazyPlanEditor
        dimensions={[]}
        plan={{}}
        onChange={() => undefined}
        idPrefix="plan"
        heading="Your action plan"
      />,
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The action plan could not be loaded. Reload the page to try again.',
    );
  });

  test('“Return your result” says so in an alert', async () => {
    vi.doMock('../../src/components/inventory/ReturnResult', () => {
      throw new Error('offline');
    });
    const { LazyReturnResult } = await import('../../src/components/inventory/LazyReturnResult');
    const Panel = LazyReturnResult as unknown as (props: Record<string, never>) => preact.JSX.Element;
    render(<Panel />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The way to return your result could not be loaded. Reload the page to try again.',
    );
  });
});
