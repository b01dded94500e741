import { View, Text } from '@tarojs/components'
import type { Edition, NumberedPoint } from '@/content'
import { Card, Paragraph } from '@/ui/Card'
import { Heading } from '@/ui/Heading'
import './notice.scss'

function Points({ points }: { points: NumberedPoint[] }) {
  return (
    <>
      {points.map((p) => (
        <Paragraph key={p.number}>
          <Text className='notice__point-title'>{p.number}{p.title}</Text>
          {p.text}
        </Paragraph>
      ))}
    </>
  )
}

/** The notice as a readable document: header, sections 一 to 三, closing, contact, attachments. */
export function NoticeDocument({ edition }: { edition: Edition }) {
  const { document: doc, sections } = edition
  return (
    <View className='notice'>
      <View className='notice__header'>
        <Text className='notice__heading'>{doc.heading}</Text>
        <Text className='notice__number'>{doc.number}</Text>
        <Heading level={1} className='notice__title'>{doc.title}</Heading>
      </View>
      <Card>
        <Paragraph>{doc.addressees}</Paragraph>
        <Paragraph>{doc.preamble}</Paragraph>
      </Card>
      <Card title={sections.theme.heading}>
        <Paragraph className='notice__theme'>{edition.theme}</Paragraph>
      </Card>
      <Card title={sections.work.heading}>
        <Points points={sections.work.points} />
      </Card>
      <Card title={sections.requirements.heading}>
        <Points points={sections.requirements.points} />
      </Card>
      <Card>
        {sections.closing.map((p) => <Paragraph key={p}>{p}</Paragraph>)}
        {edition.contact.printed.map((line) => <Paragraph key={line}>{line}</Paragraph>)}
        <Paragraph>附件：{edition.attachments.map((a) => `${a.number}.${a.title}`).join('；')}</Paragraph>
        <Text className='notice__signature'>{doc.issuer}</Text>
        <Text className='notice__signature'>{doc.dateText}</Text>
        <Text className='notice__signature'>（{doc.disclosure}）</Text>
      </Card>
      <Card title={`附件1　${edition.attachments[0].title}`}>
        {edition.organisers.map((o) => (
          <Paragraph key={o.id}>
            <Text className='notice__point-title'>{o.number}、{o.name}。</Text>
            {o.activities.join('')}
          </Paragraph>
        ))}
      </Card>
      <Card title={`附件2　${edition.attachments[1].title}`}>
        <Paragraph>主题：{edition.slogans.theme}</Paragraph>
        {edition.slogans.items.map((s) => <Paragraph key={s.id}>{s.number}. {s.text}</Paragraph>)}
      </Card>
    </View>
  )
}
