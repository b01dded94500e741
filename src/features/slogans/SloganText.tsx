import { View } from '@tarojs/components'
import { SelectableText } from '@/ui/SelectableText'
import '../../ui/ui.scss'
import './slogans.scss'

/**
 * A slogan on screen: its two halves (separated by a space in the data) each kept
 * together, so a line breaks between them, and inside a half only when it is wider
 * than the line.
 */
export function SloganText({ text, className }: { text: string; className?: string }) {
  const halves = text.split(' ').filter((h) => h !== '')
  return (
    <View className={`slogan-text ${className ?? ''}`}>
      {halves.map((h, i) => (
        <SelectableText key={i} className='slogan-text__half'>{i < halves.length - 1 ? `${h} ` : h}</SelectableText>
      ))}
    </View>
  )
}
