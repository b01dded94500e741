export default definePageConfig({ navigationBarTitleText: '投诉举报草稿' })
