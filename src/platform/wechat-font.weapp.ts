/** WeChat reports its font size (platform/font-scale.weapp.ts), so 跟随微信 is offered. */
export const CAN_FOLLOW_WECHAT = true
