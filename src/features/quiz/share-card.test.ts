import { edition } from '@/content/newest'
import { quizShareCard } from './share-card'

describe('the quiz chat card', () => {
  it('names the day before a round is finished', () => {
    const { key, card } = quizShareCard(edition, '2021-09-14')
    expect(card.title).toBe('9月14日的每日一练')
    expect(card.eyebrow).toContain('质量知识问答')
    expect(card.footer).toBe(edition.document.number)
    expect(key).toBe('quiz:2021-09-14')
  })

  it('shows the score once there is one, and draws a new picture for a new score', () => {
    const a = quizShareCard(edition, '2021-09-14', { score: 9, total: 10 })
    const b = quizShareCard(edition, '2021-09-14', { score: 7, total: 10 })
    expect(a.card.title).toBe('答对9题，共10题')
    expect(a.card.subtitle).toBe('9月14日的每日一练')
    expect(a.key).not.toBe(b.key)
    expect(a.key).not.toBe(quizShareCard(edition, '2021-09-14').key)
  })
})
