export default definePageConfig({ navigationBarTitleText: '主办单位' })
