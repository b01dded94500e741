/**
 * Display scale for the elder-friendly (适老化) large-text mode. Pure.
 *
 * MIIT's 适老化通用设计规范 asks for body text of at least 18 pt in the elder mode, line
 * height ≥ 1.3 and touch targets ≥ 60×60 dp. Body text here is 16 CSS px (12 pt), so the
 * large mode scales fonts by 1.5 (24 px = 18 pt) and targets by 1.4 (44 → 61.6 px).
 * `auto` follows the user's WeChat font size (fontSizeScaleFactor): a factor of 1.3 or
 * more counts as asking for large text.
 */
export type TextMode = 'auto' | 'standard' | 'large'
export const TEXT_MODES: readonly TextMode[] = ['auto', 'standard', 'large']

export const LARGE_FONT_SCALE = 1.5
export const LARGE_TARGET_SCALE = 1.4
const AUTO_LARGE_FROM = 1.3
const MAX_FONT_SCALE = 2

export type DisplayScale = { fontScale: number; spaceScale: number; targetScale: number; large: boolean }

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n))
}

/** The scales for a mode, given the system's font scale factor (1 when unknown). */
export function displayScale(mode: TextMode, systemFactor: number): DisplayScale {
  const factor = Number.isFinite(systemFactor) && systemFactor > 0 ? systemFactor : 1
  const large = mode === 'large' || (mode === 'auto' && factor >= AUTO_LARGE_FROM)
  const fontScale = mode === 'standard' ? 1
    : mode === 'large' ? clamp(Math.max(factor, LARGE_FONT_SCALE), 1, MAX_FONT_SCALE)
      : clamp(large ? Math.max(factor, LARGE_FONT_SCALE) : factor, 1, MAX_FONT_SCALE)
  return {
    fontScale: round(fontScale),
    spaceScale: large ? 1.25 : 1,
    targetScale: large ? LARGE_TARGET_SCALE : 1,
    large
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}

/** The CSS custom properties the tokens read (tokens.scss). */
export function scaleStyle(s: DisplayScale): Record<string, string> {
  return {
    '--hq-font-scale': String(s.fontScale),
    '--hq-space-scale': String(s.spaceScale),
    '--hq-target-scale': String(s.targetScale)
  }
}

/**
 * 跟随系统 / 浅色 / 深色. `system` follows the phone (`prefers-color-scheme`; weapp: WeChat's
 * dark mode, with app.json's darkmode); the other two put a class on the page's root that
 * declares that scheme's colours whatever the system says (app.scss, styles/tokens.scss).
 */
export type Appearance = 'system' | 'light' | 'dark'
export const APPEARANCES: readonly Appearance[] = ['system', 'light', 'dark']

/** The class DisplayRoot adds for a forced scheme ('' when following the system). */
export function appearanceClass(a: Appearance): string {
  return a === 'system' ? '' : ` hq-${a}`
}

export type StoredDisplay = { mode: TextMode; appearance: Appearance }

/**
 * Whatever is stored under `hq:display` (version 1 had only `mode`; a foreign or corrupt value)
 * becomes a valid choice: each field is kept when valid, else it falls back on its own
 * (text size: auto, appearance: system), so a bad appearance never costs the text size.
 */
export function repairDisplay(stored: unknown): StoredDisplay {
  const s = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {}
  return {
    mode: TEXT_MODES.includes(s.mode as TextMode) ? (s.mode as TextMode) : 'auto',
    appearance: APPEARANCES.includes(s.appearance as Appearance) ? (s.appearance as Appearance) : 'system'
  }
}
