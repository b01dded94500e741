import { View } from '@tarojs/components'
import { useRef } from 'react'
import type { SlidesProps } from './Slides.shared'
import './slides.scss'

export type { SlidesProps }

/** Horizontal distance, in CSS px, a touch must travel to count as a swipe. */
export const SWIPE_MIN_PX = 40

/** The x of a touch event's first point (Taro types View's touch events without their touch lists). */
function touchX(e: unknown, list: 'touches' | 'changedTouches'): number | null {
  const points = (e as Partial<Record<typeof list, ArrayLike<{ clientX: number }>>>)[list]
  return points && points.length > 0 ? points[0].clientX : null
}

/**
 * One slide at a time, swiped sideways (H5).
 *
 * A translated track of plain Views: no carousel library, so the H5 build does not carry
 * Taro's Swiper and the swiper package it bundles. The transition follows the user's
 * reduced-motion setting (slides.scss). The weapp build uses WeChat's native swiper
 * instead (Slides.weapp.tsx), which costs the package nothing.
 */
export function Slides({ current, onChange, children, className, onFocusWithin }: SlidesProps) {
  const startX = useRef<number | null>(null)
  const count = children.length
  const step = (delta: number) => onChange((current + delta + count) % count)
  // React's focus events bubble (focusin/focusout): one pair on the frame sees every slide.
  // Focus moving from one element inside to another is no leaving.
  const focusEvents = onFocusWithin ? {
    onFocus: () => onFocusWithin(true),
    onBlur: (e: { currentTarget: EventTarget; relatedTarget: EventTarget | null }) => {
      const to = e.relatedTarget
      if (!(to instanceof Node && e.currentTarget instanceof Node && e.currentTarget.contains(to))) onFocusWithin(false)
    }
  } : {}
  return (
    <View
      {...focusEvents}
      className={`hq-slides ${className ?? ''}`}
      onTouchStart={(e) => { startX.current = touchX(e, 'touches') }}
      onTouchEnd={(e) => {
        const from = startX.current
        const to = touchX(e, 'changedTouches')
        startX.current = null
        if (from === null || to === null || Math.abs(to - from) < SWIPE_MIN_PX) return
        step(to < from ? 1 : -1)
      }}
    >
      <View className='hq-slides__track' style={{ transform: `translateX(${-100 * current}%)` }}>
        {children.map((child, i) => (
          <View key={i} className='hq-slides__item' aria-hidden={i === current ? undefined : 'true'}>{child}</View>
        ))}
      </View>
      <View className='hq-slides__dots' aria-hidden='true'>
        {children.map((_, i) => <View key={i} className={`hq-slides__dot${i === current ? ' hq-slides__dot--on' : ''}`} />)}
      </View>
    </View>
  )
}
