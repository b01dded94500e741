import { Button, Text, View } from '@tarojs/components'
import { useDidHide, useDidShow } from '@tarojs/taro'
import { useEffect, useReducer } from 'react'
import type { Slogan } from '@/content'
import { prefersReducedMotion } from '@/platform/motion'
import { Heading } from '@/ui/Heading'
import { Slides } from '@/ui/Slides'
import { UpdateScope } from '@/ui/UpdateScope'
import { SloganText } from './SloganText'
import { isRunning, rotate, ROTATION_INTERVAL_MS, startRotation } from './model'
import { aria } from '@/ui/aria'
import { pressable } from '@/ui/pressable'
import '../../ui/ui.scss'
import './slogans.scss'

type Props = { slogans: readonly Slogan[]; onOpen: (id: string) => void; intervalMs?: number }

/**
 * The slogans, one at a time: they advance every few seconds, can be swiped, stepped
 * with 上一条/下一条 and paused. The timer stops while the page is hidden or gone and
 * resumes on show, and holds while a slide has keyboard focus (H5: the slide focused stays,
 * ring and all). No autoplay when the user prefers reduced motion (H5).
 * On weapp the state lives inside a CustomWrapper (ui/UpdateScope), so each step updates
 * only this block, not the whole page.
 */
export function SloganCarousel(props: Props) {
  return (
    <UpdateScope id='slogan-carousel'>
      <Carousel {...props} />
    </UpdateScope>
  )
}

function Carousel({ slogans, onOpen, intervalMs = ROTATION_INTERVAL_MS }: Props) {
  const [r, dispatch] = useReducer(rotate, slogans.length, (n: number) => startRotation(n, !prefersReducedMotion()))
  useDidShow(() => dispatch({ type: 'show' }))
  useDidHide(() => dispatch({ type: 'hide' }))

  const running = isRunning(r)
  useEffect(() => {
    if (!running) return undefined
    const timer = setTimeout(() => dispatch({ type: 'tick' }), intervalMs)
    return () => clearTimeout(timer)
  }, [running, r.index, intervalMs])

  if (slogans.length === 0) return null
  const current = slogans[r.index]
  const live = aria({ 'aria-live': running ? 'off' : 'polite' })
  return (
    <View className='hq-card slogan-carousel'>
      <Heading level={2} className='hq-card__title'>活动口号（共{slogans.length}条）</Heading>
      <Slides
        className='slogan-carousel__swiper'
        current={r.index}
        onChange={(index) => dispatch({ type: 'go', index })}
        onFocusWithin={(inside) => dispatch({ type: inside ? 'focus' : 'blur' })}
      >
        {slogans.map((s, i) => (
          // Only the slide on show is a Tab stop (the others are aria-hidden).
          <View key={s.id} className='slogan-carousel__slide hq-focus' {...pressable(() => onOpen(s.id))} {...{ tabIndex: i === r.index ? 0 : -1 }}>
            <SloganText className='slogan-carousel__text' text={s.text} />
          </View>
        ))}
      </Slides>
      <Text className='slogan-carousel__position' {...live} data-testid='carousel-position'>
        第{r.index + 1}条，共{slogans.length}条{running ? '（自动播放中）' : ''}：{current.text}
      </Text>
      <View className='slogan-carousel__controls'>
        <Button className='slogan-carousel__button hq-focus' {...pressable(() => dispatch({ type: 'prev' }))}>上一条</Button>
        <Button className='slogan-carousel__button hq-focus' {...pressable(() => dispatch({ type: 'toggle' }))}>
          {r.playing ? '暂停' : '自动播放'}
        </Button>
        <Button className='slogan-carousel__button hq-focus' {...pressable(() => dispatch({ type: 'next' }))}>下一条</Button>
      </View>
    </View>
  )
}
