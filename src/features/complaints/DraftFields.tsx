/** The draft form's fields: a labelled text box or text area, and the date; each with its hint, count and error. */
import { View, Text, Button, Input, Textarea } from '@tarojs/components'
import { formatFullDate } from '@/lib/civil-date'
import { aria } from '@/ui/aria'
import { textareaAria } from '@/ui/textarea-aria'
import { DateField } from '@/ui/DateField'
import { pressable } from '@/ui/pressable'
import { HARD_CAP, type DraftKind, type FieldId } from './model'
import { charCount, EARLIEST_DATE, FIELD_HINT, FIELD_LABEL, fieldLabel, isRequired, MAX_LENGTH } from './draft-form'
import { PHONE_INPUT } from './draft-phone'

/** The id of a field's box on the page (the error summary leads there). */
export const fieldBoxId = (f: FieldId) => `draft-field-${f}`

export function RequiredMark({ required }: { required: boolean }) {
  return <Text className='draft__required'>{required ? '（必填）' : '（可不填）'}</Text>
}

/** The keyboard of a one-line field: text, digits with a point (an amount), or a phone number's. */
export type FieldKeyboard = 'text' | 'digit' | 'phone'

/** A text field: one line (with its `type` of keyboard) or, `multiline`, a growing text area with its count. */
export function TextField({ field: f, kind, value, error, multiline = false, type = 'text', onInput, onBlur }: {
  field: Exclude<FieldId, 'date'>
  kind: DraftKind
  value: string
  /** The problem to show, if any. */
  error: string | undefined
  multiline?: boolean
  type?: FieldKeyboard
  onInput: (value: string) => void
  onBlur: () => void
}) {
  const label = fieldLabel(f, kind)
  const hint = FIELD_HINT[kind][f]
  const describedBy = [hint ? `hint-${f}` : '', error ? `err-${f}` : ''].filter(Boolean).join(' ')
  const native = aria({ 'aria-label': label, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined })
  const common = { value, maxlength: HARD_CAP, onBlur }
  return (
    <View className={`draft__field${error ? ' draft__field--error' : ''}`} id={fieldBoxId(f)} data-testid={`field-${f}`}>
      <Text className='draft__label'>{label}<RequiredMark required={isRequired(kind, f)} /></Text>
      {hint ? <Text className='draft__hint' id={`hint-${f}`}>{hint}</Text> : null}
      {multiline ? (
        <Textarea {...common} {...textareaAria(native)} className='draft__textarea' autoHeight onInput={(e) => onInput(e.detail.value)} />
      ) : (
        <Input
          {...common}
          {...native}
          className='draft__input'
          {...(type === 'phone' ? PHONE_INPUT : { type })}
          onInput={(e) => onInput(e.detail.value)}
        />
      )}
      {multiline ? (
        <Text className='draft__count'>{charCount(value.trim())}/{MAX_LENGTH[f]}字</Text>
      ) : null}
      {error ? <Text className='draft__error' id={`err-${f}`}>！{error}</Text> : null}
    </View>
  )
}

/** The date: the platform's date field, ending today; 不填日期 when the kind does not need one. */
export function DateBox({ kind, value, today, error, onChange, onBlur }: {
  kind: DraftKind
  value: string
  today: string
  error: string | undefined
  onChange: (value: string) => void
  onBlur: () => void
}) {
  return (
    <View className={`draft__field${error ? ' draft__field--error' : ''}`} id={fieldBoxId('date')} data-testid='field-date'>
      <Text className='draft__label'>{FIELD_LABEL.date}<RequiredMark required={isRequired(kind, 'date')} /></Text>
      <DateField
        className='draft__input draft__date'
        label={FIELD_LABEL.date}
        value={value}
        min={EARLIEST_DATE}
        max={today}
        display={formatFullDate}
        onChange={onChange}
        onBlur={onBlur}
        invalid={Boolean(error)}
        describedBy={error ? 'err-date' : undefined}
      />
      {value && !isRequired(kind, 'date') ? (
        <Button className='hq-button hq-button--secondary draft__small hq-focus' {...pressable(() => onChange(''))}>不填日期</Button>
      ) : null}
      {error ? <Text className='draft__error' id='err-date'>！{error}</Text> : null}
    </View>
  )
}
