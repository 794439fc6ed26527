/**
 * Light or dark, as Office shows it. Office tells add-ins its theme colours
 * (`Office.context.officeTheme`, where the host supports it); elsewhere the system's
 * prefers-color-scheme decides, which the stylesheet follows by itself.
 */

export type Theme = "light" | "dark";

/** The theme of a background colour such as "#262626": dark when its luminance is low. */
export function themeOfBackground(color: unknown): Theme | undefined {
  if (typeof color !== "string") return undefined;
  const match = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (match === null) return undefined;
  const value = parseInt(match[1], 16);
  const channel = (shift: number): number => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
  return luminance < 0.4 ? "dark" : "light";
}
