/** The studio's icons: 16 px strokes in the text colour, hidden from assistive technology (buttons carry the name). */
const PATHS = {
  star: 'M8 1.8l1.9 3.9 4.3.6-3.1 3 .7 4.3L8 11.6l-3.8 2 .7-4.3-3.1-3 4.3-.6z',
  starFilled: 'M8 1.8l1.9 3.9 4.3.6-3.1 3 .7 4.3L8 11.6l-3.8 2 .7-4.3-3.1-3 4.3-.6z',
  download: 'M8 2v8m-3.5-3.5L8 10l3.5-3.5M3 13h10',
  source: 'M2.5 8h8m-3-3 3 3-3 3M13.5 3v10',
  pick: 'M3 8h10M8 3v10',
  picked: 'M3 8.5l3 3 7-7',
  more: 'M3.5 8h.01M8 8h.01M12.5 8h.01',
  expand: 'M2.5 6V2.5H6M10 2.5h3.5V6M13.5 10v3.5H10M6 13.5H2.5V10',
  close: 'M3.5 3.5l9 9m0-9-9 9',
  eye: 'M1.5 8s2.4-4.5 6.5-4.5S14.5 8 14.5 8s-2.4 4.5-6.5 4.5S1.5 8 1.5 8zM8 6.2a1.8 1.8 0 1 0 0 3.6 1.8 1.8 0 0 0 0-3.6z',
  eyeOff: 'M1.5 8s2.4-4.5 6.5-4.5S14.5 8 14.5 8s-2.4 4.5-6.5 4.5S1.5 8 1.5 8zM2.5 13.5l11-11',
  up: 'M8 13V3m-4 4 4-4 4 4',
  down: 'M8 3v10m-4-4 4 4 4-4',
  merge: 'M4 2.5v3L8 9l4-3.5v-3M8 9v4.5m-2.5-2L8 14l2.5-2.5',
  trash: 'M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 9h5.6l.7-9',
  undo: 'M5 3.5 2.5 6 5 8.5M2.5 6h7a3.5 3.5 0 0 1 0 7H7',
  redo: 'M11 3.5 13.5 6 11 8.5M13.5 6h-7a3.5 3.5 0 0 0 0 7H9',
  chevronLeft: 'M10 3.5 5.5 8l4.5 4.5',
  chevronRight: 'M6 3.5 10.5 8 6 12.5',
  columnLeft: 'M2.5 3h11v10h-11zM6.5 3v10',
  columnRight: 'M2.5 3h11v10h-11zM9.5 3v10',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d={PATHS[name]}
        fill={name === 'starFilled' ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth={name === 'more' ? 2.6 : 1.5}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
