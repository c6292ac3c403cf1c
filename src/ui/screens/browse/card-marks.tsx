// The learner's marks on card info (suspended, buried, leech, flag in words, the note), under the card's text.
import './mark-sheet.css';
import type { CardMarks } from '../../../core/marks/marks.ts';
import { browseT, type BrowseKey } from './browse-strings.ts';

export function CardMarksSummary({ marks, now }: { marks: CardMarks | null; now: number }) {
  if (!marks) return null;
  const words: BrowseKey[] = [];
  if (marks.suspended) words.push('suspended');
  if (marks.buriedUntil !== undefined && marks.buriedUntil > now) words.push('buried');
  if (marks.leech) words.push('leech');
  if (marks.flag) words.push(`flag${marks.flag}` as BrowseKey);
  if (words.length === 0 && !marks.note) return null;
  return (
    <div class="card-marks" data-role="card-marks">
      {words.length > 0 && <p class="card-marks__words">{words.map((key) => browseT(key)).join(' · ')}</p>}
      {marks.note && (
        <p class="card-marks__note">
          <strong>{browseT('note')}：</strong>
          {marks.note}
        </p>
      )}
    </div>
  );
}
