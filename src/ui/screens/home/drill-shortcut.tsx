// `/drill` (the installed app's "Drill" shortcut): the drill of the node whose interview comes soonest, else Home's roadmaps.
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useAppData } from '../../data/app-data.tsx';
import { Loading } from '../../components/status.tsx';
import { nextInterviewNode } from './lib.ts';

export function DrillShortcut() {
  const { ready, now } = useAppData();
  const { route } = useLocation();
  useEffect(() => {
    let live = true;
    void ready
      .then((roadcards) => roadcards.interviewDates())
      .then(
        (dates) => nextInterviewNode(dates, now()),
        () => null,
      )
      .then((nodeId) => live && route(nodeId ? `/drill/${nodeId}` : '/', true));
    return () => {
      live = false;
    };
  }, []);
  return <Loading />;
}
