/**
 * Chat-card pictures where there is no WeChat chat (jest, the type checker; the H5 build
 * uses share-card.h5.ts): the share is its title and path, without a picture.
 * share-card.weapp.ts draws the 5:4 picture on the phone.
 */
import type { ShareCardPlatform } from './share-card-types'

export const prepareShareCard: ShareCardPlatform['prepareShareCard'] = () => undefined
export const shareMessage: ShareCardPlatform['shareMessage'] = (base) => ({ ...base })
