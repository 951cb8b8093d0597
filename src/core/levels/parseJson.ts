// JSON.parse that reports a syntax error with its line and column instead of a position.

export type JsonParse =
  | { ok: true; value: unknown }
  | { ok: false; line: number; column: number; reason: string };

export function parseJson(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /at position (\d+)/.exec(message);
    const position = match ? Number(match[1]) : text.length;
    const before = text.slice(0, position);
    const line = before.split('\n').length;
    const column = position - before.lastIndexOf('\n');
    const reason = message
      .replace(/\s*in JSON at position \d+.*$/, '')
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/^Unexpected end of JSON input$/, 'the file ends too early');
    return { ok: false, line, column, reason: `broken JSON: ${reason}` };
  }
}
