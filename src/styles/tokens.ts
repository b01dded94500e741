/**
 * Design tokens for places that cannot read SCSS: app.config (navigation bar, tabBar)
 * and the icon script. Keep in step with tokens.scss (a test checks they agree).
 */
export const colors = {
  brand: '#b3261e',
  brandDark: '#8c1d18',
  accent: '#0b5cad',
  text: '#1f1f1f',
  textSecondary: '#595959',
  background: '#f5f5f5',
  surface: '#ffffff',
  border: '#e0e0e0'
} as const
