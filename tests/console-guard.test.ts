/** The check of tests/support/setup.ts that fails a test printing an unexpected console.error or console.warn. */
import { installConsoleGuard } from './support/console-guard'

function fakeConsole() {
  const error = jest.fn()
  const warn = jest.fn()
  return { target: { error, warn } as unknown as Pick<Console, 'error' | 'warn'>, error, warn }
}

it('fails naming each unexpected message, still prints it, and starts afresh after a check', () => {
  const { target, error, warn } = fakeConsole()
  const guard = installConsoleGuard(target, [])
  expect(() => guard.check('This test')).not.toThrow()
  target.error('Warning: React does not recognize the `%s` prop on a DOM element.', 'openType')
  target.warn('deprecated')
  expect(error).toHaveBeenCalledWith('Warning: React does not recognize the `%s` prop on a DOM element.', 'openType')
  expect(warn).toHaveBeenCalledWith('deprecated')
  expect(() => guard.check('This test')).toThrow(
    /^This test printed 2 unexpected console message\(s\)[^\n]*\n\nconsole\.error: Warning: React does not recognize the `openType` prop on a DOM element\.\n\nconsole\.warn: deprecated$/
  )
  expect(() => guard.check('This test')).not.toThrow()
})

it('lets an allowed message through, and only that one', () => {
  const { target } = fakeConsole()
  const guard = installConsoleGuard(target, [{ pattern: /^Outside our control/, why: 'a test of the allow-list' }])
  target.error('Outside our control: a library notice')
  expect(() => guard.check('This test')).not.toThrow()
  target.error('Something of ours')
  expect(() => guard.check('This test')).toThrow(/console\.error: Something of ours/)
})
