// The reader's colour theme: "system" follows prefers-color-scheme; "light" and "dark" are kept
// in a cookie, so the server renders <html data-theme> and no page ever flashes the wrong one.

export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_COOKIE = "theme";
export const THEME_MAX_AGE = 60 * 60 * 24 * 365;

export function themeOf(cookie: string | undefined): Theme {
  return cookie === "light" || cookie === "dark" ? cookie : "system";
}

/** The toggle's cycle: system → light → dark → system. */
export function nextTheme(theme: Theme): Theme {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!;
}

export const THEME_LABEL: Record<Theme, string> = { system: "System", light: "Light", dark: "Dark" };
