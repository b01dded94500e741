/**
 * A date field, weapp: WeChat's date picker (Taro Picker mode='date'), opened by a tap on the
 * field, which shows the chosen day (or 请选择日期) and tells WeChat's screen reader what it is.
 * H5: DateField.h5.tsx.
 */
import { Picker, View } from '@tarojs/components'
import type { DateFieldProps } from './DateField.shared'

export function DateField({ label, value, min, max, display, onChange, onBlur, className }: DateFieldProps) {
  const a11y = { role: 'button', 'aria-label': `${label}：${value ? display(value) : '未选择'}` } as Record<string, unknown>
  return (
    <Picker
      mode='date'
      value={value && value <= max ? value : max}
      start={min}
      end={max}
      onChange={(e) => {
        onChange(String(e.detail.value))
        onBlur?.()
      }}
    >
      <View className={`${className ?? ''} hq-date-picker`} {...a11y}>
        {value ? display(value) : '请选择日期'}
      </View>
    </Picker>
  )
}
