export { DisplayRoot } from './DisplayRoot'
export { TextSizeSetting } from './TextSizeSetting'
export { displayScale, type TextMode } from './model'
