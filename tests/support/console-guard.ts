import { format } from 'node:util'

/** A message outside our control that may be printed, and why it is allowed. */
export type Allowed = { pattern: RegExp; why: string }

/**
 * Records every console.error and console.warn of `target` (still printing it) that no
 * `allowed` pattern matches; `check` throws, naming them, when any were recorded since the
 * last check. The methods are replaced by plain functions, not jest mocks, so a test file's
 * jest.restoreAllMocks() leaves them in place; a test's own jest.spyOn(console, 'error')
 * wraps them (its mockImplementation then replaces the check for that test).
 */
export function installConsoleGuard(target: Pick<Console, 'error' | 'warn'>, allowed: readonly Allowed[]) {
  const printed: string[] = []
  for (const level of ['error', 'warn'] as const) {
    const original = target[level].bind(target)
    target[level] = (...args: unknown[]) => {
      const text = format(...args)
      if (!allowed.some((a) => a.pattern.test(text))) printed.push(`console.${level}: ${text}`)
      original(...args)
    }
  }
  return {
    /** Throws when something unexpected was printed since the last check; `when` says when it was. */
    check(when: string) {
      if (printed.length === 0) return
      const messages = printed.splice(0)
      throw new Error(
        `${when} printed ${messages.length} unexpected console message(s) (tests/support/setup.ts):\n\n` +
        messages.map((m) => m.split('\n').slice(0, 3).join('\n')).join('\n\n')
      )
    }
  }
}
