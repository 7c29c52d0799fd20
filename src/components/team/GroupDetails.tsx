/**
 * The group report's detail (every question, talking points, levels side by side), in its own
 * chunk: ProfileView imports it only once figures are shown, which keeps the page's first load small.
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
