// jest.weapp.config.js globalSetup: stop at once when there is no weapp build.
import { requireBuild } from './require-build'

export default function requireWeappBuild(): void {
  requireBuild('weapp')
}
