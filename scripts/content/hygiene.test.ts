/**
 * @jest-environment node
 */
import { characterProblem } from './hygiene'

describe('line breaks', () => {
  it('a field that allowed them would take \\n and nothing else', () => {
    expect(characterProblem('第一行\n第二行', true)).toBeNull()
    expect(characterProblem('第一行\r\n第二行', true)).toBe('contains a line break other than \\n: U+000D CARRIAGE RETURN at character 4')
    expect(characterProblem('第一行\u2028第二行', true)).toBe('contains a line break other than \\n: U+2028 LINE SEPARATOR at character 4')
    expect(characterProblem('第一行\n\u0000', true)).toBe('contains a control character U+0000 NULL at character 5')
    expect(characterProblem('第一行\n第二行', false)).toBe('contains a line break (U+000A LINE FEED) at character 4: this field is one line (page-break artefact?)')
  })
})
