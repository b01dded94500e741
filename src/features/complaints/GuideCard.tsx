import { useState } from 'react'
import { View, Text, Button } from '@tarojs/components'
import type { Edition } from '@/content'
import { dial } from '@/platform/phone'
import { openPage } from '@/platform/navigation'
import { Card } from '@/ui/Card'
import { Heading } from '@/ui/Heading'
import { pressable } from '@/ui/pressable'
import { walkGuide } from './guide'
import { KIND_NAME } from './model'
import { SourceNote } from './SourceNote'
import { aria } from '@/ui/aria'
import './complaints.scss'

/** 我该找谁？: the bundle's questions, one at a time, ending at 12315 or 12345 with the reason. */
export function GuideCard({ edition }: { edition: Edition }) {
  const guide = edition.complaintGuide
  const [answers, setAnswers] = useState<number[]>([])
  const step = walkGuide(guide, answers)
  const back = () => setAnswers((a) => a.slice(0, Math.max(0, step.depth - 1)))
  const restart = () => setAnswers([])

  return (
    <Card title='我该找谁？'>
      {step.kind === 'question' ? (
        <View className='guide' data-testid='guide-question'>
          {step.depth === 0 ? <Text className='channel__note'>回答几个问题，看看该找12315还是12345。</Text> : null}
          <Text className='guide__progress'>第{step.depth + 1}问</Text>
          <Heading level={3} className='guide__question'>{step.question.text}</Heading>
          {step.question.hint ? <Text className='channel__note'>{step.question.hint}</Text> : null}
          <View className='guide__answers' {...aria({ role: 'group', 'aria-label': step.question.text })}>
            {step.question.answers.map((a, i) => (
              <Button key={a.label} className='hq-button hq-button--secondary guide__answer hq-focus' {...pressable(() => setAnswers([...answers.slice(0, step.depth), i]))}>
                {a.label}
              </Button>
            ))}
          </View>
          {step.depth > 0 ? (
            <Button className='hq-button hq-button--secondary hq-focus' {...pressable(back)}>上一步</Button>
          ) : null}
        </View>
      ) : (
        <Outcome edition={edition} outcomeId={step.outcome.id} onBack={back} onRestart={restart} />
      )}
    </Card>
  )
}

function Outcome({ edition, outcomeId, onBack, onRestart }: { edition: Edition; outcomeId: string; onBack: () => void; onRestart: () => void }) {
  const [callFailure, setCallFailure] = useState('')
  const outcome = edition.complaintGuide.outcomes.find((o) => o.id === outcomeId)
  if (!outcome) return null
  const channel = edition.channels.find((c) => c.id === outcome.channelId)
  const call = async (hotline: string) => {
    const r = await dial(hotline)
    setCallFailure(!r.ok && r.reason === 'failed' ? r.message : '')
  }
  return (
    <View className='guide guide--outcome' data-testid='guide-outcome' {...aria({ role: 'status' })}>
      <Text className='guide__progress'>建议</Text>
      <Heading level={3} className='guide__question'>{outcome.title}</Heading>
      {channel ? <Text className='guide__channel'>{channel.short} · {channel.name}</Text> : null}
      <Text className='guide__reason'>{outcome.reason}</Text>
      <SourceNote source={outcome.source} />
      <View className='channel__actions'>
        {channel ? (
          <Button className='hq-button hq-focus' {...pressable(() => void call(channel.hotline))}>拨打 {channel.hotline}</Button>
        ) : null}
        {outcome.draftKind ? (
          <Button className='hq-button hq-button--secondary hq-focus' {...pressable(() => openPage('draft', { kind: outcome.draftKind }))}>
            先写{KIND_NAME[outcome.draftKind]}草稿
          </Button>
        ) : null}
        <Button className='hq-button hq-button--secondary hq-focus' {...pressable(onBack)}>上一步</Button>
        <Button className='hq-button hq-button--secondary hq-focus' {...pressable(onRestart)}>重新选择</Button>
      </View>
      {callFailure ? <Text className='complaints__status'>{callFailure}</Text> : null}
    </View>
  )
}
