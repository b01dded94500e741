/** weapp: WeChat draws the title bar and its back / home buttons itself. */
export function installNavigationBar(): void {}
