/**
 * weapp: WeChat's Input has no `tel` type; `number` is its keyboard of digits (no "-": the
 * form takes a landline without it, see FIELD_HINT). H5: draft-phone.h5.ts.
 */
export const PHONE_INPUT: Readonly<Record<string, string>> = { type: 'number' }
