import { View, Text } from '@tarojs/components'
import { Card } from '@/ui/Card'
import { radioGroup, radioOption } from '@/ui/radio-group'
import { CAN_FOLLOW_WECHAT } from '@/platform/wechat-font'
import type { TextMode } from './model'
import { useDisplayStore } from './store'
import './display.scss'

const OPTIONS: Array<{ mode: TextMode; label: string; hint: string }> = [
  { mode: 'auto', label: '跟随微信', hint: '按微信中设置的字体大小显示' },
  { mode: 'standard', label: '标准字', hint: '平常大小的文字' },
  { mode: 'large', label: '大字模式', hint: '文字和按钮都更大，看得更清楚' }
]
// 跟随微信 only where it can work (weapp). On H5 a stored `auto` shows as 标准字: with no signal
// from the browser, auto is the standard size there (DisplayRoot, platform/wechat-font).
const SHOWN = CAN_FOLLOW_WECHAT ? OPTIONS : OPTIONS.slice(1)
const MODES = SHOWN.map((o) => o.mode)

/** 字体大小: (weapp: 跟随微信 /) 标准字 / 大字模式, as a radio group with large targets. */
export function TextSizeSetting() {
  const stored = useDisplayStore((s) => s.mode)
  const mode = MODES.includes(stored) ? stored : 'standard'
  const setMode = useDisplayStore((s) => s.setMode)
  return (
    <Card title='字体大小'>
      <View className='text-size' {...radioGroup('字体大小')}>
        {SHOWN.map((o) => {
          return (
            <View
              key={o.mode}
              className={`text-size__option${mode === o.mode ? ' text-size__option--on' : ''} hq-focus`}
              {...radioOption({ values: MODES, value: o.mode, checked: mode, onSelect: setMode })}
            >
              <Text className='text-size__mark'>{mode === o.mode ? '●' : '○'}</Text>
              <View className='text-size__body'>
                <Text className='text-size__label'>{o.label}</Text>
                <Text className='text-size__hint'>{o.hint}</Text>
              </View>
            </View>
          )
        })}
      </View>
    </Card>
  )
}
