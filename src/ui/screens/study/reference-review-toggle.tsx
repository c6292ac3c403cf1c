// On Study's done and empty screens: switch this node's reference cards (plans, reading lists, figures) into daily review.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { switchReferenceReview, switchedOnNodes } from '../../../core/queue/reference-review.ts';
import { useAppData } from '../../data/app-data.tsx';
import { defineStrings } from '../../i18n.ts';
import { WriteFailure, describeWriteFailure, type WriteFailureInfo } from '../../components/write-failure.tsx';

const own = defineStrings(
  {
    onlyReference: '这里只有参考卡片（学习计划、书单、认证、薪资等），默认不进入每日复习。',
    reviewReference: '每日复习包括这里的 {n} 张参考卡片',
    reviewReferenceHint: '参考卡片默认不复习。打开后它们和其他卡片一起按每日上限出现；主页的计数不含它们。',
  },
  {
    onlyReference: 'This node holds only reference cards (plans, reading lists, certifications, salaries), left out of daily review by default.',
    reviewReference: 'Review this node’s {n} reference cards daily',
    reviewReferenceHint: 'Reference cards are left out of review by default. Switched on, they come with the other cards within the daily limits; Home’s counts leave them out.',
  },
);

interface Props {
  nodeId: string;
  /** Called once the switch is stored: the session starts again with (or without) the reference cards. */
  onSwitched: () => void;
  /**
   * What an empty or unknown node's screen says. Home's tree leaves out a node holding only reference cards, so Study
   * would call it unknown: shown while counting and when the node has no reference cards, replaced when it has.
   */
  otherwise?: ComponentChildren;
}

/** `otherwise` (or nothing) until the node's reference cards are counted, and for a node without any. */
export function ReferenceReviewToggle({ nodeId, onSwitched, otherwise = null }: Props) {
  const data = useAppData();
  const [shown, setShown] = useState<{ count: number; on: boolean } | null>(null);
  const [failure, setFailure] = useState<WriteFailureInfo | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let live = true;
    data.ready
      .then(async (roadcards) => {
        const [settings, deck] = await Promise.all([roadcards.getSettings(), roadcards.drillDeck(nodeId, data.now())]);
        if (live) setShown({ count: deck?.referenceCards.length ?? 0, on: switchedOnNodes(settings.reviewReference).includes(nodeId) });
      })
      .catch(() => setShown({ count: 0, on: false }));
    return () => {
      live = false;
    };
  }, [nodeId]);

  if (!shown || shown.count === 0) return <>{otherwise}</>;

  const switchTo = async (on: boolean) => {
    setSaving(true);
    setFailure(null);
    try {
      const roadcards = await data.ready;
      const settings = await roadcards.getSettings();
      await roadcards.saveSettings({ reviewReference: switchReferenceReview(switchedOnNodes(settings.reviewReference), nodeId, on) });
      setShown({ ...shown, on });
      onSwitched();
    } catch (error) {
      setFailure(describeWriteFailure(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div class="done__reference">
      {otherwise !== null && <p data-role="only-reference">{own('onlyReference')}</p>}
      <label class="done__toggle">
        <input
          type="checkbox"
          name="review-reference"
          data-role="review-reference"
          checked={shown.on}
          disabled={saving}
          onChange={(event) => void switchTo((event.currentTarget as HTMLInputElement).checked)}
        />
        <span>
          <span class="done__toggle-label">{own('reviewReference', { n: shown.count })}</span>
          <small class="done__toggle-hint">{own('reviewReferenceHint')}</small>
        </span>
      </label>
      {failure && <WriteFailure what="settings" failure={failure} onRetry={() => void switchTo(!shown.on)} />}
    </div>
  );
}
