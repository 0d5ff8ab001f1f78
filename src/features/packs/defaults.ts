/** What new picture is asked for, unless the designer says otherwise. */
export const EXTEND_PROMPT =
  'Continue the picture beyond its edges: the same scene, style, light and perspective, with nothing new in focus.';

/** A side of the safe area, as a share of the picture's shorter side, until the designer moves it. */
export const DEFAULT_SAFE_SHARE = 0.25;
