/**
 * The complaint-draft helper as a user meets it: errors beside the fields, the draft saved
 * as they type and restored, a failing storage shown without losing what is on screen,
 * 清空 after confirming, and the composed text copied.
 */
import { render, screen, fireEvent, act } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { edition } from '@/content/newest'
import { DraftForm } from './DraftForm'
import { EMPTY_DRAFT, type Draft } from './model'
import { EARLIEST_DATE } from './draft-form'
import { AUTOSAVE_MS, DRAFT_KEY, DRAFT_VERSION, useDraftStore } from './store'

// WeChat's confirmation (wx.showModal), app hide, clipboard (with its privacy refusals) and
// 12315 mini-program: the weapp variants, where jest resolves the H5 ones
// (docs/platform-files.md). Scrolling and focus are the H5 build's.
jest.mock('@/platform/dialog', () => jest.requireActual('@/platform/dialog.weapp'))
jest.mock('@/platform/lifecycle', () => jest.requireActual('@/platform/lifecycle.weapp'))
jest.mock('@/platform/clipboard', () => jest.requireActual('@/platform/clipboard.weapp'))
jest.mock('@/platform/miniprogram', () => jest.requireActual('@/platform/miniprogram.weapp'))

let mockHide: (() => void) | undefined
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return {
    __esModule: true,
    ...actual,
    default: actual.default,
    useDidHide: (fn: () => void) => {
      mockHide = fn
    }
  }
})

const TODAY = '2021-09-14'
/** Lets `ms` pass on the fake clock (the autosave debounce, Taro's asynchronous H5 rendering). */
const wait = (ms: number) => act(async () => { await jest.advanceTimersByTimeAsync(ms) })

const filled: Draft = {
  kind: 'complaint',
  businessName: '某某超市',
  businessAddress: '海口市龙华区某某路1号',
  what: '9月12日买的牛奶，打开发现已经变质，找店员要求退货被拒绝。',
  date: '2021-09-12',
  amount: '36.5',
  claim: '退货并退还货款',
  evidence: ['receipt'],
  name: '',
  address: '',
  phone: ''
}

const stored = () => (Taro.getStorageSync(DRAFT_KEY) as { state: { draft: Draft } } | '')
const storedDraft = () => {
  const s = stored()
  return s ? s.state.draft : undefined
}

/** Puts a value in storage and reads it as a restarted app would. */
async function restart(value: unknown) {
  Taro.setStorageSync(DRAFT_KEY, value)
  await useDraftStore.persist.rehydrate()
}

async function renderForm(props: Partial<Parameters<typeof DraftForm>[0]> = {}) {
  const r = render(<DraftForm edition={edition} today={TODAY} {...props} />)
  await wait(20) // Taro's Textarea (a Stencil component on H5) renders asynchronously
  return r
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement
const type = (label: string, value: string) => fireEvent.input(input(label), { target: { value } })
const errorOf = (field: string) => screen.getByTestId(`field-${field}`).querySelector('.draft__error')?.textContent ?? null
/** What screen readers were last told (platform/a11y's live region, H5). */
const announced = () => document.getElementById('hq-announcer')?.textContent ?? ''
/** What 清空 did, as shown under its button. */
const clearedLine = () => document.getElementById('draft-cleared')?.textContent ?? ''
/** True when `el` comes after `before` in the page's order. */
const follows = (el: Element, before: Element) => Boolean(before.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)

let clipboard: jest.SpyInstance
let modal: jest.SpyInstance
beforeEach(() => {
  jest.useFakeTimers()
  useDraftStore.setState({ draft: EMPTY_DRAFT, savedAt: null })
  localStorage.clear()
  mockHide = undefined
  clipboard = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ data: '', errMsg: 'setClipboardData:ok' })
  modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
})
afterEach(async () => {
  // Run what is still queued (Taro's H5 components render on the next frame), or the next
  // test would find the renderer waiting for a frame that never comes.
  await act(async () => { await jest.runOnlyPendingTimersAsync() })
  jest.useRealTimers()
  jest.restoreAllMocks()
  document.getElementById('hq-announcer')?.remove()
})

describe('the type', () => {
  it('is a radio group: one Tab stop, the arrow keys switch between 投诉 and 举报', async () => {
    await renderForm()
    const group = screen.getByRole('radiogroup', { name: '类型' })
    const radios = Array.from(group.querySelectorAll('[role="radio"]'))
    expect(radios.map((r) => r.getAttribute('tabindex'))).toEqual(['0', '-1'])
    fireEvent.keyDown(radios[0], { key: 'ArrowDown' })
    await wait(0)
    expect(radios[1].getAttribute('aria-checked')).toBe('true')
    expect(document.activeElement).toBe(radios[1])
    expect(screen.getByTestId('field-what')).toHaveTextContent('违法行为')
  })
})

describe('errors beside each field', () => {
  it('生成 on an empty complaint lists what is missing, beside each field and in a summary, and copies nothing', async () => {
    await renderForm()
    expect(errorOf('businessName')).toBeNull() // nothing shown before the user tries
    fireEvent.click(screen.getByText('生成文本并复制'))
    await wait(0)
    expect(errorOf('businessName')).toBe('！请填写商家名称')
    expect(errorOf('businessAddress')).toBe('！请填写商家地址')
    expect(errorOf('what')).toBe('！请写下事情经过')
    expect(errorOf('date')).toBe('！请选择发生日期')
    expect(errorOf('claim')).toBe('！请写下您的请求')
    expect(errorOf('phone')).toBeNull()
    expect(screen.getByRole('alert')).toHaveTextContent('还有5处需要修改：商家名称、商家地址、发生了什么、发生日期、您的请求')
    expect(input('商家名称')).toHaveAttribute('aria-invalid', 'true')
    expect(input('商家名称')).toHaveAttribute('aria-describedby', 'hint-businessName err-businessName')
    expect(clipboard).not.toHaveBeenCalled()
  })

  it('the summary takes the focus, and its link leads to the first wrong field', async () => {
    await restart({ state: { draft: { ...filled, businessAddress: '', claim: '' }, savedAt: 1 }, version: DRAFT_VERSION })
    await renderForm()
    fireEvent.click(screen.getByText('生成文本并复制'))
    await wait(0)
    const summary = screen.getByRole('alert')
    expect(summary).toHaveTextContent('还有2处需要修改：商家地址、您的请求')
    expect(document.activeElement).toBe(summary) // a screen reader reads it, Tab goes on from it
    const link = screen.getByRole('link', { name: '转到第一处：商家地址' })
    fireEvent.click(link)
    expect(document.activeElement).toBe(input('商家地址'))
  })

  it('hints sit under the label, whole, not as placeholders cut off by the box', async () => {
    await renderForm()
    expect(screen.getByText('例如：某市某区某路某号；网店写店铺名和平台')).toBeInTheDocument()
    expect(input('商家地址')).not.toHaveAttribute('placeholder')
    expect(screen.getByTestId('field-what').querySelector('textarea')?.getAttribute('placeholder') ?? '').toBe('')
    expect(screen.getByTestId('field-address')).toHaveTextContent('您的地址（可不填）')
  })

  it('a report needs fewer fields (no date, no request)', async () => {
    await renderForm()
    fireEvent.click(screen.getByText(/^举报/))
    fireEvent.click(screen.getByText('生成文本并复制'))
    await wait(0)
    expect(screen.getByRole('alert')).toHaveTextContent('还有3处需要修改：商家名称、商家地址、违法行为')
    expect(errorOf('date')).toBeNull()
  })

  it('a wrong phone number is flagged once the field is left, and cleared when fixed', async () => {
    await renderForm()
    type('您的电话', '1380013800')
    expect(errorOf('phone')).toBeNull()
    fireEvent.blur(input('您的电话'))
    await wait(0)
    expect(errorOf('phone')).toMatch(/11位手机号，或带区号的座机号/)
    type('您的电话', '0898-65396470')
    expect(errorOf('phone')).toBeNull()
  })

  it('too long a business name names the count', async () => {
    await renderForm()
    type('商家名称', '店'.repeat(55))
    fireEvent.blur(input('商家名称'))
    await wait(0)
    expect(errorOf('businessName')).toBe('！商家名称最多50字，现在55字')
  })

  it('a negative amount is refused', async () => {
    await renderForm()
    type('涉及金额（元）', '-3')
    fireEvent.blur(input('涉及金额（元）'))
    await wait(0)
    expect(errorOf('amount')).toBe('！金额不能小于0')
  })

  it('tabbing past an untouched empty field shows nothing; a field the user changed shows its error once left', async () => {
    await renderForm()
    fireEvent.focus(input('商家名称'))
    fireEvent.blur(input('商家名称'))
    fireEvent.blur(input('发生日期'))
    await wait(0)
    expect(errorOf('businessName')).toBeNull()
    expect(errorOf('date')).toBeNull()
    expect(screen.queryByText(/^！/)).toBeNull()
    type('商家名称', '某')
    type('商家名称', '')
    await wait(0)
    expect(errorOf('businessName')).toBeNull() // not while typing
    fireEvent.blur(input('商家名称'))
    await wait(0)
    expect(errorOf('businessName')).toBe('！请填写商家名称')
    expect(errorOf('businessAddress')).toBeNull()
  })

  it('takes the date in a labelled date field (the browser’s own, usable from the keyboard) that ends today', async () => {
    const { container } = await renderForm()
    expect(container.querySelector('taro-picker-core, [class*="taro-picker"]')).toBeNull() // no Taro Picker (Stencil or HTML)
    const date = input('发生日期')
    expect(date.type).toBe('date')
    expect(date.max).toBe(TODAY)
    expect(date.min).toBe(EARLIEST_DATE)
    type('发生日期', '2021-09-12')
    await wait(0)
    expect(date.value).toBe('2021-09-12')
    expect(errorOf('date')).toBeNull()
    fireEvent.click(screen.getByText('生成文本并复制'))
    await wait(0)
    expect(errorOf('date')).toBeNull()
    expect(errorOf('businessName')).toBe('！请填写商家名称')
  })
})

describe('the phone field', () => {
  it('opens the phone keypad (H5: type, inputmode and autocomplete tel) and takes a landline without "-"', async () => {
    await renderForm()
    const phone = input('您的电话')
    expect(phone).toHaveAttribute('type', 'tel')
    expect(phone).toHaveAttribute('inputmode', 'tel')
    expect(phone).toHaveAttribute('autocomplete', 'tel')
    expect(input('涉及金额（元）')).toHaveAttribute('type', 'number') // the amount keeps its digits and point
    expect(input('商家名称')).toHaveAttribute('type', 'text')
    expect(screen.getByTestId('field-phone')).toHaveTextContent('座机要带区号，“-”可不填')
    type('您的电话', '089812345678')
    fireEvent.blur(input('您的电话'))
    await wait(0)
    expect(errorOf('phone')).toBeNull()
  })
})

describe('saving and restoring', () => {
  it('saves as the user types, after a pause, and shows that it did', async () => {
    await renderForm()
    type('商家名称', '某某超')
    type('商家名称', '某某超市')
    expect(storedDraft()).toBeUndefined()
    expect(screen.getByText('正在保存…')).toBeInTheDocument()
    await wait(AUTOSAVE_MS + 100)
    expect(storedDraft()?.businessName).toBe('某某超市')
    expect(stored()).toMatchObject({ version: DRAFT_VERSION })
    expect(screen.getByText('已自动保存在本机')).toBeInTheDocument()
  })

  it('saves at once when the page hides, and when it unloads', async () => {
    const { unmount } = await renderForm()
    type('商家名称', '某某超市')
    act(() => mockHide?.())
    expect(storedDraft()?.businessName).toBe('某某超市')
    type('商家地址', '海口市')
    unmount()
    expect(storedDraft()?.businessAddress).toBe('海口市')
  })

  it('saves at once when the app goes to the background', async () => {
    let leave: (() => void) | undefined
    jest.spyOn(Taro, 'onAppHide').mockImplementation((cb) => {
      leave = cb as () => void
    })
    await renderForm()
    type('商家名称', '某某超市')
    act(() => leave?.())
    expect(storedDraft()?.businessName).toBe('某某超市')
  })

  it('comes back after restarting the app', async () => {
    await restart({ state: { draft: filled, savedAt: 1631600000000 }, version: DRAFT_VERSION })
    await renderForm()
    expect(input('商家名称').value).toBe('某某超市')
    expect(input('涉及金额（元）').value).toBe('36.5')
    expect(input('发生日期').value).toBe('2021-09-12')
    expect(screen.getByRole('checkbox', { name: /发票、收据或购物小票/ })).toHaveAttribute('aria-checked', 'true')
    expect(screen.getByText('已自动保存在本机')).toBeInTheDocument()
  })

  it('a corrupt saved draft keeps its valid fields, and restored problems show at once', async () => {
    await restart({ state: { draft: { ...filled, kind: 'refund', date: '2021-02-30', evidence: 'all', phone: '12345', what: 42 }, savedAt: 'x' }, version: DRAFT_VERSION })
    await renderForm()
    expect(input('商家名称').value).toBe('某某超市')
    expect(input('发生了什么').value).toBe('')
    expect(screen.getByRole('radio', { name: /投诉/ })).toHaveAttribute('aria-checked', 'true')
    expect(errorOf('phone')).toMatch(/11位手机号/) // kept as typed, flagged
  })

  it('a restored date in the future (the clock moved) is shown with its error', async () => {
    await restart({ state: { draft: { ...filled, date: '2021-09-20' }, savedAt: 1 }, version: DRAFT_VERSION })
    await renderForm()
    expect(errorOf('date')).toBe('！日期不能晚于今天（2021年9月14日）')
  })

  it('a kind parameter applies only to a blank draft', async () => {
    const blank = await renderForm({ initialKind: 'report' })
    expect(screen.getByRole('radio', { name: /举报/ })).toHaveAttribute('aria-checked', 'true')
    blank.unmount()
    await restart({ state: { draft: filled, savedAt: 1 }, version: DRAFT_VERSION })
    await renderForm({ initialKind: 'report' })
    expect(screen.getByRole('radio', { name: /投诉/ })).toHaveAttribute('aria-checked', 'true')
  })
})

describe('a storage failure', () => {
  it('is shown, and what is on screen stays', async () => {
    await renderForm()
    const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError')
    })
    type('商家名称', '某某超市')
    await wait(AUTOSAVE_MS + 100)
    expect(screen.getByRole('alert')).toHaveTextContent(/没能保存到手机（.*QuotaExceededError.*）。页面上的内容还在/)
    expect(input('商家名称').value).toBe('某某超市')
    type('商家地址', '海口市')
    await wait(AUTOSAVE_MS + 100)
    expect(input('商家地址').value).toBe('海口市')
    // Storage works again: the message goes, the draft is saved.
    setItem.mockRestore()
    type('商家地址', '海口市龙华区')
    await wait(AUTOSAVE_MS + 100)
    expect(screen.queryByRole('alert')).toBeNull()
    expect(storedDraft()?.businessAddress).toBe('海口市龙华区')
  })
})

describe('a storage failure: the truth, and a retry', () => {
  it('再试保存 saves what is on screen once storage works again', async () => {
    await renderForm()
    const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError')
    })
    type('商家名称', '某某超市')
    await wait(AUTOSAVE_MS + 100)
    expect(screen.getByRole('alert')).toHaveTextContent('还没有存到手机上：离开本页或关闭小程序后会丢失')
    fireEvent.click(screen.getByText('再试保存'))
    await wait(0)
    expect(screen.getByRole('alert')).toBeInTheDocument() // still failing: still said
    setItem.mockRestore()
    fireEvent.click(screen.getByText('再试保存'))
    await wait(0)
    expect(screen.queryByRole('alert')).toBeNull()
    expect(storedDraft()?.businessName).toBe('某某超市')
  })

  it('清空 while storage refuses: the screen empties, the banner says the old draft is still on the phone; 再试删除 removes it', async () => {
    await restart({ state: { draft: filled, savedAt: 1 }, version: DRAFT_VERSION })
    await renderForm()
    const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => { throw new Error('QuotaExceededError') })
    const removeItem = jest.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => { throw new Error('SecurityError') })
    fireEvent.click(screen.getByText('清空'))
    await wait(20)
    expect(input('商家名称').value).toBe('')
    // Said under 清空 (with its retry) and to screen readers; the top of the form never says "saved".
    expect(clearedLine()).toContain('页面已清空，但没能从手机上删除之前保存的草稿')
    expect(clearedLine()).not.toContain('不会丢失')
    expect(announced()).toContain('页面已清空，但没能从手机上删除之前保存的草稿')
    expect(screen.getByText('！之前保存的草稿还没能从手机上删除：请到页面下方“清空”旁点“再试删除”。')).toBeInTheDocument()
    expect(storedDraft()?.businessName).toBe('某某超市') // the truth: it is still there
    fireEvent.click(screen.getByText('再试删除'))
    await wait(0)
    expect(clearedLine()).toContain('没能从手机上删除')
    setItem.mockRestore()
    removeItem.mockRestore()
    fireEvent.click(screen.getByText('再试删除'))
    await wait(0)
    expect(clearedLine()).toBe('已清空：草稿已从这台手机上删除。')
    expect(announced()).toBe('已清空：草稿已从这台手机上删除。')
    expect(screen.queryByText('再试删除')).toBeNull()
    expect(stored()).toBe('')
    // A reload finds nothing.
    await useDraftStore.persist.rehydrate()
    expect(useDraftStore.getState().draft).toEqual(EMPTY_DRAFT)
  })
})

describe('a failed erase, then typing while storage still refuses', () => {
  it('the top of the form never says "saved": it points to 再试删除 under 清空', async () => {
    await restart({ state: { draft: filled, savedAt: 1 }, version: DRAFT_VERSION })
    await renderForm()
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => { throw new Error('QuotaExceededError') })
    jest.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => { throw new Error('SecurityError') })
    fireEvent.click(screen.getByText('清空'))
    await wait(20)
    type('商家名称', '新的商家')
    await wait(AUTOSAVE_MS + 100)
    expect(input('商家名称').value).toBe('新的商家')
    expect(screen.queryByText('已自动保存在本机')).toBeNull()
    expect(screen.getByText(/之前保存的草稿还没能从手机上删除/)).toBeInTheDocument()
    expect(screen.getByText('再试删除')).toBeInTheDocument()
  })
})

describe('清空', () => {
  it('asks first; 保留 keeps everything', async () => {
    await restart({ state: { draft: filled, savedAt: 1 }, version: DRAFT_VERSION })
    await renderForm()
    modal.mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    fireEvent.click(screen.getByText('清空'))
    await wait(0)
    expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '清空草稿？', confirmText: '清空', cancelText: '保留' }))
    expect(input('商家名称').value).toBe('某某超市')
    expect(storedDraft()?.businessName).toBe('某某超市')
  })

  it('on a form never typed in, then typing: the first change is saved after the pause', async () => {
    await renderForm()
    fireEvent.click(screen.getByText('清空'))
    await wait(20)
    expect(clearedLine()).toBe('已清空：草稿已从这台手机上删除。')
    type('商家名称', '某某超市')
    await wait(AUTOSAVE_MS + 100)
    expect(storedDraft()?.businessName).toBe('某某超市')
    expect(screen.getByText('已自动保存在本机')).toBeInTheDocument()
  })

  it('confirmed, empties the form and the saved draft', async () => {
    await restart({ state: { draft: filled, savedAt: 1 }, version: DRAFT_VERSION })
    await renderForm()
    fireEvent.click(screen.getByText('清空'))
    await wait(20)
    // The destructive choice is red, not WeChat's default green.
    expect(modal).toHaveBeenCalledWith(expect.objectContaining({ confirmText: '清空', confirmColor: '#b3261e' }))
    expect(input('商家名称').value).toBe('')
    expect(stored()).toBe('') // the key is gone, not just emptied
    await wait(AUTOSAVE_MS + 100)
    expect(storedDraft() ?? EMPTY_DRAFT).toEqual(EMPTY_DRAFT)
  })

  it('says what it did under its button, brings that into view and tells screen readers', async () => {
    await restart({ state: { draft: filled, savedAt: 1 }, version: DRAFT_VERSION })
    await renderForm()
    const scrolled: Element[] = []
    const jsdomOwn = Element.prototype.scrollIntoView // jsdom has none
    Element.prototype.scrollIntoView = jest.fn(function (this: Element) { scrolled.push(this) })
    try {
      fireEvent.click(screen.getByText('清空'))
      await wait(20)
      const line = screen.getByText('已清空：草稿已从这台手机上删除。', { selector: '.draft__saved' })
      // Right under 清空, where the user is (the form's top, where the saved state is shown, is far above).
      expect(follows(line, screen.getByText('清空'))).toBe(true)
      expect(screen.getByText('投诉举报草稿').compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
      expect(scrolled.map((el) => el.id)).toEqual(['draft-cleared'])
      expect(announced()).toBe('已清空：草稿已从这台手机上删除。')
      // 清空 again (nothing left): brought into view and told again.
      fireEvent.click(screen.getByText('清空'))
      await wait(20)
      expect(scrolled.map((el) => el.id)).toEqual(['draft-cleared', 'draft-cleared'])
      expect(announced()).toBe('已清空：草稿已从这台手机上删除。\u00a0')
      // Typing again: the line goes (it no longer describes the form).
      type('商家名称', '某某超市')
      await wait(0)
      expect(clearedLine()).toBe('')
    } finally {
      Element.prototype.scrollIntoView = jsdomOwn
    }
  })

  it('保留 says nothing and scrolls nowhere', async () => {
    await restart({ state: { draft: filled, savedAt: 1 }, version: DRAFT_VERSION })
    await renderForm()
    modal.mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    fireEvent.click(screen.getByText('清空'))
    await wait(20)
    expect(modal).toHaveBeenCalled()
    expect(clearedLine()).toBe('')
    expect(announced()).toBe('')
  })
})

describe('生成文本并复制', () => {
  it('composes the text, copies it, shows it and offers 12315 next', async () => {
    await restart({ state: { draft: { ...filled, name: '王女士', phone: '13800138000' }, savedAt: 1 }, version: DRAFT_VERSION })
    await renderForm()
    fireEvent.click(screen.getByText('生成文本并复制'))
    await wait(0)
    const text = clipboard.mock.calls[0][0].data as string
    expect(text.split('\n').slice(0, 4)).toEqual(['【消费投诉】', '投诉人：王女士', '联系电话：13800138000', '被投诉商家：某某超市'])
    expect(screen.getByTestId('draft-result').textContent).toBe(text)
    expect(screen.getByText('已复制到剪贴板。')).toBeInTheDocument()
    expect(screen.getByText('下一步：到12315提交')).toBeInTheDocument()
    expect(screen.getByText('拨打 12315')).toBeInTheDocument()
    expect(screen.getByText('打开“12315”小程序')).toBeInTheDocument()
    // The result is brought into view and focused (it appears below the button).
    expect(document.activeElement).toBe(screen.getByRole('region', { name: '生成的投诉文本' }))
  })

  it('the user\'s own address (12315 asks for it) is kept, written into the text after the name, and erased by 清空', async () => {
    await restart({ state: { draft: { ...filled, name: '王女士', phone: '13800138000' }, savedAt: 1 }, version: DRAFT_VERSION })
    await renderForm()
    type('您的地址', '海口市美兰区某某小区3栋')
    await wait(AUTOSAVE_MS + 100)
    expect(storedDraft()?.address).toBe('海口市美兰区某某小区3栋')
    fireEvent.click(screen.getByText('生成文本并复制'))
    await wait(0)
    const text = clipboard.mock.calls[0][0].data as string
    expect(text.split('\n').slice(0, 4)).toEqual(['【消费投诉】', '投诉人：王女士', '投诉人地址：海口市美兰区某某小区3栋', '联系电话：13800138000'])
    fireEvent.click(screen.getByText('清空'))
    await wait(20)
    expect(input('您的地址').value).toBe('')
    expect(stored()).toBe('')
  })

  it('when copying fails, the text is still shown to copy by hand', async () => {
    clipboard.mockRejectedValue({ errMsg: 'setClipboardData:fail' })
    await restart({ state: { draft: filled, savedAt: 1 }, version: DRAFT_VERSION })
    await renderForm()
    fireEvent.click(screen.getByText('生成文本并复制'))
    await wait(0)
    expect(screen.getByText('没能复制，请长按文字手动复制。')).toBeInTheDocument()
    expect(screen.getByTestId('draft-result')).toHaveTextContent('被投诉商家：某某超市')
  })

  it('a refused privacy consent says so; the text stays on screen to copy by long-press', async () => {
    clipboard.mockRejectedValue({ errMsg: 'setClipboardData:fail privacy permission is not authorized', errno: 104 })
    await restart({ state: { draft: filled, savedAt: 1 }, version: DRAFT_VERSION })
    await renderForm()
    fireEvent.click(screen.getByText('生成文本并复制'))
    await wait(0)
    expect(screen.getByText('您没有同意本程序的隐私保护指引，所以没有复制。请长按文字手动复制。')).toBeInTheDocument()
    expect(screen.getByTestId('draft-result')).toHaveTextContent('被投诉商家：某某超市')
  })

  it('复制网址 afterwards says the text is no longer on the clipboard; 再复制投诉文本 puts it back', async () => {
    await restart({ state: { draft: filled, savedAt: 1 }, version: DRAFT_VERSION })
    await renderForm()
    fireEvent.click(screen.getByText('生成文本并复制'))
    await wait(0)
    const text = clipboard.mock.calls[0][0].data as string
    expect(screen.getByText('已复制到剪贴板。')).toBeInTheDocument()

    fireEvent.click(screen.getByText('复制网址'))
    await wait(0)
    expect(clipboard.mock.calls.at(-1)?.[0].data).toBe('https://www.12315.cn')
    // Where the user tapped, and in the line under the title: what the clipboard holds now.
    expect(screen.getByText('已复制网址 https://www.12315.cn。投诉文本已不在剪贴板上，需要时点上面的“再复制投诉文本”。')).toBeInTheDocument()
    expect(screen.getByText('剪贴板上现在是“https://www.12315.cn”，不再是投诉文本。要粘贴投诉文本，请先点“再复制投诉文本”。')).toBeInTheDocument()
    expect(screen.queryByText('已复制到剪贴板。')).toBeNull()

    fireEvent.click(screen.getByText('再复制投诉文本'))
    await wait(0)
    expect(clipboard.mock.calls.at(-1)?.[0].data).toBe(text)
    expect(screen.getByText('已再次复制到剪贴板。')).toBeInTheDocument()
    expect(screen.queryByText(/投诉文本已不在剪贴板上/)).toBeNull() // the next steps' stale line is gone
    expect(screen.getByTestId('draft-result').textContent).toBe(text)
  })

  it('when the text could not be copied, another copy does not claim it replaced it', async () => {
    clipboard.mockRejectedValueOnce({ errMsg: 'setClipboardData:fail' })
    await restart({ state: { draft: filled, savedAt: 1 }, version: DRAFT_VERSION })
    await renderForm()
    fireEvent.click(screen.getByText('生成文本并复制'))
    await wait(0)
    expect(screen.getByText('没能复制，请长按文字手动复制。')).toBeInTheDocument()
    fireEvent.click(screen.getByText('复制网址'))
    await wait(0)
    expect(screen.getByText('已复制网址 https://www.12315.cn')).toBeInTheDocument()
    expect(screen.getByText('没能复制，请长按文字手动复制。')).toBeInTheDocument()
    fireEvent.click(screen.getByText('再复制投诉文本')) // the retry
    await wait(0)
    expect(screen.getByText('已再次复制到剪贴板。')).toBeInTheDocument()
  })

  it('a report: 再复制举报文本', async () => {
    await restart({ state: { draft: { ...EMPTY_DRAFT, kind: 'report', businessName: '某某药店', businessAddress: '三亚市某路2号', what: '宣传保健品能治病，涉嫌虚假宣传。' }, savedAt: 1 }, version: DRAFT_VERSION })
    await renderForm()
    fireEvent.click(screen.getByText('生成文本并复制'))
    await wait(0)
    fireEvent.click(screen.getByText('复制网址'))
    await wait(0)
    expect(screen.getByText(/不再是举报文本/)).toBeInTheDocument()
    fireEvent.click(screen.getByText('再复制举报文本'))
    await wait(0)
    expect(clipboard.mock.calls.at(-1)?.[0].data).toMatch(/^【举报】/)
  })

  it('a report composes with report labels', async () => {
    await restart({ state: { draft: { ...EMPTY_DRAFT, kind: 'report', businessName: '某某药店', businessAddress: '三亚市某路2号', what: '宣传保健品能治病，涉嫌虚假宣传。' }, savedAt: 1 }, version: DRAFT_VERSION })
    await renderForm()
    fireEvent.click(screen.getByText('生成文本并复制'))
    await wait(0)
    expect(clipboard.mock.calls[0][0].data).toBe('【举报】\n被举报商家：某某药店\n商家地址：三亚市某路2号\n违法事实：宣传保健品能治病，涉嫌虚假宣传。')
  })
})
