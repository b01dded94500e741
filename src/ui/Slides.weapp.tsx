import { Swiper, SwiperItem } from '@tarojs/components'
import { colors } from '@/styles/tokens'
import type { SlidesProps } from './Slides.shared'
import './slides.scss'

export type { SlidesProps }

/**
 * weapp: WeChat's native swiper (no library in the package), same props as Slides.h5.tsx
 * (but `onFocusWithin`: there is no keyboard focus in WeChat).
 */
export function Slides({ current, onChange, children, className }: SlidesProps) {
  return (
    <Swiper
      className={`hq-slides ${className ?? ''}`}
      current={current}
      circular
      indicatorDots
      indicatorColor={colors.border}
      indicatorActiveColor={colors.brand}
      onChange={(e) => { if (e.detail.current !== current) onChange(e.detail.current) }}
    >
      {children.map((child, i) => <SwiperItem key={i} className='hq-slides__item'>{child}</SwiperItem>)}
    </Swiper>
  )
}
