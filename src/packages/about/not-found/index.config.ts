export default definePageConfig({ navigationBarTitleText: '找不到页面' })
