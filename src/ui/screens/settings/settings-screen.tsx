// Settings: the scheduler settings (retention, maximum interval, steps, fuzz, daily limits, day start), persistent storage, backup, sync.
import './settings.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AppSettings } from '../../../storage/index.ts';
import { useAppData, useRoadcardsQuery } from '../../data/app-data.tsx';
import { LoadFailed, Loading } from '../../components/status.tsx';
import { t, type MessageKey } from '../../i18n.ts';
import { BackupSection } from './backup-section.tsx';
import { OptimizerSection } from './optimizer/optimizer-section.tsx';
import { LeechSection } from './leech-section.tsx';
import { RoadmapsLink } from '../roadmaps/roadmaps-link.tsx';
import { SyncSection } from './sync-section.tsx';
import { WriteFailure, describeWriteFailure, type WriteFailureInfo } from '../../components/write-failure.tsx';
import { fromForm, toForm, type FieldName, type SettingsForm } from './lib.ts';
import { s } from './settings-strings.ts';

const FIELDS: { name: Exclude<FieldName, 'enableFuzz'>; label: MessageKey; input: 'decimal' | 'numeric' | 'text'; hint?: MessageKey }[] = [
  { name: 'desiredRetention', label: 'desiredRetention', input: 'decimal' },
  { name: 'maximumIntervalDays', label: 'maximumInterval', input: 'numeric' },
  { name: 'learningSteps', label: 'learningSteps', input: 'text', hint: 'stepsHint' },
  { name: 'relearningSteps', label: 'relearningSteps', input: 'text', hint: 'stepsHint' },
  { name: 'newPerDay', label: 'newPerDay', input: 'numeric' },
  { name: 'reviewsPerDay', label: 'reviewsPerDay', input: 'numeric' },
  { name: 'dayStartHour', label: 'dayStartHour', input: 'numeric' },
];

function PersistenceRow({ initial }: { initial: boolean }) {
  const { ready } = useAppData();
  const [persisted, setPersisted] = useState(initial);
  const ask = () => void ready.then((roadcards) => roadcards.requestPersistence()).then(setPersisted, () => undefined);
  return (
    <section class="settings-section" data-role="persistence" data-persisted={persisted ? 'true' : 'false'}>
      <h2>{t('persistence')}</h2>
      <p>{persisted ? t('persisted') : t('notPersisted')}</p>
      {!persisted && (
        <button type="button" class="button" onClick={ask}>
          {t('requestPersistence')}
        </button>
      )}
    </section>
  );
}

function SettingsFormView({ settings }: { settings: AppSettings }) {
  const { ready } = useAppData();
  const [form, setForm] = useState<SettingsForm>(() => toForm(settings));
  const [invalid, setInvalid] = useState<FieldName[]>([]);
  /** When the last save went through, until the learner edits again (it used to be cleared by the save's own re-render). */
  const [savedAt, setSavedAt] = useState<number | null>(null);
  /** The last save did not reach storage: the form keeps what was typed, and says it is not saved. */
  const [failure, setFailure] = useState<WriteFailureInfo | null>(null);
  const [attempts, setAttempts] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const edit = (patch: Partial<SettingsForm>) => {
    setForm({ ...form, ...patch });
    setSavedAt(null);
  };
  // A refused save: the first wrong field comes into view with its error and takes the focus, on every try.
  useEffect(() => {
    const first = formRef.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]');
    if (!first) return;
    first.scrollIntoView?.({ block: 'center' });
    first.focus({ preventScroll: true });
  }, [attempts]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = fromForm(form);
    if (!result.ok) {
      setInvalid(result.invalid);
      setAttempts((n) => n + 1);
      return;
    }
    setInvalid([]);
    try {
      const stored = await (await ready).saveSettings(result.settings);
      setFailure(null);
      setForm(toForm(stored));
      setSavedAt(Date.now());
    } catch (error) {
      setSavedAt(null);
      setFailure(describeWriteFailure(error));
    }
  };

  return (
    <form ref={formRef} class="settings-section settings-form" onSubmit={(event) => void submit(event)} noValidate>
      {FIELDS.map(({ name, label, input, hint }) => {
        const wrong = invalid.includes(name);
        return (
          <label key={name} class={wrong ? 'field field--invalid' : 'field'}>
            <span class="field__label">{t(label)}</span>
            <input
              class="text-input"
              name={name}
              inputMode={input}
              value={form[name]}
              aria-invalid={wrong ? 'true' : undefined}
              aria-describedby={wrong ? `${name}-error` : undefined}
              onInput={(event) => edit({ [name]: (event.currentTarget as HTMLInputElement).value })}
            />
            {wrong && <small class="field__error" id={`${name}-error`}>{s(name)}</small>}
            {hint && !wrong && <small class="field__hint">{t(hint)}</small>}
          </label>
        );
      })}
      <label class="field field--toggle">
        <input
          type="checkbox"
          name="enableFuzz"
          checked={form.enableFuzz}
          onChange={(event) => edit({ enableFuzz: (event.currentTarget as HTMLInputElement).checked })}
        />
        <span class="field__label">{t('enableFuzz')}</span>
      </label>
      {invalid.length > 0 && (
        <p class="form-error" role="alert">
          {t('invalidSettings', { fields: invalid.map((name) => t(labelOf(name))).join('、') })}
        </p>
      )}
      <div class="form-actions">
        <button type="submit" class="button button--primary">{t('save')}</button>
        {/* Always in the page, so screen readers announce the words when they appear. */}
        <span class="form-saved" role="status" data-role="save-status">
          {savedAt !== null && <>✓ {s('savedAt', { time: new Date(savedAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' }) })}</>}
        </span>
      </div>
      {failure && (
        <WriteFailure what="settings" failure={failure} linkToBackup={false} onRetry={() => void submit(new Event('submit'))} />
      )}
    </form>
  );
}

function labelOf(name: FieldName): MessageKey {
  return name === 'enableFuzz' ? 'enableFuzz' : (FIELDS.find((field) => field.name === name)?.label ?? 'settings');
}

export function SettingsScreen() {
  const [loaded, reload] = useRoadcardsQuery(async (roadcards) => {
    const [settings, persistence] = await Promise.all([roadcards.getSettings(), roadcards.persistence()]);
    return { settings, persisted: persistence.persisted ?? settings.persisted ?? false };
  }, []);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <LoadFailed error={loaded.error} onRetry={reload} />;
  return (
    <div class="screen screen--settings" data-screen="settings">
      <h1 class="screen-title">{t('settingsTitle')}</h1>
      {/* Keyed by the values: restored settings replace what the form was started with. */}
      <SettingsFormView key={JSON.stringify(loaded.value.settings)} settings={loaded.value.settings} />
      <LeechSection settings={loaded.value.settings} />
      <PersistenceRow initial={loaded.value.persisted} />
      <OptimizerSection usingOwn={loaded.value.settings.parameters !== undefined} onApplied={reload} />
      <BackupSection onSettingsRestored={reload} />
      <RoadmapsLink />
      <SyncSection />
    </div>
  );
}
