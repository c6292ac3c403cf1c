// One headline figure: its words for everyone, `data-stat` and `data-value` for outside checks.
interface FigureProps {
  /** Stable name read by outside checks (see issue 9); omitted for figures nobody checks. */
  stat?: string;
  /** The machine value: a number (fractions 0–1) or null when there is none (then no data-value). */
  value: number | null;
  label: string;
  text: string;
  /** A verdict in words beside the figure (e.g. "below target"). */
  note?: string;
}

export function Figure({ stat, value, label, text, note }: FigureProps) {
  return (
    <div class="figure" data-stat={stat} data-value={value === null ? undefined : String(value)}>
      <span class="figure__label">{label}</span>
      <span class="figure__value">{text}</span>
      {note && <span class="figure__note">{note}</span>}
    </div>
  );
}
