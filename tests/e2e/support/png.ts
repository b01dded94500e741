/**
 * A small PNG decoder (node's zlib, 8-bit RGB/RGBA, no interlace — what browsers' canvas
 * export writes) so e2e tests can look at a downloaded image's pixels.
 */
import { inflateSync } from 'node:zlib'

export type DecodedPng = { width: number; height: number; channels: 3 | 4; pixels: Buffer }

export function decodePng(file: Buffer): DecodedPng {
  if (file.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG: bad signature')
  let offset = 8
  let width = 0
  let height = 0
  let channels: 3 | 4 = 4
  const idat: Buffer[] = []
  while (offset < file.length) {
    const length = file.readUInt32BE(offset)
    const type = file.subarray(offset + 4, offset + 8).toString('latin1')
    const data = file.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') {
      width = data.readUInt32BE(0)
      height = data.readUInt32BE(4)
      const [bitDepth, colourType, , , interlace] = [data[8], data[9], data[10], data[11], data[12]]
      if (bitDepth !== 8 || interlace !== 0 || (colourType !== 2 && colourType !== 6)) {
        throw new Error(`unsupported PNG: bit depth ${bitDepth}, colour type ${colourType}, interlace ${interlace}`)
      }
      channels = colourType === 6 ? 4 : 3
    } else if (type === 'IDAT') {
      idat.push(data)
    } else if (type === 'IEND') {
      break
    }
    offset += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * channels
  const pixels = Buffer.alloc(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    const out = pixels.subarray(y * stride, (y + 1) * stride)
    const prev = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride)
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[x - channels] : 0
      const b = prev[x]
      const c = x >= channels ? prev[x - channels] : 0
      let v = line[x]
      if (filter === 1) v += a
      else if (filter === 2) v += b
      else if (filter === 3) v += (a + b) >> 1
      else if (filter === 4) {
        const p = a + b - c
        const pa = Math.abs(p - a)
        const pb = Math.abs(p - b)
        const pc = Math.abs(p - c)
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c
      } else if (filter !== 0) throw new Error(`bad PNG filter ${filter} on row ${y}`)
      out[x] = v & 0xff
    }
  }
  return { width, height, channels, pixels }
}

/** The colour (#rrggbb) at a pixel. */
export function pixelAt(png: DecodedPng, x: number, y: number): string {
  const i = (y * png.width + x) * png.channels
  return `#${[0, 1, 2].map((k) => png.pixels[i + k].toString(16).padStart(2, '0')).join('')}`
}

/** How many distinct colours a grid of samples finds, and the luminance's standard deviation. */
export function pixelStats(png: DecodedPng, step = 7): { colours: number; lumaStdDev: number } {
  const seen = new Set<string>()
  let n = 0
  let sum = 0
  let sumSq = 0
  for (let y = 0; y < png.height; y += step) {
    for (let x = 0; x < png.width; x += step) {
      const i = (y * png.width + x) * png.channels
      const [r, g, b] = [png.pixels[i], png.pixels[i + 1], png.pixels[i + 2]]
      seen.add(`${r},${g},${b}`)
      const l = 0.2126 * r + 0.7152 * g + 0.0722 * b
      n++
      sum += l
      sumSq += l * l
    }
  }
  const mean = sum / n
  return { colours: seen.size, lumaStdDev: Math.sqrt(Math.max(0, sumSq / n - mean * mean)) }
}
