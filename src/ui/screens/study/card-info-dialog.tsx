// Card info over the study card, after the reveal: a modal sheet, so the session (and its undo) stays where it is.
import './card-info-dialog.css';
import type { ComponentType } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CardInfo, Roadcards } from '../../../storage/index.ts';
import { LoadFailed, Loading } from '../../components/status.tsx';
import { markStale } from '../../update/update-state.ts';
import { s } from './study-strings.ts';

type Body = ComponentType<{ info: CardInfo; now: number; level?: 2 | 3 }>;
type Loaded = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; Body: Body; info: CardInfo | null; now: number };

// The stats code (formatting, strings, stylesheet) comes with the first opening, not with the study screen; through the
// card info screen's chunk (see the re-export there), which keeps the shell's chunks as they were.
// A chunk gone after a deploy marks the page stale, so the update banner offers the reload that brings it back.
const loadBody = () =>
  import('../stats/card-info-screen.tsx').then(
    (m) => m.CardInfoBody,
    (error: unknown) => {
      markStale('chunk');
      throw error;
    },
  );

const FOCUSABLE = 'button, a[href], [tabindex]:not([tabindex="-1"])';

/** Keeps Tab inside the sheet: the card and answer bar behind it are out of reach until it closes. */
function trapTab(event: KeyboardEvent, sheet: HTMLElement): void {
  const focusable = [...sheet.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

interface CardInfoDialogProps {
  roadcards: Promise<Roadcards>;
  cardId: string;
  now: () => number;
  onClose: () => void;
}

export function CardInfoDialog({ roadcards, cardId, now, onClose }: CardInfoDialogProps) {
  const sheet = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    const at = now();
    setLoaded({ status: 'loading' });
    Promise.all([loadBody(), roadcards.then((r) => r.cardInfo(cardId, at))]).then(
      ([Body, info]) => live && setLoaded({ status: 'ready', Body, info, now: at }),
      (error: unknown) => live && setLoaded({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [cardId, attempt]);

  useEffect(() => {
    sheet.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      } else if (event.key === 'Tab' && sheet.current) trapTab(event, sheet.current);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div class="card-info-backdrop">
      <div class="card-info-sheet" role="dialog" aria-modal="true" aria-labelledby="card-info-title" data-role="card-info" tabIndex={-1} ref={sheet}>
        <h2 class="card-info-sheet__title" id="card-info-title">{s('cardInfo')}</h2>
        <div class="card-info-sheet__body">
          {loaded.status === 'loading' && <Loading />}
          {loaded.status === 'error' && <LoadFailed error={loaded.error instanceof Error ? loaded.error : new Error(String(loaded.error))} onRetry={() => setAttempt((n) => n + 1)} />}
          {loaded.status === 'ready' && (loaded.info ? <loaded.Body info={loaded.info} now={loaded.now} level={3} /> : <p class="empty">{s('cardInfoMissing')}</p>)}
        </div>
        {/* On the right, above the answer bar's prompt: a quick second tap after closing lands on no grade and not on undo. */}
        <div class="card-info-sheet__actions">
          <button type="button" class="button" data-action="close-card-info" onClick={onClose}>
            {s('close')}
          </button>
        </div>
      </div>
    </div>
  );
}

/**
 * Whether the dialog is open, for the study screen: closed again when the card changes, focus back on the control
 * that opened it, and `openRef` for the study keys, which stand still while it is open.
 */
export function useCardInfoToggle(screen: { current: HTMLElement | null }, cardId: string | undefined) {
  const [open, setOpen] = useState(false);
  const openRef = useRef(false);
  openRef.current = open;
  const wasOpen = useRef(false);
  useEffect(() => setOpen(false), [cardId]);
  // In the same commit that removes the dialog: focus is never left on the page's body in between.
  useLayoutEffect(() => {
    if (wasOpen.current && !open) screen.current?.querySelector<HTMLElement>('[data-action="card-info"]')?.focus();
    wasOpen.current = open;
  }, [open]);
  return { open, openRef, show: () => setOpen(true), close: () => setOpen(false) };
}
