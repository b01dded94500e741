import { View } from '@tarojs/components'
import { useEffect, useMemo, type PropsWithChildren } from 'react'
import { scaleAppChrome, schemeAppChrome } from '@/platform/app-chrome'
import { systemFontScale } from '@/platform/font-scale'
import { PrivacySheet } from './PrivacySheet'
import { appearanceClass, displayScale, scaleStyle } from './model'
import { useDisplayStore } from './store'

const SYSTEM_FACTOR = systemFontScale()

/**
 * Wraps a page: sets the scale custom properties the design tokens read (`hq-display`
 * declares the scaled sizes from them: app.scss, styles/tokens.scss), so the whole
 * page follows the large-text mode (and, in auto, the user's WeChat font size). Every page
 * also carries the privacy consent sheet (weapp only ever shows it, when a privacy API the
 * user triggered waits for consent), so no page that copies, adds to the calendar or saves
 * an image can be without it. The app's own bars (H5: Taro's title bar and tab bar, outside
 * the pages) follow the same scale (platform/app-chrome). So does the 浅色 / 深色 choice: a class
 * here declares that scheme's colours for the page (app.scss); with 跟随系统, none.
 */
export function DisplayRoot({ children, className }: PropsWithChildren<{ className?: string }>) {
  const mode = useDisplayStore((s) => s.mode)
  const scale = useMemo(() => displayScale(mode, SYSTEM_FACTOR), [mode])
  useEffect(() => scaleAppChrome(scale), [scale])
  const appearance = useDisplayStore((s) => s.appearance)
  useEffect(() => schemeAppChrome(appearance), [appearance])
  return (
    <View className={`hq-display${className ? ` ${className}` : ''}${scale.large ? ' hq-large' : ''}${appearanceClass(appearance)}`} style={scaleStyle(scale)} data-text-scale={scale.fontScale}>
      {children}
      <PrivacySheet />
    </View>
  )
}
