/**
 * A first render spread over tasks: the component renders stage `first`, then each next stage in
 * a task of its own (a timer after the previous one was committed), up to `last`. So no one task
 * holds the main thread for the whole of a large island (the results report, the group report's
 * detail); each stage is drawn before the next starts.
 */
import { useEffect, useState } from 'preact/hooks';

/**
 * The stage to render now, from `first` to `last`. `before(stage)`, if given, runs in the stage's
 * task just before it renders (work it needs, such as figures read from a store). The stages stop
 * at `until` while it is below `last` (a stage waiting for code still on its way) and go on when
 * it rises.
 */
export function useStages(last: number, first = 0, before?: (stage: number) => void, until = last): number {
  const [stage, setStage] = useState(first);
  useEffect(() => {
    if (stage >= Math.min(last, until)) return;
    const next = setTimeout(() => {
      before?.(stage + 1);
      setStage(stage + 1);
    });
    return () => clearTimeout(next);
  }, [stage, until]);
  return stage;
}
