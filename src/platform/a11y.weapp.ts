/** weapp: nothing to do (the WeChat client owns page scrolling). */
export function installPageA11y(): void {}
