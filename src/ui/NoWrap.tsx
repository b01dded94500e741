import { Text } from '@tarojs/components'
import { keepTogether } from './no-wrap'

/**
 * A run of text a line break must not split (a date, a phone number). The class is global
 * (app.scss), so it works in every page and subpackage of the weapp build as on H5.
 */
export function NoWrap({ children }: { children: string }) {
  return <Text className='hq-nowrap'>{children}</Text>
}

/**
 * Running text in which every date, count, number with its measure word and phone number
 * (ui/no-wrap.ts) stays on one line, while the rest wraps as Chinese does. Put it inside the
 * Text or Paragraph that styles the text; screen readers read the same words.
 */
export function KeepTogether({ text }: { text: string }) {
  return (
    <>
      {keepTogether(text).map((p, i) => (p.keep ? <NoWrap key={i}>{p.text}</NoWrap> : p.text))}
    </>
  )
}
