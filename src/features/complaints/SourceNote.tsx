import { Text } from '@tarojs/components'
import type { Source } from '@/content'

/** "来源：…": where a fact on screen comes from (the notice, or a named public source). */
export function sourceLabel(source: Source): string {
  if (source.kind === 'notice') return '来源：通知原文'
  return `来源：${source.publisher}《${source.title}》`
}

/** One "来源：…；…" line for several sources (each named once, in order). */
export function sourcesLabel(sources: readonly Source[]): string {
  const names = [...new Set(sources.map((s) => sourceLabel(s).replace(/^来源：/, '')))]
  return names.length ? `来源：${names.join('；')}` : ''
}

export function SourceNote({ source }: { source: Source }) {
  return <Text className='complaints__source'>{sourceLabel(source)}</Text>
}

export function SourcesNote({ sources }: { sources: readonly Source[] }) {
  const label = sourcesLabel(sources)
  return label ? <Text className='complaints__source'>{label}</Text> : null
}
