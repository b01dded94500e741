import '@testing-library/jest-dom'
import { installConsoleGuard, type Allowed } from './console-guard'

/**
 * A passing unit run prints only what a reader needs: a test that makes React (or anything
 * else) print a console.error or console.warn fails, naming the message. Such output is a
 * warning about our code — an unknown DOM prop, a state update the test did not wait for
 * (act) — or an error the test did not expect. Fix it at its cause: wait for the visible
 * result (findBy…, waitFor), or stop passing the prop.
 *
 * A test that expects an error to be printed says so: `jest.spyOn(console, 'error')
 * .mockImplementation(…)` replaces this check for that test (and can assert on the calls).
 */

/** Messages outside our control that may be printed, each with why. None today. */
const ALLOWED: readonly Allowed[] = []

const guard = installConsoleGuard(console, ALLOWED)

// Declared before any test file's own hooks, so it runs after the test and its describe
// blocks' afterEach but before the file's top-level afterEach: what that one prints (an
// unmount, a flush of timers) is caught before the next test, or after the last.
afterEach(() => guard.check('This test'))
beforeEach(() => guard.check('Before this test started, the previous test\'s teardown (or a late timer)'))
afterAll(() => guard.check('After the last test, this file'))
