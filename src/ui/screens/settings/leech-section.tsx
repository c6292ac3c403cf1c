// Settings' leech rule: how many lapses make a leech (Anki's 8) and whether a leech is suspended; each saved as it changes.
import { useState } from 'preact/hooks';
import type { AppSettings } from '../../../storage/index.ts';
import { useAppData } from '../../data/app-data.tsx';
import { browseT } from '../browse/browse-strings.ts';

export function LeechSection({ settings }: { settings: AppSettings }) {
  const { ready } = useAppData();
  const [lapses, setLapses] = useState(String(settings.leechLapses));
  const [invalid, setInvalid] = useState(false);
  const save = async (patch: Partial<AppSettings>) => void (await (await ready).saveSettings(patch));
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
    </section>
  );
}
