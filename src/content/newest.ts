/**
 * The newest edition, at once: for tests and scripts about the shipped content, where every
 * edition is bundled synchronously (jest, Node). The app's pages use the edition chosen by
 * date or by their `edition` parameter (lib/editions.ts, lib/use-edition.ts), never this; on
 * H5 editions load on demand and this would be undefined.
 */
import { EDITION_METAS, editionOf, type Edition } from './index'

export const edition: Edition = editionOf(EDITION_METAS[EDITION_METAS.length - 1].year) as Edition
