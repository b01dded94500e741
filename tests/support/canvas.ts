/**
 * A stand-in 2D context for the posters' draw callbacks in component tests: it records the
 * text drawn, and measures a CJK font (each character one font size wide).
 */
export function recordingContext(): { ctx: unknown; drawn: string[] } {
  const drawn: string[] = []
  const ctx = {
    font: '',
    fillRect: () => undefined, beginPath: () => undefined, arc: () => undefined, fill: () => undefined, stroke: () => undefined,
    measureText: (t: string) => ({ width: Array.from(t).length * Number(/(\d+)px/.exec(ctx.font)![1]) }),
    fillText: (t: string) => { drawn.push(t) }
  }
  return { ctx, drawn }
}
