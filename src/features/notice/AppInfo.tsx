import { View, Text } from '@tarojs/components'
import { SelectableText } from '@/ui/SelectableText'
import type { Edition } from '@/content'
import { Card, Paragraph } from '@/ui/Card'
import { Heading } from '@/ui/Heading'
import { NoWrap } from '@/ui/NoWrap'
import { CopyButton } from './CopyButton'
import { CONFIDENCE_LABEL } from '@/lib/sources'
import { UrlLink, copyUrl } from '@/platform/open-url'
import { publicSources, sourceRowAnchor } from './model'
import './notice.scss'
import './organiser.scss'

/**
 * 关于本程序: what the app is, where its data comes from, the bundle version, privacy.
 * `target`: a source entry's id to mark (the quiz opens its sources here).
 */
/** `updatesFrom`: the origin of signed content updates, in a build configured for them (the privacy card says so). */
export function AppInfo({ edition, target, updatesFrom }: { edition: Edition; target?: string; updatesFrom?: string }) {
  const doc = edition.document
  const sources = publicSources(edition)
  return (
    <View className='app-info'>
      <View className='organiser__header'>
        <Heading level={1} className='organiser__title'>关于本程序</Heading>
      </View>
      <Card title='这是什么'>
        <Paragraph>
          本程序把《{doc.title}》（{doc.number}）带到手机上：活动主题与口号、活动日历、投诉举报渠道、通知全文与主办单位，并可搜索其中的内容。
        </Paragraph>
      </Card>
      <Card title='数据从哪里来'>
        <Paragraph>
          活动的全部内容来自这份通知：{doc.issuer}，{doc.number}，<NoWrap>{doc.dateText}</NoWrap>印发，{doc.disclosure}。通知全文见“关于”页。
        </Paragraph>
        <Paragraph>
          通知没有写明的事实（例如全国活动的日期、投诉渠道的说明），只取自下列公开来源，并注明可信度；没有找到来源的日期，程序不作推测：活动期间显示“具体安排以主办单位通知为准”，那个月过去后显示“具体日期未公布”。
        </Paragraph>
        {sources.length === 0 ? <Paragraph>本内容包没有引用通知以外的来源。</Paragraph> : null}
        {sources.map((s) => (
          <View
            key={`${s.id ?? ''}|${s.publisher}|${s.title}|${s.url ?? ''}`}
            id={s.id ? sourceRowAnchor(s.id) : undefined}
            className={`source-row${s.id && s.id === target ? ' notice-para--target' : ''}`}
          >
            {s.id && s.id === target ? <Text className='notice-para__flag'>▶ 您要找的来源</Text> : null}
            <Text className='source-row__publisher'>{s.publisher}</Text>
            <SelectableText className='source-row__title'>{s.title}</SelectableText>
            {s.url ? (
              <View className='source-row__url'>
                <UrlLink className='source-row__link' url={s.url} what={`${s.publisher}《${s.title}》`} />
                <CopyButton text={s.url} what={`${s.publisher}的网址`} copier={copyUrl} />
              </View>
            ) : <Text className='source-row__nourl'>（无网址）</Text>}
            {s.excerpts?.map((x) => <SelectableText key={x} className='source-row__use'>原文摘录：“{x}”</SelectableText>)}
            {s.uses.map((u) => (
              <Text key={`${u.fact}|${u.confidence}`} className='source-row__use'>
                用于{u.fact}；可信度：{CONFIDENCE_LABEL[u.confidence]}
              </Text>
            ))}
          </View>
        ))}
      </Card>
      <Card title='内容版本'>
        <Paragraph>内容包版本：{edition.bundleVersion}</Paragraph>
      </Card>
      <Card title='隐私'>
        {updatesFrom
          ? <Paragraph>本程序不收集任何个人信息，不向任何地方发送数据；唯一的网络请求是从 {updatesFrom} 下载经签名核验的内容更新（见“内容更新”），请求中不含您的任何信息。</Paragraph>
          : <Paragraph>本程序不收集任何个人信息，不发出任何网络请求，不向任何地方发送数据。</Paragraph>}
        <Paragraph>本机保存的内容（例如关注的活动、尚未提交的投诉草稿）只保存在这台手机上，不会上传。</Paragraph>
        <Paragraph>您输入的内容只有在您自己操作（复制、拨打电话、分享）时才会离开手机。搜索只在手机上进行。</Paragraph>
      </Card>
    </View>
  )
}
