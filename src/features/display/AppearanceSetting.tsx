import { View, Text } from '@tarojs/components'
import { Card } from '@/ui/Card'
import { radioGroup, radioOption } from '@/ui/radio-group'
import { APPEARANCES, type Appearance } from './model'
import { useDisplayStore } from './store'
import './display.scss'

const OPTIONS: Record<Appearance, [label: string, hint: string]> = {
  system: ['跟随系统', '手机用深色模式时，这里也变暗'],
  light: ['浅色', '一直用浅色底、深色字'],
  dark: ['深色', '一直用深色底、浅色字，夜里看不刺眼']
}

/** 深色模式: 跟随系统 / 浅色 / 深色, the same radio group as 字体大小 (and its styles). */
export function AppearanceSetting() {
  const appearance = useDisplayStore((s) => s.appearance)
  const setAppearance = useDisplayStore((s) => s.setAppearance)
  return (
    <Card title='深色模式'>
      <View className='text-size' {...radioGroup('深色模式')}>
        {APPEARANCES.map((a) => (
          <View
            key={a}
            className={`text-size__option${appearance === a ? ' text-size__option--on' : ''} hq-focus`}
            {...radioOption({ values: APPEARANCES, value: a, checked: appearance, onSelect: setAppearance })}
          >
            <Text className='text-size__mark'>{appearance === a ? '●' : '○'}</Text>
            <View className='text-size__body'>
              <Text className='text-size__label'>{OPTIONS[a][0]}</Text>
              <Text className='text-size__hint'>{OPTIONS[a][1]}</Text>
            </View>
          </View>
        ))}
      </View>
    </Card>
  )
}
