import { useMemo } from 'react'
import { View, Text, Button } from '@tarojs/components'
import { yearOf, type Edition } from '@/content'
import { Card, Paragraph } from '@/ui/Card'
import { Heading } from '@/ui/Heading'
import { KeepTogether } from '@/ui/NoWrap'
import { ariaLabel } from '@/ui/aria'
import { CopyButton } from './CopyButton'
import { NOTICE_TOP, noticeHeader, noticeOutline, paragraphText, type NoticeParagraph, type NoticeSection } from '@/content/outline'
import { openPage } from '@/platform/navigation'
import { pressable } from '@/ui/pressable'
import './notice.scss'

/** The way back to the search that opened the notice here (the 关于 tab closes the search page). */
export type BackToSearch = { query: string; onPress: () => void }

/** “▶ 您要找的段落” on a line of its own (never squeezed beside the text), with the way back to the search. */
function TargetFlag({ backToSearch }: { backToSearch?: BackToSearch }) {
  return (
    <View className='notice-para__flag-row'>
      <Text className='notice-para__flag'>▶ 您要找的段落</Text>
      {backToSearch ? (
        <Button className='notice-link hq-focus' {...pressable(backToSearch.onPress)} {...ariaLabel(`返回搜索“${backToSearch.query}”的结果`)}>
          ‹ 返回搜索结果
        </Button>
      ) : null}
    </View>
  )
}

function NoticePara({ p, target, backToSearch, year }: { p: NoticeParagraph; target: boolean; backToSearch?: BackToSearch; year: string }) {
  const organiserId = p.organiserId
  return (
    <View id={p.id} className={`notice-para${target ? ' notice-para--target' : ''}`}>
      {target ? <TargetFlag backToSearch={backToSearch} /> : null}
      <Paragraph className='notice-para__text'>
        {p.lead ? <Text className='notice__point-title'>{p.lead}</Text> : null}
        <KeepTogether text={p.text} />
      </Paragraph>
      {organiserId ? (
        <View className='notice-para__actions'>
          <Button className='notice-link hq-focus' {...pressable(() => openPage('organiser', { id: organiserId, edition: year }), 'link')} {...ariaLabel(`查看${p.label.replace(/^.*· /, '')}的活动`)}>
            查看该单位的活动
          </Button>
        </View>
      ) : null}
    </View>
  )
}

/** A section's text as printed, to copy at once: its heading, its paragraphs, and (closing) the signature. */
export function sectionText(s: NoticeSection, signature: readonly string[] = []): string {
  return [s.title ?? '', ...s.paragraphs.map(paragraphText), ...signature].filter((x) => x !== '').join('\n')
}

/**
 * The notice as a readable document: header, sections 一 to 三, the closing with contact,
 * attachment list and signature, then both attachments. Every section and paragraph carries
 * its anchor id (model.ts) so the table of contents and search results can scroll to it;
 * `target` marks the paragraph a search result opened; `backToSearch` offers the way back to it.
 */
export function NoticeDocument({ edition, target, backToSearch }: { edition: Edition; target?: string | null; backToSearch?: BackToSearch }) {
  const outline = useMemo(() => noticeOutline(edition), [edition])
  const header = noticeHeader(edition)
  const doc = edition.document
  return (
    <View className='notice'>
      <View id={NOTICE_TOP} className={`notice__header${target === NOTICE_TOP ? ' notice-para--target' : ''}`}>
        {target === NOTICE_TOP ? <TargetFlag backToSearch={backToSearch} /> : null}
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
          <Card>
            {/* One compact 复制 per section, beside its heading (not one under every paragraph). */}
            <View className='notice__section-head'>
              {s.title ? <Heading level={2} className='hq-card__title notice__section-title'>{s.title}</Heading> : <View className='notice__section-title' />}
              <CopyButton text={sectionText(s, s.id === 'closing' ? header.signature : [])} what={s.title ?? s.toc} idleLabel='复制本节' />
            </View>
            {s.paragraphs.map((p) => <NoticePara key={p.id} p={p} target={target === p.id} backToSearch={target === p.id ? backToSearch : undefined} year={yearOf(edition)} />)}
            {s.id === 'closing'
              ? header.signature.map((line) => <Text key={line} className='notice__signature'>{line}</Text>)
              : null}
          </Card>
        </View>
      ))}
    </View>
  )
}
