/** H5: no WeChat chat cards on the web (a page is shared by copying its link). */
import type { ShareCardPlatform } from './share-card.shared'

export const prepareShareCard: ShareCardPlatform['prepareShareCard'] = () => undefined
export const shareMessage: ShareCardPlatform['shareMessage'] = (base) => ({ ...base })
