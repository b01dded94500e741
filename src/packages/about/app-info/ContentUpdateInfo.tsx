import { yearOf, type Edition } from '@/content'
import { chinaDateTime } from '@/lib/clock'
import { editionOrigin, type StoredUpdates } from '@/lib/content-updates'
import { Card, Paragraph } from '@/ui/Card'

/** A stored ISO time as a China (UTC+8) time: 2021-09-12 09:00 (as stored when it is not a time). */
function chinaTime(iso: string): string {
  const t = Date.parse(iso)
  return Number.isNaN(t) ? iso : chinaDateTime(t)
}

/**
 * 关于本程序's diagnostics of signed content updates (docs/content-updates.md): where the shown
 * edition comes from (内置 / 已更新), when it was verified, and the last updates not used, with
 * why. `info`: platform/content-update's readContentUpdates(), null in a build without update
 * settings (then nothing is shown).
 */
export function ContentUpdateInfo({ edition, info }: { edition: Edition; info: { origin: string; stored: StoredUpdates } | null }) {
  if (!info) return null
  const origin = editionOrigin(info.stored, yearOf(edition), edition.bundleVersion)
  const { checkedAt, rejections } = info.stored
  return (
    <Card title='内容更新'>
      <Paragraph>内容版本：{edition.bundleVersion}；来源：{origin.updated ? '已更新' : '内置'}</Paragraph>
      {origin.updated ? <Paragraph>核验时间：{chinaTime(origin.verifiedAt)}（北京时间）</Paragraph> : null}
      <Paragraph>本程序会从 {info.origin} 下载经签名核验的内容更新，只下载，不发送您的任何信息。</Paragraph>
      {checkedAt ? <Paragraph>上次检查：{chinaTime(checkedAt)}</Paragraph> : null}
      {rejections.length > 0 ? <Paragraph>最近未采用的更新：</Paragraph> : null}
      {rejections.map((r, i) => (
        <Paragraph key={i} className='content-update__rejection'>{chinaTime(r.at)} {r.line}</Paragraph>
      ))}
    </Card>
  )
}
