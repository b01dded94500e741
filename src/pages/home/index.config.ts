export default definePageConfig({ navigationBarTitleText: '海南质量月' })
