import { Swiper, SwiperItem } from '@tarojs/components'
import type { SlidesProps } from './Slides'
import { colors } from '@/styles/tokens'
import './slides.scss'

export type { SlidesProps } from './Slides'

/** weapp: WeChat's native swiper (no library in the package), same props as Slides.tsx. */
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
