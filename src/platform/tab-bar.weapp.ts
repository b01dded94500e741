/** weapp: WeChat draws the tab bar itself (app.config.ts `tabBar`); nothing to install (H5: tab-bar.h5.ts). */
export function installTabBar(): void {}
