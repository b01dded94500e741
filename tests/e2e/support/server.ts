/**
 * A tiny static server for the production H5 build (dist-h5/), on 127.0.0.1 only.
 * Unknown paths fall back to index.html, like any static host. With `{ gzip: true }` it
 * sends text files gzip-compressed (Content-Encoding: gzip) to browsers that accept it, as
 * a production host would (npm run bench:load).
 */
import { createServer, type Server } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8'
}

/** The build under test: dist-h5/, or H5_DIST (like WEAPP_DIST for the simulator: a build made elsewhere). */
export const H5_DIR = resolve(process.env.H5_DIST || resolve(__dirname, '../../../dist-h5'))

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt'])

export async function serveStatic(root: string = H5_DIR, opts: { gzip?: boolean } = {}): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const gzipped = new Map<string, Buffer>()
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)
    let file = normalize(join(root, pathname))
    if (!file.startsWith(root)) {
      res.writeHead(403).end()
      return
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html')
    } catch {
      file = join(root, 'index.html')
    }
    try {
      const body = await readFile(file)
      const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }
      if (opts.gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }))
        res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' })
        res.end(gzipped.get(file))
        return
      }
      res.writeHead(200, headers)
      res.end(body)
    } catch {
      res.writeHead(404).end('not found')
    }
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise((ok) => server.close(() => ok()))
  }
}
