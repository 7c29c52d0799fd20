/**
 * The group report's detail (every question, talking points, levels side by side). It comes with
 * ProfileView, which the page loads right after its first load (not with it), so that the figures
 * never wait for a second chunk once results are in.
 */
import type { LevelComparison as Comparison, QuestionFigures } from '../../lib/aggregate';
import type { Instrument } from '../../lib/instrument';
import LevelComparison from './LevelComparison';
import QuestionTable from './QuestionTable';
import TalkingPoints from './TalkingPoints';

/** Questions, talking points and (for the whole collection) the levels side by side. */
export default function GroupDetails({
  instrument,
  questions,
  threshold,
  frameworkHref,
  comparison,
}: {
  instrument: Instrument;
  questions: readonly QuestionFigures[];
  threshold: number;
  frameworkHref: string;
  comparison: Comparison | null;
}) {
  return (
    <>
      <QuestionTable instrument={instrument} questions={questions} threshold={threshold} />
      <TalkingPoints questions={questions} frameworkHref={frameworkHref} />
      {comparison !== null && <LevelComparison instrument={instrument} comparison={comparison} />}
    </>
  );
}
