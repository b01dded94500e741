/**
 * H5: <input type="tel">, the phone keypad on a phone's browser, with inputmode for browsers
 * that look at it instead and autocomplete, as the field asks for the user's own number.
 * (Taro's typings list only WeChat's keyboards; its H5 input passes any type to the <input>.)
 * weapp: draft-phone.weapp.ts.
 */
export const PHONE_INPUT: Readonly<Record<string, string>> = { type: 'tel', inputMode: 'tel', autoComplete: 'tel' }
