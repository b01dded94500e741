import type { Edition } from '@/content'
import type { ShareCardContent } from '@/lib/share-card'
import { formatMonthDay } from '@/lib/civil-date'

/** A finished 每日一练's score, when the user shares it. */
export type QuizShareScore = { score: number; total: number }

/**
 * The chat card of 质量知识问答: the day's 每日一练, with the score when the user has one to
 * share. The key changes with what the picture shows, so a new score draws a new card. Pure.
 */
export function quizShareCard(edition: Edition, date: string, score?: QuizShareScore): { key: string; card: ShareCardContent } {
  const day = `${formatMonthDay(date)}的每日一练`
  if (!score) {
    return {
      key: `quiz:${date}`,
      card: { eyebrow: `${edition.campaign.name} · 质量知识问答`, title: day, subtitle: '每题都附原文出处', footer: edition.document.number }
    }
  }
  return {
    key: `quiz:${date}:${score.score}/${score.total}`,
    card: {
      eyebrow: `${edition.campaign.name} · 质量知识问答`,
      title: `答对${score.score}题，共${score.total}题`,
      subtitle: day,
      footer: edition.document.number
    }
  }
}
