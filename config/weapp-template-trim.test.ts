/**
 * @jest-environment node
 */
// eslint-disable-next-line @typescript-eslint/no-var-requires, import/no-commonjs
const { trimTemplates, sourceCode } = require('./weapp-template-trim') as {
  trimTemplates: (wxml: string, code: string) => { wxml: string, dropped: string[] }
  sourceCode: () => string
}

// Lines as Taro 4.2.1 writes them into base.wxml (tmpl_0_8: a View with events; 14: Button).
const VIEW = `<template name="tmpl_0_8">
  <view hover-class="{{i.p1||'none'}}" hover-stay-time="{{xs.b(i.p3,400)}}" bindtouchstart="eh" bindlongpress="eh" aria-label="{{i.p5}}" style="{{i.st}}" class="{{i.cl}}" bindtap="eh"  id="{{i.uid||i.sid}}" data-sid="{{i.sid}}">
    <template is="{{xs.a(c, item.nn, l)}}" data="{{i:item,c:c+1,l:xs.f(l,item.nn)}}" wx:for="{{i.cn}}" wx:key="sid" />
  </view>
</template>`
const BUTTON = `<template name="tmpl_0_14">
  <button open-type="{{i.p11}}" session-from="{{i.p16}}" bindagreeprivacyauthorization="eh" bindgetphonenumber="eh" style="{{i.st}}" class="{{i.cl}}" bindtap="eh"  id="{{i.uid||i.sid}}" data-sid="{{i.sid}}">
  </button>
</template>`

test('an attribute whose prop no code names is deleted; Taro\'s plumbing, the tap and aria-* stay', () => {
  const { wxml, dropped } = trimTemplates(VIEW, 'export const x = <View onClick={f} />')
  expect(dropped).toEqual(['view bindlongpress', 'view bindtouchstart', 'view hover-class', 'view hover-stay-time'])
  expect(wxml).toContain('<view aria-label="{{i.p5}}" style="{{i.st}}" class="{{i.cl}}" bindtap="eh"  id="{{i.uid||i.sid}}" data-sid="{{i.sid}}">')
  // The children's loop is not a component tag: untouched.
  expect(wxml).toContain('<template is="{{xs.a(c, item.nn, l)}}" data="{{i:item,c:c+1,l:xs.f(l,item.nn)}}" wx:for="{{i.cn}}" wx:key="sid" />')
})

test('a prop the code names keeps its attribute: hoverClass → hover-class, onLongPress → bindlongpress (any case)', () => {
  const { wxml, dropped } = trimTemplates(VIEW, '<View hoverClass="x" onLongpress={f} />')
  expect(wxml).toContain('hover-class="{{i.p1||\'none\'}}"')
  expect(wxml).toContain('bindlongpress="eh"')
  expect(dropped).toEqual(['view bindtouchstart', 'view hover-stay-time'])
})

test('this app\'s own code keeps what it uses: the privacy button\'s open-type and agree event, not the phone-number event', () => {
  const { wxml, dropped } = trimTemplates(BUTTON, sourceCode())
  expect(wxml).toContain('open-type="{{i.p11}}"')
  expect(wxml).toContain('bindagreeprivacyauthorization="eh"')
  expect(dropped).toEqual(['button bindgetphonenumber', 'button session-from'])
})
