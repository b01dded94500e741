import Taro from '@tarojs/taro'

/**
 * Opens the phone's dialler with the number filled in (the user confirms the call).
 * weapp: wx.makePhoneCall; H5: Taro opens a tel: link. Resolves false when the user
 * cancels or the device cannot call.
 */
export async function callPhone(phoneNumber: string): Promise<boolean> {
  try {
    await Taro.makePhoneCall({ phoneNumber })
    return true
  } catch {
    return false
  }
}
