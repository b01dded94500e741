/**
 * The H5 slides: a sideways swipe steps to the next or previous slide (wrapping around),
 * a short touch does not, and only the slide on screen is exposed to screen readers.
 */
import { createEvent, fireEvent, render } from '@testing-library/react'
import { Text } from '@tarojs/components'
import { Slides, SWIPE_MIN_PX } from './Slides'

function swipe(el: Element, fromX: number, toX: number) {
  const start = createEvent.touchStart(el)
  Object.defineProperty(start, 'touches', { value: [{ clientX: fromX }] })
  fireEvent(el, start)
  const end = createEvent.touchEnd(el)
  Object.defineProperty(end, 'changedTouches', { value: [{ clientX: toX }] })
  fireEvent(el, end)
}

function setup(current: number) {
  const onChange = jest.fn()
  const { container } = render(
    <Slides current={current} onChange={onChange}>
      {['一', '二', '三'].map((t) => <Text key={t}>{t}</Text>)}
    </Slides>
  )
  return { onChange, root: container.querySelector('.hq-slides')!, items: [...container.querySelectorAll('.hq-slides__item')] }
}

describe('Slides (H5)', () => {
  it('a swipe to the left shows the next slide, wrapping after the last', () => {
    const { onChange, root } = setup(2)
    swipe(root, 300, 300 - SWIPE_MIN_PX - 10)
    expect(onChange).toHaveBeenCalledWith(0)
  })

  it('a swipe to the right shows the previous slide, wrapping before the first', () => {
    const { onChange, root } = setup(0)
    swipe(root, 100, 100 + SWIPE_MIN_PX + 10)
    expect(onChange).toHaveBeenCalledWith(2)
  })

  it('a short touch (a tap) does not change the slide', () => {
    const { onChange, root } = setup(1)
    swipe(root, 100, 110)
    expect(onChange).not.toHaveBeenCalled()
  })

  it('only the slide on screen is read by screen readers', () => {
    const { items } = setup(1)
    expect(items.map((i) => i.getAttribute('aria-hidden'))).toEqual(['true', null, 'true'])
  })
})
