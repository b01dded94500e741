import { Button, Text, View } from '@tarojs/components'
import { pressable } from '@/ui/pressable'
import { KeepTogether } from '@/ui/NoWrap'
import type { QuickEntry } from './links'
import './campaign.scss'

/** Large buttons to the app's main places (QUICK_ENTRIES). */
export function QuickEntries({ entries }: { entries: readonly QuickEntry[] }) {
  return (
    <View className='quick-entries'>
      {entries.map((e) => (
        <Button key={e.key} className='quick-entry hq-focus' {...pressable(e.open)} data-testid={`quick-${e.key}`}>
          <Text className='quick-entry__label'>{e.label}</Text>
          <Text className='quick-entry__hint'><KeepTogether text={e.hint} /></Text>
        </Button>
      ))}
    </View>
  )
}
