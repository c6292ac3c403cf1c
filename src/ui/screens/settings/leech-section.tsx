// Settings' leech rule: how many lapses make a leech (Anki's 8) and whether a leech is suspended; each saved as it changes.
import { useState } from 'preact/hooks';
import type { AppSettings } from '../../../storage/index.ts';
import { WriteFailure, describeWriteFailure, type WriteFailureInfo } from '../../components/write-failure.tsx';
import { useAppData } from '../../data/app-data.tsx';
import { browseT } from '../browse/browse-strings.ts';
import { s } from './settings-strings.ts';

export function LeechSection({ settings }: { settings: AppSettings }) {
  const { ready } = useAppData();
  const [lapses, setLapses] = useState(String(settings.leechLapses));
  const [invalid, setInvalid] = useState(false);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  // Saved as it changes, so it says so (or that it was not, with a retry), as the scheduler's form does.
  const [failure, setFailure] = useState<{ patch: Partial<AppSettings>; info: WriteFailureInfo } | null>(null);
  const save = async (patch: Partial<AppSettings>) => {
    try {
      await (await ready).saveSettings(patch);
      setFailure(null);
      setSavedAt(Date.now());
    } catch (error) {
      setSavedAt(null);
      setFailure({ patch, info: describeWriteFailure(error) });
    }
  };
  const saveLapses = () => {
    const value = Number(lapses);
    const ok = Number.isInteger(value) && value >= 1 && value <= 99;
    setInvalid(!ok);
    if (ok) void save({ leechLapses: value });
  };
  return (
    <section class="settings-section settings-stack" aria-labelledby="leech-title" data-role="leech-settings">
      <h2 id="leech-title">{browseT('leechTitle')}</h2>
      <label class={invalid ? 'field field--invalid' : 'field'}>
        <span class="field__label">{browseT('leechLapsesSetting')}</span>
        <input
          class="text-input"
          type="number"
          inputMode="numeric"
          min={1}
          max={99}
          name="leechLapses"
          value={lapses}
          aria-invalid={invalid ? 'true' : undefined}
          onInput={(event) => setLapses(event.currentTarget.value)}
          onChange={saveLapses}
        />
      </label>
      <label class="field field--toggle">
        <input type="checkbox" name="leechSuspend" checked={settings.leechSuspend} onChange={(event) => void save({ leechSuspend: event.currentTarget.checked })} />
        <span class="field__label">{browseT('leechSuspendSetting')}</span>
      </label>
      {/* Always in the page, so screen readers announce the words when they appear. */}
      <span class="form-saved" role="status" data-role="leech-save-status">
        {savedAt !== null && <>✓ {s('savedAt', { time: new Date(savedAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' }) })}</>}
      </span>
      {failure && <WriteFailure what="settings" failure={failure.info} linkToBackup={false} onRetry={() => void save(failure.patch)} />}
    </section>
  );
}
