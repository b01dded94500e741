/**
 * The bundle's id format: lowercase words and digits joined by dashes, e.g. `open-day`.
 * Its own module so that the app can check an id from a link without shipping the schema.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
