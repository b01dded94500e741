/** A web page is told nothing of the user's font size: no 跟随微信 (a stored one is 标准字). */
export const CAN_FOLLOW_WECHAT = false
