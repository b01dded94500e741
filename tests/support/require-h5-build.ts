// jest.e2e.config.js globalSetup: stop at once when there is no production H5 build.
import { requireBuild } from './require-build'

export default function requireH5Build(): void {
  requireBuild('h5')
}
