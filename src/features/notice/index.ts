export { NoticeDocument } from './NoticeDocument'
