/**
 * weapp: nothing to do. A mini-program has no keyboard focus a page could move, and WeChat
 * itself puts the phone's screen reader (TalkBack, VoiceOver) on a page that opens or comes
 * back, as for any native screen. H5: page-focus.h5.ts.
 */
export function installPageFocus(): void {}

export function keepFocusOnNextPage(): void {}
