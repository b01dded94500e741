import { resolve } from 'path'
import { contentUpdateConstants, contentUpdateSettings } from './content-updates'

const DIR = resolve(__dirname, '../src/content/editions')
const KEY = 'A'.repeat(43) + '='

describe('content update settings', () => {
  it('are off (null) when neither is set, so the build drops the update code', () => {
    expect(contentUpdateSettings({}, DIR)).toBeNull()
    expect(contentUpdateConstants({ HQ_CONTENT_ORIGIN: ' ', HQ_CONTENT_PUBLIC_KEY: '' }, DIR)).toEqual({ HQ_CONTENT_UPDATES: 'null' })
  })

  it('carry the origin, the key and each bundled edition’s version', () => {
    const s = contentUpdateSettings({ HQ_CONTENT_ORIGIN: 'https://cdn.example.cn/hq/', HQ_CONTENT_PUBLIC_KEY: KEY }, DIR)
    expect(s).toEqual({ origin: 'https://cdn.example.cn/hq', publicKey: KEY, bundled: { 2021: expect.stringMatching(/^2021\.\d+\.\d+$/) } })
    expect(contentUpdateSettings({ HQ_CONTENT_ORIGIN: 'http://127.0.0.1:8123', HQ_CONTENT_PUBLIC_KEY: KEY }, DIR)?.origin).toBe('http://127.0.0.1:8123')
    expect(contentUpdateSettings({ HQ_CONTENT_ORIGIN: 'http://localhost:9000', HQ_CONTENT_PUBLIC_KEY: KEY }, DIR)?.origin).toBe('http://localhost:9000')
  })

  it('stop the build with one line on a missing or bad value', () => {
    expect(() => contentUpdateSettings({ HQ_CONTENT_ORIGIN: 'https://cdn.example.cn' }, DIR)).toThrow(/set both HQ_CONTENT_ORIGIN and HQ_CONTENT_PUBLIC_KEY.*only HQ_CONTENT_ORIGIN/)
    expect(() => contentUpdateSettings({ HQ_CONTENT_PUBLIC_KEY: KEY }, DIR)).toThrow(/only HQ_CONTENT_PUBLIC_KEY/)
    for (const bad of ['http://cdn.example.cn', 'http://10.0.0.1:80', 'ftp://x', 'https://', 'https://a b.cn', 'cdn.example.cn']) {
      expect(() => contentUpdateSettings({ HQ_CONTENT_ORIGIN: bad, HQ_CONTENT_PUBLIC_KEY: KEY }, DIR)).toThrow(/HQ_CONTENT_ORIGIN must be an https:\/\/ URL/)
    }
    for (const bad of ['AAAA', 'A'.repeat(44), 'A'.repeat(42) + '==']) {
      expect(() => contentUpdateSettings({ HQ_CONTENT_ORIGIN: 'https://cdn.example.cn', HQ_CONTENT_PUBLIC_KEY: bad }, DIR)).toThrow(/HQ_CONTENT_PUBLIC_KEY must be a base64 Ed25519 public key/)
    }
  })

  it('are the same for a weapp build (WeChat receives updates too: tests/weapp/content-update*.weapp.test.ts)', () => {
    const env = { HQ_CONTENT_ORIGIN: 'https://cdn.example.cn', HQ_CONTENT_PUBLIC_KEY: KEY }
    expect(contentUpdateSettings({ ...env, TARO_ENV: 'weapp' }, DIR)).toEqual(contentUpdateSettings({ ...env, TARO_ENV: 'h5' }, DIR))
    expect(contentUpdateSettings({ TARO_ENV: 'weapp' }, DIR)).toBeNull()
  })
})
