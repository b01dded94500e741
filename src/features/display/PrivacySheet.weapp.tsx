import { useEffect, useSyncExternalStore } from 'react'
import { Button, Text, View } from '@tarojs/components'
import {
  agreePrivacy, disagreePrivacy, getPrivacyRequest, openPrivacyGuide, PRIVACY_AGREE_BUTTON_ID,
  reportPrivacySheetShown, subscribePrivacyRequest
} from '@/platform/privacy'
import { Heading } from '@/ui/Heading'
import { aria } from '@/ui/aria'
import '../../ui/ui.scss'
import './privacy-sheet.scss'

/** What each privacy API is for in this app (the referrer WeChat names). */
const PURPOSE: Record<string, string> = {
  setClipboardData: '把您选中的文字（例如网址、口号、您自己写的草稿）复制到剪贴板。本程序只写入剪贴板，从不读取',
  addPhoneCalendar: '把这项活动写入手机日历（只写入，不读取您的日历）',
  saveImageToPhotosAlbum: '把海报保存到手机相册（只保存这一张图片，不读取相册）',
  showShareImageMenu: '打开微信的图片菜单，把海报发给朋友、分享或保存'
}
const DEFAULT_PURPOSE = '完成您刚才点的操作'

/**
 * Our privacy consent sheet (weapp; on H5 no request ever comes, so it never shows). WeChat
 * holds the privacy API the user just triggered until they agree or refuse here (see
 * platform/privacy.weapp.ts; from base library 3.4.2 the calendar and album ask inside their
 * own dialog instead, and this sheet does not appear for them). It says what the API is for, that nothing leaves the phone, and
 * links to the full guide.
 */
export function PrivacySheet() {
  const request = useSyncExternalStore(subscribePrivacyRequest, getPrivacyRequest, getPrivacyRequest)
  useEffect(() => {
    if (request) reportPrivacySheetShown()
  }, [request])
  if (!request) return null
  const purpose = PURPOSE[request.referrer] ?? DEFAULT_PURPOSE
  return (
    <View className='privacy-sheet' {...aria({ role: 'dialog', 'aria-modal': 'true', 'aria-label': '需要您同意隐私保护指引' })}>
      <View className='privacy-sheet__panel'>
        <Heading level={2} className='privacy-sheet__title'>需要您同意隐私保护指引</Heading>
        <Text className='privacy-sheet__text'>您刚才的操作需要微信的一项隐私相关功能：{purpose}。</Text>
        <Text className='privacy-sheet__text'>
          本程序不收集任何个人信息，不联网，不向任何地方发送内容；您的内容只留在这台手机上。
        </Text>
        <Button className='privacy-sheet__link' onClick={() => void openPrivacyGuide()}>查看《用户隐私保护指引》全文</Button>
        <View className='privacy-sheet__actions'>
          <Button
            className='hq-button'
            id={PRIVACY_AGREE_BUTTON_ID}
            openType='agreePrivacyAuthorization'
            onAgreePrivacyAuthorization={() => agreePrivacy(PRIVACY_AGREE_BUTTON_ID)}
          >
            同意并继续
          </Button>
          <Button className='hq-button hq-button--secondary' onClick={() => disagreePrivacy()}>不同意</Button>
        </View>
      </View>
    </View>
  )
}
