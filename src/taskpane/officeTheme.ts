export type PaneTheme = 'light' | 'dark';

/** Office's theme as the pane should follow it: dark when Office paints the pane's background dark. */
export function paneTheme(bodyBackgroundColor: string | undefined): PaneTheme {
  const match = bodyBackgroundColor ? /^#?([0-9a-f]{6})$/i.exec(bodyBackgroundColor.trim()) : null;
  if (!match) return 'light';
  const value = parseInt(match[1], 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  const luminance = (0.299 * r + 0.587 * g + 0.114 * b) / 255;
  return luminance < 0.5 ? 'dark' : 'light';
}
