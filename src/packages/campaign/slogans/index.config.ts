export default definePageConfig({
  navigationBarTitleText: '活动口号',
  // Each slogan can be sent to a chat (button open-type="share") and the page to 朋友圈.
  enableShareAppMessage: true,
  enableShareTimeline: true
})
