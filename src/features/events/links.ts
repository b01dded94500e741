import { openPage } from '@/platform'

/** Opens an event's page (route `event`, packages/events). The one way other features link to an event. */
export function openEvent(id: string): void {
  openPage('event', { id })
}
