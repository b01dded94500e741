import { relative } from 'node:path'
import { oneLine } from '../../src/content/printable'

/**
 * What the content commands (content:new, content:keygen, content:publish) share on the
 * command line: a file named relative to where the command runs, and a one-line failure.
 */

/** A file as the user would type it: relative to the current directory, on one line. */
export const showFile = (file: string): string => oneLine(relative(process.cwd(), file) || file, 200)

/** `die(message, usage?)`: one line saying why (escaped: it may quote a file name), then the usage when it helps; exit 1. */
export type Die = (message: string, usage?: boolean) => never

/** Declare it with its type (`const die: Die = dieWith(USAGE)`) so TypeScript knows it never returns. */
export function dieWith(usageLine: string): Die {
  return (message, usage = false) => {
    console.error(oneLine(message, 1000))
    if (usage) console.error(usageLine)
    process.exit(1)
  }
}
