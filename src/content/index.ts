/**
 * The campaign's content: the one source of campaign facts for the app.
 *
 * The bundle is validated by `npm run content:check`, by the tests and by every build
 * (config/index.ts), so the app can trust its shape; it does not ship the validator.
 */
import raw from './editions/2021.json'
import type { Edition } from './schema'

export const edition = raw as unknown as Edition

export type {
  Edition, CampaignEvent, EventDate, Source, Organiser, Slogan, Channel, Category, NumberedPoint,
  ComplaintGuide, GuideQuestion, GuideOutcome, ComplaintPrep, ComplaintKindId,
  PublicSourceEntry, QuizSource, QuizQuestion
} from './schema'
