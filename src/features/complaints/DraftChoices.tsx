/** The draft form's choices: the kind (a radio group) and the evidence held (checkboxes). */
import { View, Text } from '@tarojs/components'
import type { Edition } from '@/content'
import { aria } from '@/ui/aria'
import { pressable } from '@/ui/pressable'
import { radioGroup, radioOption } from '@/ui/radio-group'
import { EVIDENCE, type DraftKind, type EvidenceId } from './model'

export function KindChoice({ kinds, value, onSelect }: {
  kinds: Edition['complaintPrep']['kinds']
  value: DraftKind
  onSelect: (kind: DraftKind) => void
}) {
  return (
    <View className='draft__choices' {...radioGroup('类型')}>
      {kinds.map((k) => {
        const on = value === k.id
        return (
          <View
            key={k.id}
            className={`draft__choice${on ? ' draft__choice--on' : ''} hq-focus`}
            {...radioOption({ values: kinds.map((x) => x.id), value: k.id, checked: value, onSelect })}
          >
            <Text className='draft__choice-mark'>{on ? '◉' : '○'}</Text>
            <View className='draft__choice-body'>
              <Text className='draft__choice-title'>{k.name}（{k.action}）</Text>
              <Text className='draft__choice-text'>{k.text}</Text>
            </View>
          </View>
        )
      })}
    </View>
  )
}

export function EvidenceChoice({ held, onToggle }: { held: readonly EvidenceId[]; onToggle: (id: EvidenceId) => void }) {
  return (
    <View className='draft__choices' {...aria({ role: 'group', 'aria-label': '已有证据' })}>
      {EVIDENCE.map((e) => {
        const on = held.includes(e.id)
        return (
          <View
            key={e.id}
            className={`draft__check${on ? ' draft__check--on' : ''} hq-focus`}
            {...pressable(() => onToggle(e.id))}
            {...aria({ role: 'checkbox', 'aria-checked': on })}
          >
            <Text className='draft__choice-mark'>{on ? '☑' : '☐'}</Text>
            <Text className='draft__check-label'>{e.label}</Text>
          </View>
        )
      })}
    </View>
  )
}
