/**
 * For a module with a weapp and an H5 variant (docs/platform-files.md): in its x.shared.ts,
 *   export type BothVariants = Implements<XModule, typeof import('./x.weapp') | typeof import('./x.h5')>
 * fails to type-check unless each variant exports everything XModule declares, with those
 * types. Each build, and each importer under tsc, sees only one variant: this is where both
 * are checked against the same interface.
 */
type Implements<Module, Variants extends Module> = Variants
