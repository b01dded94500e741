/**
 * weapp restores no page from a cache: a page shows again through onShow, which refreshes the
 * day (lib/use-today.ts), and the one JS context keeps the stores current. Empty, and imported
 * only by app.ts, so it costs the main package nothing.
 */
export function installPageRestore(): void {}
