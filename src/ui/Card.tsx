import { View, Text } from '@tarojs/components'
import { SelectableText } from './SelectableText'
import type { PropsWithChildren } from 'react'
import { Heading } from './Heading'
import './ui.scss'

export function Card({ title, children, className }: PropsWithChildren<{ title?: string; className?: string }>) {
  return (
    <View className={`hq-card ${className ?? ''}`}>
      {title ? <Heading level={2} className='hq-card__title'>{title}</Heading> : null}
      {children}
    </View>
  )
}

export function Paragraph({ children, className }: PropsWithChildren<{ className?: string }>) {
  return <SelectableText className={`hq-paragraph ${className ?? ''}`}>{children}</SelectableText>
}

export function Badge({ children, tone = 'brand' }: PropsWithChildren<{ tone?: 'brand' | 'accent' | 'muted' }>) {
  return <Text className={`hq-badge hq-badge--${tone}`}>{children}</Text>
}
