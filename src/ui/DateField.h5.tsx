/**
 * A date field, H5: the browser's own date input (Taro's H5 Input is a
 * native <input> that takes `type` and the other attributes as they are), keyboard-usable,
 * labelled, limited by min and max.
 * weapp: DateField.weapp.tsx (WeChat's date picker). Not Taro's Picker: on H5 it cannot be used
 * from the keyboard and costs every page its bundle.
 */
import { Input } from '@tarojs/components'
import type { DateFieldProps } from './DateField.shared'
import './focus.scss'

export function DateField({ label, value, min, max, onChange, onBlur, invalid, describedBy, className }: DateFieldProps) {
  const attrs: Record<string, string> = { min, max, 'aria-label': label }
  if (invalid) attrs['aria-invalid'] = 'true'
  if (describedBy) attrs['aria-describedby'] = describedBy
  return (
    <Input
      className={`hq-date ${className ?? ''}`}
      // Taro's types list only the mini-program input types; H5 passes 'date' to the browser.
      type={'date' as 'text'}
      value={value}
      {...attrs}
      onInput={(e) => onChange(String(e.detail.value))}
      onBlur={() => onBlur?.()}
    />
  )
}
