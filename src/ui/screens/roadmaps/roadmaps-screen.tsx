// /roadmaps: add a roadmap from a file (picked, dropped or shared) or pasted text, see its compile report, accept it; list and remove added ones.
import './roadmaps.css';
import { useEffect, useState } from 'preact/hooks';
import type { UserRoadmap } from '../../../storage/index.ts';
import { useAppData, useRoadcardsQuery } from '../../data/app-data.tsx';
import { LoadFailed, Loading } from '../../components/status.tsx';
import { WriteFailure, describeWriteFailure, type WriteFailureInfo } from '../../components/write-failure.tsx';
import { compileInWorker } from './compile-client.ts';
import { isRoadmapFileName, pastedFileName, problemLine, reportOf, type CompileReport } from './lib.ts';
import { ReportView } from './report-view.tsx';
import { AddedRoadmaps } from './added-roadmaps.tsx';
import { ExportLinks } from './export-links.tsx';
import { roadmapsT as r } from './strings.ts';
import { takeSharedFile } from './shared-file.ts';
import type { Deck } from '../../../core/deck/schema.ts';
import { MAX_ROADMAP_BYTES, tooLargeProblem } from '../../../core/deck/limits.ts';

type Step =
  | { kind: 'idle' }
  | { kind: 'compiling' }
  | { kind: 'refused'; message: string }
  | {
      kind: 'report';
      report: CompileReport;
      compileMs: number;
      deck: Deck | null;
      file: string;
      text: string;
      existing: UserRoadmap | null;
      /** A built-in roadmap has this file's deck id: the report shows, the add button does not. */
      builtIn: string | null;
    }
  | { kind: 'adding' }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; failure: WriteFailureInfo };

export function RoadmapsScreen() {
  const { ready, now } = useAppData();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [pasteName, setPasteName] = useState('my-roadmap.md');
  const [pasteText, setPasteText] = useState('');
  const [dragging, setDragging] = useState(false);
  const [listed, reloadList] = useRoadcardsQuery(async (roadcards) => (await roadcards.userRoadmaps()).list(), []);
  const busy = step.kind === 'compiling' || step.kind === 'adding';

  const compile = async (bytes: Uint8Array, file: string) => {
    setStep({ kind: 'compiling' });
    try {
      const { result, compileMs } = await compileInWorker(bytes, file);
      const report = reportOf(result, file);
      const mine = await (await ready).userRoadmaps();
      const existing = result.deck ? await mine.find(result.deck.id) : null;
      const builtIn = result.deck ? await mine.builtInTitle(result.deck.id) : null;
      const text = new TextDecoder().decode(bytes);
      const deck = report.blocked || builtIn ? null : result.deck;
      setStep({ kind: 'report', report, compileMs, deck, file, text, existing, builtIn });
    } catch (error) {
      setStep({ kind: 'refused', message: r('readFailed', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };

  const compileFile = async (file: File | undefined) => {
    if (!file) return;
    if (!isRoadmapFileName(file.name)) return setStep({ kind: 'refused', message: r('notRoadmap', { file: file.name }) });
    // Sized before reading, as the CLI does: a file of gigabytes is refused without being loaded.
    if (file.size > MAX_ROADMAP_BYTES) return setStep({ kind: 'refused', message: problemLine(tooLargeProblem(file.name, file.size)) });
    try {
      await compile(new Uint8Array(await file.arrayBuffer()), file.name);
    } catch (error) {
      setStep({ kind: 'refused', message: r('readFailed', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };

  // Opened by a share to the installed app (/roadmaps?shared=1): the shared file gets its report at once.
  useEffect(() => {
    if (!new URLSearchParams(location.search).has('shared')) return;
    void takeSharedFile().then((shared) => {
      if (!shared) return;
      if (!isRoadmapFileName(shared.name)) return setStep({ kind: 'refused', message: r('notRoadmap', { file: shared.name }) });
      return compile(shared.bytes, shared.name);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const accept = async () => {
    if (step.kind !== 'report' || !step.deck) return;
    const { deck, file, text } = step;
    setStep({ kind: 'adding' });
    try {
      const added = await (await (await ready).userRoadmaps()).add({ file, text }, deck, now());
      if (!added.ok) return setStep({ kind: 'refused', message: r('builtIn', { title: added.title }) });
      const { merge } = added;
      const message = added.replaced ? r('updated', { title: deck.title, added: merge.added, updated: merge.updated, moved: merge.moved, retired: merge.retired, restored: merge.restored }) : r('added', { title: deck.title, added: merge.added });
      setStep({ kind: 'done', message });
      reloadList();
    } catch (error) {
      setStep({ kind: 'failed', failure: describeWriteFailure(error) });
    }
  };

  return (
    <div class="screen screen--roadmaps" data-screen="roadmaps" aria-busy={busy ? 'true' : undefined}>
      <h1 class="screen-title">{r('title')}</h1>
      <section class="roadmaps-section">
        <p>{r('intro')}</p>
        <div
          class={dragging ? 'roadmap-drop roadmap-drop--over' : 'roadmap-drop'}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            if (!busy) void compileFile(event.dataTransfer?.files[0]);
          }}
        >
          <label class={busy ? 'button button--primary roadmap-file roadmap-file--disabled' : 'button button--primary roadmap-file'}>
            {r('chooseFile')}
            <input
              type="file"
              accept=".md,.markdown,.txt,text/markdown,text/plain"
              data-action="add-roadmap"
              disabled={busy}
              onChange={(event) => {
                const input = event.currentTarget;
                const file = input.files?.[0];
                // Cleared so choosing the same file again (after fixing it) compiles it again.
                input.value = '';
                void compileFile(file);
              }}
            />
          </label>
          <span class="roadmap-drop__hint">{r('dropHint')}</span>
        </div>
        <details class="roadmap-paste">
          <summary>{r('pasteTitle')}</summary>
          <label class="field">
            <span class="field__label">{r('fileName')}</span>
            <input class="text-input" name="roadmapFileName" value={pasteName} onInput={(event) => setPasteName(event.currentTarget.value)} />
            <small class="field__hint">{r('fileNameHint')}</small>
          </label>
          <label class="field">
            <span class="field__label">{r('pasteText')}</span>
            <textarea class="text-input roadmap-paste__text" name="roadmapText" rows={8} value={pasteText} onInput={(event) => setPasteText(event.currentTarget.value)} />
          </label>
          <button
            type="button"
            class="button"
            data-action="compile-pasted-roadmap"
            disabled={busy || pasteText.trim() === ''}
            onClick={() => void compile(new TextEncoder().encode(pasteText), pastedFileName(pasteName))}
          >
            {r('compilePasted')}
          </button>
        </details>
      </section>
      <StepView step={step} onAccept={() => void accept()} onCancel={() => setStep({ kind: 'idle' })} />
      {listed.status === 'loading' && <Loading />}
      {listed.status === 'error' && <LoadFailed error={listed.error} onRetry={reloadList} />}
      {listed.status === 'ready' && <AddedRoadmaps roadmaps={listed.value} onRemoved={(message) => { setStep({ kind: 'done', message }); reloadList(); }} />}
      {listed.status === 'ready' && <ExportLinks key={listed.value.length} />}
    </div>
  );
}

function StepView({ step, onAccept, onCancel }: { step: Step; onAccept: () => void; onCancel: () => void }) {
  switch (step.kind) {
    case 'idle':
      return null;
    case 'compiling':
    case 'adding':
      return <p role="status" class="roadmaps-status">{r('compiling')}</p>;
    case 'refused':
      return <p role="alert" class="form-error roadmaps-status" data-role="roadmap-refused">{step.message}</p>;
    case 'done':
      return (
        <p role="status" class="roadmaps-status" data-role="roadmap-done">
          {step.message} <a href="/">{r('studyNow')}</a>
        </p>
      );
    case 'failed':
      return <WriteFailure what="import" failure={step.failure} onRetry={onAccept} />;
    case 'report':
      return (
        <div class="roadmaps-section">
          <ReportView report={step.report} compileMs={step.compileMs} />
          {step.builtIn && (
            <p role="alert" class="form-error" data-role="roadmap-refused">
              {r('builtIn', { title: step.builtIn })}
            </p>
          )}
          {step.deck && (
            <>
              {step.existing && <p class="roadmap-report__note">{r('updateNote')}</p>}
              <div class="roadmap-actions">
                <button type="button" class="button button--primary" data-action="confirm-add-roadmap" onClick={onAccept}>
                  {step.existing ? r('confirmUpdate', { title: step.existing.title }) : r('confirmAdd', { n: step.deck.cards.length })}
                </button>
                <button type="button" class="button button--quiet" onClick={onCancel}>
                  {r('cancel')}
                </button>
              </div>
            </>
          )}
        </div>
      );
  }
}
