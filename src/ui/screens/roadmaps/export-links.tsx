// Every roadmap on this device (built-in and added) with a link to its Anki export (/export/<id>; any section id works there too).
import { useRoadcardsQuery } from '../../data/app-data.tsx';
import { roadmapsT as r } from './strings.ts';

export function ExportLinks() {
  const [roadmaps] = useRoadcardsQuery(async (roadcards, now) => roadcards.roadmaps(now), []);
  if (roadmaps.status !== 'ready' || roadmaps.value.length === 0) return null;
  return (
    <section class="roadmaps-section" aria-labelledby="export-links-title" data-role="export-links">
      <h2 id="export-links-title">{r('exportTitle')}</h2>
      <p>{r('exportHint')}</p>
      <ul class="added-roadmaps">
        {roadmaps.value.map((roadmap) => (
          <li key={roadmap.id} class="added-roadmap">
            <span class="added-roadmap__text">{roadmap.title}</span>
            <a class="button" href={`/export/${encodeURIComponent(roadmap.id)}`} data-action="open-export" aria-label={r('exportOne', { title: roadmap.title })}>
              {r('exportLink')}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
