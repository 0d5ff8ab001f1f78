import { useId, useState } from 'react';
import { RelativeRect, type MaskSelection } from '../mask-per-source.ts';
import { useSelectionStore } from '../selection-store.ts';

const KINDS: readonly { kind: MaskSelection['kind']; label: string }[] = [
  { kind: 'whole', label: 'The whole image' },
  { kind: 'rect', label: 'The same rectangle on each' },
  { kind: 'transparency', label: "Each source's transparent pixels" },
];

const FIELDS = [
  { key: 'x', label: 'Left %' },
  { key: 'y', label: 'Top %' },
  { key: 'width', label: 'Width %' },
  { key: 'height', label: 'Height %' },
] as const;

type RectText = Record<(typeof FIELDS)[number]['key'], string>;

const parseRect = (text: RectText) =>
  RelativeRect.safeParse({
    x: Number(text.x) / 100,
    y: Number(text.y) / 100,
    width: Number(text.width) / 100,
    height: Number(text.height) / 100,
  });

/**
 * Which part of each source the inpaint repaints, chosen once for the whole batch. A
 * rectangle typed wrong stays as typed, says why, and stops the batch until it is right.
 */
export function MaskSelectionFields() {
  const name = useId();
  const selection = useSelectionStore((s) => s.selection);
  const setSelection = useSelectionStore((s) => s.setSelection);
  const [kind, setKind] = useState(selection.kind);
  const [text, setText] = useState<RectText>(() => {
    const rect = selection.kind === 'rect' ? selection.rect : { x: 0.25, y: 0.25, width: 0.5, height: 0.5 };
    const percent = (fraction: number) => String(Math.round(fraction * 10_000) / 100);
    return {
      x: percent(rect.x),
      y: percent(rect.y),
      width: percent(rect.width),
      height: percent(rect.height),
    };
  });
  const parsed = parseRect(text);

  const choose = (next: MaskSelection['kind'], rectText = text) => {
    setKind(next);
    if (next !== 'rect') return setSelection({ kind: next }, null);
    const rect = parseRect(rectText);
    setSelection(
      rect.success ? { kind: 'rect', rect: rect.data } : { kind: 'whole' },
      rect.success ? null : 'Fix the rectangle first.',
    );
  };

  return (
    <fieldset className="batch-mask">
      <legend className="field-label">Mask for each source</legend>
      {KINDS.map((option) => (
        <label key={option.kind} className="batch-choice">
          <input
            type="radio"
            name={name}
            checked={kind === option.kind}
            onChange={() => choose(option.kind)}
          />
          {option.label}
        </label>
      ))}
      {kind === 'rect' && (
        <div className="batch-rect">
          {FIELDS.map(({ key, label }) => (
            <label key={key} className="field">
              <span className="field-label">{label}</span>
              <input
                className="input"
                inputMode="decimal"
                value={text[key]}
                onChange={(event) => {
                  const next = { ...text, [key]: event.target.value };
                  setText(next);
                  choose('rect', next);
                }}
              />
            </label>
          ))}
          {!parsed.success && (
            <p role="alert" className="field-error">
              {parsed.error.issues[0]?.message ?? 'Give the rectangle in percent of the image.'} Each value is
              a percentage of the image (0–100).
            </p>
          )}
        </div>
      )}
    </fieldset>
  );
}
