export { NoticeDocument } from './NoticeDocument'
export { NoticeToc } from './NoticeToc'
export { OrganiserDetail, OrganiserList } from './OrganiserDetail'
export { AppInfo } from './AppInfo'
export { CopyButton } from './CopyButton'
export { useNoticeTarget } from './use-notice-target'
export { openEvent, openOrganiser, openNoticeAt, openAppInfo } from './links'
export {
  noticeOutline, noticeHeader, paragraphText, hasAnchor, lookupOrganiser, eventCounts, publicSources,
  organiserAnchor, sloganAnchor, sectionAnchor, NOTICE_TOP, CONFIDENCE_LABEL,
  type NoticeSection, type NoticeParagraph, type NoticeSectionId, type SourceRow
} from './model'
