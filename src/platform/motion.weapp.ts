/**
 * Whether the user asked the system for less motion. weapp: WeChat does not tell mini
 * programs, so autoplay stays on there (the carousel still has a pause button).
 */
export function prefersReducedMotion(): boolean {
  return false
}
