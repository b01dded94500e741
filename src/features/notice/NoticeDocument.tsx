import { useMemo } from 'react'
import { View, Text, Button } from '@tarojs/components'
import { yearOf, type Edition } from '@/content'
import { Card, Paragraph } from '@/ui/Card'
import { Heading } from '@/ui/Heading'
import { ariaLabel } from '@/ui/aria'
import { CopyButton } from './CopyButton'
import { NOTICE_TOP, noticeHeader, noticeOutline, paragraphText, type NoticeParagraph } from '@/content/outline'
import { openPage } from '@/platform/navigation'
import { pressable } from '@/ui/pressable'
import './notice.scss'

/** Short paragraphs (a slogan, a contact line) keep their 复制 beside the text. */
const COMPACT_LENGTH = 40

function NoticePara({ p, target, year }: { p: NoticeParagraph; target: boolean; year: string }) {
  const full = paragraphText(p)
  const compact = full.length <= COMPACT_LENGTH && !p.organiserId
  const organiserId = p.organiserId
  return (
    <View
      id={p.id}
      className={`notice-para${compact ? ' notice-para--compact' : ''}${target ? ' notice-para--target' : ''}`}
    >
      {target ? <Text className='notice-para__flag'>▶ 您要找的段落</Text> : null}
      <Paragraph className='notice-para__text'>
        {p.lead ? <Text className='notice__point-title'>{p.lead}</Text> : null}
        {p.text}
      </Paragraph>
      {p.plain ? null : (
        <View className='notice-para__actions'>
          {organiserId ? (
            <Button className='notice-link hq-focus' {...pressable(() => openPage('organiser', { id: organiserId, edition: year }))} {...ariaLabel(`查看${p.label.replace(/^.*· /, '')}的活动`)}>
              查看该单位的活动
            </Button>
          ) : null}
          <CopyButton text={full} what={p.label} />
        </View>
      )}
    </View>
  )
}

/**
 * The notice as a readable document: header, sections 一 to 三, the closing with contact,
 * attachment list and signature, then both attachments. Every section and paragraph carries
 * its anchor id (model.ts) so the table of contents and search results can scroll to it;
 * `target` marks the paragraph a search result opened.
 */
export function NoticeDocument({ edition, target }: { edition: Edition; target?: string | null }) {
  const outline = useMemo(() => noticeOutline(edition), [edition])
  const header = noticeHeader(edition)
  const doc = edition.document
  return (
    <View className='notice'>
      <View id={NOTICE_TOP} className={`notice__header${target === NOTICE_TOP ? ' notice-para--target' : ''}`}>
        <Text className='notice__heading'>{header.heading}</Text>
        <Text className='notice__number'>{header.number}</Text>
        <Heading level={1} className='notice__title'>{header.title}</Heading>
        <View className='notice__meta'>
          <Text className='notice__meta-line'>发文机关：{doc.issuer}</Text>
          <Text className='notice__meta-line'>文号：{doc.number}</Text>
          <Text className='notice__meta-line'>日期：{doc.dateText}</Text>
          <Text className='notice__meta-line notice__disclosure'>{doc.disclosure}</Text>
        </View>
      </View>
      {outline.map((s) => (
        <View key={s.id} id={s.anchor} className='notice__section'>
          <Card title={s.title}>
            {s.paragraphs.map((p) => <NoticePara key={p.id} p={p} target={target === p.id} year={yearOf(edition)} />)}
            {s.id === 'closing'
              ? header.signature.map((line) => <Text key={line} className='notice__signature'>{line}</Text>)
              : null}
          </Card>
        </View>
      ))}
    </View>
  )
}
