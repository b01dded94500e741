/**
 * ui/textarea-aria: the Textarea's name and state reach the element a screen reader reads, on
 * each platform (the rendered results: H5 in DraftFields' tests and e2e, weapp in tests/weapp/aria.weapp.test.ts).
 */
import * as h5 from './textarea-aria.h5'
import * as weapp from './textarea-aria.weapp'

const attrs = { 'aria-label': '事情经过', 'aria-invalid': 'true' }

test('H5: through nativeProps, to the inner <textarea>', () => {
  expect(h5.textareaAria(attrs)).toEqual({ nativeProps: attrs })
})

test('weapp: as the Textarea\'s own props', () => {
  expect(weapp.textareaAria(attrs)).toEqual(attrs)
})
