import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { useLazyComponent } from '../../src/components/use-lazy-component';

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

  test('says when the module cannot load, instead of waiting for ever', async () => {
    render(<Host load={loadBroken as unknown as typeof loadGreeting} />);
    expect(await screen.findByText('could not load')).toBeTruthy();
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
