import { Text } from '@tarojs/components'
import type { Source } from '@/content'

/** "来源：…": where a fact on screen comes from (the notice, or a named public source). */
export function sourceLabel(source: Source): string {
  if (source.kind === 'notice') return '来源：通知原文'
  return `来源：${source.publisher}《${source.title}》`
}

export function SourceNote({ source }: { source: Source }) {
  return <Text className='complaints__source'>{sourceLabel(source)}</Text>
}
