import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, test } from 'vitest';
import { memo } from '../../src/components/memo';

afterEach(cleanup);

describe('memo: a part of an island renders again only when its props change', () => {
  test('a parent’s render with the same props leaves it alone; a changed prop, or its own state, renders it', () => {
    const renders: string[] = [];
    const Line = memo(function Line({ label, count }: { label: string; count: number }) {
      const [clicks, setClicks] = useState(0);
      renders.push(`${label} ${count} ${clicks}`);
      return (
        <button type="button" onClick={() => setClicks(clicks + 1)}>
          {label} {count} {clicks}
        </button>
      );
    });
    function Parent() {
      const [status, setStatus] = useState('');
      const [count, setCount] = useState(1);
      return (
        <div>
          <p>{status}</p>
          <button type="button" onClick={() => setStatus('Saved.')}>
            Status
          </button>
          <button type="button" onClick={() => setCount(count + 1)}>
            Count
          </button>
          <Line label="Line" count={count} />
        </div>
      );
    }
    render(<Parent />);
    fireEvent.click(screen.getByRole('button', { name: 'Status' }));
    expect(screen.getByText('Saved.')).toBeTruthy();
    expect(renders).toEqual(['Line 1 0']);
    fireEvent.click(screen.getByRole('button', { name: 'Count' }));
    fireEvent.click(screen.getByRole('button', { name: 'Line 2 0' }));
    expect(renders).toEqual(['Line 1 0', 'Line 2 0', 'Line 2 1']);
    expect(screen.getByRole('button', { name: 'Line 2 1' })).toBeTruthy();
  });

  test('a prop that is dropped counts as a change', () => {
    const renders: (string | undefined)[] = [];
    const Note = memo(function Note({ text }: { text?: string }) {
      renders.push(text);
      return <p>{text ?? 'none'}</p>;
    });
    const { rerender } = render(<Note text="a" />);
    rerender(<Note text="a" />);
    rerender(<Note />);
    expect(renders).toEqual(['a', undefined]);
    expect(screen.getByText('none')).toBeTruthy();
  });
});
