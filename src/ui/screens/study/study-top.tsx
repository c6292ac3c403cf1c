// The top of the study screen: the way back Home and the session's progress, as a bar and as figures.
import { t } from '../../i18n.ts';
import type { StudyView } from './study-view.ts';
import { s } from './study-strings.ts';

/** The bar's label says "value of max" in words for screen readers; the figures beside it are for sighted eyes only. */
export function StudyTop({ view }: { view: StudyView }) {
  const { value, max } = view.progress;
  const percent = max === 0 ? 100 : Math.round((value / max) * 100);
  return (
    <div class="study-top">
      <a class="icon-button" href="/" aria-label={t('back')}>
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><path fill="currentColor" d="M15.4 5.4 14 4l-8 8 8 8 1.4-1.4L8.8 12z" /></svg>
      </a>
      <div class="study-top__progress">
        <div
          class="progress"
          role="progressbar"
          aria-label={t('progress')}
          aria-valuemin={0}
          aria-valuenow={value}
          aria-valuemax={max}
          aria-valuetext={s('progressText', { value, max })}
        >
          <div class="progress__fill" style={{ width: `${percent}%` }} />
        </div>
        <span class="study-top__figures" aria-hidden="true">{value} / {max}</span>
      </div>
    </div>
  );
}
