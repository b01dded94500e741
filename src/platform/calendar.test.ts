/**
 * The two calendar implementations, each loaded directly (the builds pick one by suffix):
 * weapp → wx.addPhoneCalendar in unix seconds for UTC+8 civil dates, refusals explained;
 * H5 → an .ics download. And 单页模式 detection.
 */
import type { CalendarEntry } from '@/lib/ics'
import { CALENDAR_FAILURE_TEXT, classifyCalendarError } from './calendar.shared'

const mockTaro = {
  addPhoneCalendar: jest.fn(),
  canIUse: jest.fn(() => true),
  openSetting: jest.fn(),
  getEnterOptionsSync: jest.fn(() => ({ scene: 1001 }))
}
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: mockTaro }))

const entry: CalendarEntry = {
  uid: 'open-day-20210915@hainan-quality-month.invalid',
  title: '检验检测机构开放日（全国）',
  start: '2021-09-15',
  end: '2021-09-15',
  description: '组织举办检验检测机构开放日活动\n日期：9月15日 · 全国启动',
  filename: 'hq-open-day-20210915.ics'
}

beforeEach(() => {
  jest.clearAllMocks()
  mockTaro.canIUse.mockReturnValue(true)
})

describe('reading WeChat’s errors', () => {
  it.each([
    ['addPhoneCalendar:fail auth deny', 'denied'],
    ['addPhoneCalendar:fail auth denied', 'denied'],
    ['addPhoneCalendar:fail authorize no response', 'denied'],
    ['addPhoneCalendar:fail system permission denied', 'system-denied'],
    ['addPhoneCalendar:fail privacy permission is not authorized', 'privacy-denied'],
    ['addPhoneCalendar:fail api scope is not declared in the privacy agreement', 'privacy-undeclared'],
    ['addPhoneCalendar:fail cancel', 'cancelled'],
    ['addPhoneCalendar:fail api is not supported', 'unsupported'],
    ['addPhoneCalendar:fail internal error', 'failed'],
    [undefined, 'failed']
  ])('%p → %s', (msg, reason) => {
    expect(classifyCalendarError(msg)).toBe(reason)
  })
})

describe('weapp: wx.addPhoneCalendar', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const weapp = require('./calendar.weapp') as typeof import('./calendar.weapp')

  it('adds an all-day entry from 00:00 to 23:59:59 in China, in unix seconds, with a reminder', async () => {
    mockTaro.addPhoneCalendar.mockImplementation((o: { success: (r: unknown) => void }) => o.success({ errMsg: 'addPhoneCalendar:ok' }))
    expect(weapp.CALENDAR_MODE).toBe('phone')
    await expect(weapp.addToPhoneCalendar(entry)).resolves.toEqual({ ok: true, how: 'phone' })
    const { success: _s, fail: _f, ...options } = mockTaro.addPhoneCalendar.mock.calls[0][0]
    expect(options).toEqual({
      title: '检验检测机构开放日（全国）',
      startTime: 1631635200, // 2021-09-15T00:00:00+08:00
      endTime: 1631721599, // 2021-09-15T23:59:59+08:00
      allDay: true,
      description: entry.description,
      alarm: true,
      alarmOffset: 15 * 3600 // 09:00 the day before
    })
  })

  it('a range ends at the end of its last day, across the month end', () => {
    const o = weapp.phoneCalendarOptions({ ...entry, start: '2021-09-27', end: '2021-10-01' })
    expect(new Date(o.startTime * 1000).toISOString()).toBe('2021-09-26T16:00:00.000Z')
    expect(new Date(o.endTime * 1000).toISOString()).toBe('2021-10-01T15:59:59.000Z')
    expect(Number.isInteger(o.startTime) && Number.isInteger(o.endTime)).toBe(true)
  })

  it('a refused permission is explained, and openSetting can grant it', async () => {
    mockTaro.addPhoneCalendar.mockImplementation((o: { fail: (r: unknown) => void }) => o.fail({ errMsg: 'addPhoneCalendar:fail auth deny' }))
    await expect(weapp.addToPhoneCalendar(entry)).resolves.toEqual({ ok: false, reason: 'denied', message: CALENDAR_FAILURE_TEXT.denied })
    mockTaro.openSetting.mockResolvedValue({ authSetting: { 'scope.addPhoneCalendar': true } })
    await expect(weapp.openCalendarSettings()).resolves.toBe(true)
    mockTaro.openSetting.mockResolvedValue({ authSetting: { 'scope.addPhoneCalendar': false } })
    await expect(weapp.openCalendarSettings()).resolves.toBe(false)
    mockTaro.openSetting.mockRejectedValue({ errMsg: 'openSetting:fail' })
    await expect(weapp.openCalendarSettings()).resolves.toBe(false)
  })

  it('a refused consent and errno 112 are told apart (by errno too), each offering the .ics text', async () => {
    mockTaro.addPhoneCalendar.mockImplementationOnce((o: { fail: (r: unknown) => void }) => o.fail({ errMsg: 'addPhoneCalendar:fail', errno: 104 }))
    await expect(weapp.addToPhoneCalendar(entry)).resolves.toEqual({ ok: false, reason: 'privacy-denied', message: CALENDAR_FAILURE_TEXT['privacy-denied'] })
    mockTaro.addPhoneCalendar.mockImplementationOnce((o: { fail: (r: unknown) => void }) => o.fail({ errMsg: 'addPhoneCalendar:fail', errno: 112 }))
    const out = await weapp.addToPhoneCalendar(entry)
    expect(out).toMatchObject({ ok: false, reason: 'privacy-undeclared' })
    expect((out as { message: string }).message).toBe('添加到手机日历功能暂时不可用（本程序的设置问题，不是您的操作问题）。可以改用下面的日历文本（.ics）：长按选择复制，或照着日期在手机日历里手动添加。')
    expect((out as { message: string }).message).not.toMatch(/同意/)
  })

  it('an exception thrown by the call is a failure, not a crash', async () => {
    mockTaro.addPhoneCalendar.mockImplementation(() => { throw new Error('boom') })
    await expect(weapp.addToPhoneCalendar(entry)).resolves.toMatchObject({ ok: false, reason: 'failed' })
  })

  it('an old WeChat without the API is told so, without calling it', async () => {
    mockTaro.canIUse.mockReturnValue(false)
    await expect(weapp.addToPhoneCalendar(entry)).resolves.toMatchObject({ ok: false, reason: 'unsupported' })
    expect(mockTaro.addPhoneCalendar).not.toHaveBeenCalled()
  })
})

describe('H5: an .ics download', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const h5 = require('./calendar.h5') as typeof import('./calendar.h5')

  it('downloads the entry as a calendar file with its file name', async () => {
    const blobs: Blob[] = []
    const create = jest.fn((b: Blob) => {
      blobs.push(b)
      return 'blob:test/1'
    })
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: jest.fn() })
    const clicked: HTMLAnchorElement[] = []
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this)
    })
    expect(h5.CALENDAR_MODE).toBe('file')
    await expect(h5.addToPhoneCalendar(entry)).resolves.toEqual({ ok: true, how: 'file', filename: 'hq-open-day-20210915.ics' })
    expect(clicked).toHaveLength(1)
    expect(clicked[0].download).toBe('hq-open-day-20210915.ics')
    expect(clicked[0].getAttribute('href')).toBe('blob:test/1')
    expect(clicked[0].isConnected).toBe(false) // removed again
    expect(blobs[0].type).toBe('text/calendar;charset=utf-8')
    const text = await new Promise<string>((resolve) => {
      const r = new FileReader()
      r.onload = () => resolve(String(r.result))
      r.readAsText(blobs[0])
    })
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(text).toContain('DTSTART;VALUE=DATE:20210915\r\n')
    expect(text).toContain('DTEND;VALUE=DATE:20210916\r\n')
    click.mockRestore()
    await expect(h5.openCalendarSettings()).resolves.toBe(false)
  })

  it('a failure to download is reported, not thrown', async () => {
    Object.assign(URL, { createObjectURL: () => { throw new Error('no blobs here') } })
    await expect(h5.addToPhoneCalendar(entry)).resolves.toMatchObject({ ok: false, reason: 'failed' })
  })
})

describe('朋友圈 单页模式', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const share = require('./share.weapp') as typeof import('./share.weapp')
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const shareH5 = require('./share.h5') as typeof import('./share.h5')

  it('is scene 1154 in weapp, never on H5', () => {
    expect(share.isSinglePageMode()).toBe(false)
    mockTaro.getEnterOptionsSync.mockReturnValue({ scene: 1154 })
    expect(share.isSinglePageMode()).toBe(true)
    expect(shareH5.isSinglePageMode()).toBe(false)
    mockTaro.getEnterOptionsSync.mockImplementation(() => { throw new Error('no app') })
    expect(share.isSinglePageMode()).toBe(false)
  })
})
