// The roadmaps the learner added in the app, each removable after a second tap (its cards retire, their history stays).
import { useState } from 'preact/hooks';
import type { UserRoadmap } from '../../../storage/index.ts';
import { useAppData } from '../../data/app-data.tsx';
import { WriteFailure, describeWriteFailure, type WriteFailureInfo } from '../../components/write-failure.tsx';
import { roadmapsT as r } from './strings.ts';

export function AddedRoadmaps({ roadmaps, onRemoved }: { roadmaps: UserRoadmap[]; onRemoved: (message: string) => void }) {
  const { ready } = useAppData();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [failure, setFailure] = useState<WriteFailureInfo | null>(null);

  const remove = async (roadmap: UserRoadmap) => {
    try {
      const result = await (await (await ready).userRoadmaps()).remove(roadmap.id);
      setFailure(null);
      setConfirming(null);
      onRemoved(r('removed', { title: roadmap.title, n: result?.retired ?? 0 }));
    } catch (error) {
      setFailure(describeWriteFailure(error));
    }
  };

  return (
    <section class="roadmaps-section" aria-labelledby="added-roadmaps-title" data-role="added-roadmaps">
      <h2 id="added-roadmaps-title">{r('mineTitle')}</h2>
      {roadmaps.length === 0 && <p class="roadmaps-muted">{r('noneYet')}</p>}
      <ul class="added-roadmaps">
        {roadmaps.map((roadmap) => (
          <li key={roadmap.id} class="added-roadmap" data-roadmap-id={roadmap.id}>
            <div class="added-roadmap__text">
              <strong>{roadmap.title}</strong>
              <span class="roadmaps-muted">{roadmap.file}</span>
              <span class="roadmaps-muted">
                {r('cardsAndDate', { cards: roadmap.cardCount, date: new Date(roadmap.updatedAt).toLocaleDateString() })}
              </span>
            </div>
            {confirming === roadmap.id ? (
              <div class="added-roadmap__confirm">
                <p>{r('removeNote')}</p>
                <button type="button" class="button button--danger" data-action="confirm-remove-roadmap" onClick={() => void remove(roadmap)}>
                  {r('confirmRemove', { title: roadmap.title })}
                </button>
                <button type="button" class="button button--quiet" onClick={() => setConfirming(null)}>
                  {r('cancel')}
                </button>
              </div>
            ) : (
              <button type="button" class="button" data-action="remove-roadmap" onClick={() => setConfirming(roadmap.id)}>
                {r('remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {failure && <WriteFailure what="import" failure={failure} linkToBackup={false} />}
    </section>
  );
}
