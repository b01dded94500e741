export default definePageConfig({
  navigationBarTitleText: '质量知识问答',
  // A round's day can be sent to a chat (the friend gets the same questions) and to 朋友圈.
  enableShareAppMessage: true,
  enableShareTimeline: true
})
