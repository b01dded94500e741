export default definePageConfig({ navigationBarTitleText: '往届活动' })
