/**
 * H5: whether a page's container shows its content: some text, and no loading state (the
 * edition still on its way is shown by EditionPending, which is aria-busy). Used to tell when a
 * page has really arrived (page-focus.h5.ts, content-update.h5.ts).
 */
export const showsContent = (page: Element): boolean => !!page.textContent?.trim() && !page.querySelector('[aria-busy="true"]')
