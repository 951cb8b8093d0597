// The light-show program as the editor shows it: a flat list of lines, where 'repeat' opens a
// block and 'end' closes it (like the indented blocks of a block editor), turned into the
// core's nested program. An 'end' without a repeat is ignored; an open repeat ends at the end.
import { LIGHT_COLOURS, type LightBlock, type LightColour } from '../../../core/tasks/lightShow/lightProgram';

export type LightToken =
  | { op: 'colour'; colour: LightColour }
  | { op: 'wait'; beats: number }
  | { op: 'flash'; colour: LightColour }
  | { op: 'repeat'; times: number }
  | { op: 'end' };

export const TOKEN_OPS = ['colour', 'wait', 'flash', 'repeat', 'end'] as const;

export function newToken(op: (typeof TOKEN_OPS)[number]): LightToken {
  if (op === 'colour' || op === 'flash') return { op, colour: 'red' };
  if (op === 'wait') return { op, beats: 1 };
  if (op === 'repeat') return { op, times: 2 };
  return { op };
}

/** The token with its value one step up or down (colours go round, counts stay in 1 to 16). */
export function stepToken(token: LightToken, by: 1 | -1): LightToken {
  if (token.op === 'colour' || token.op === 'flash') {
    const i = LIGHT_COLOURS.indexOf(token.colour);
    return {
      ...token,
      colour: LIGHT_COLOURS[(i + by + LIGHT_COLOURS.length) % LIGHT_COLOURS.length] as LightColour,
    };
  }
  if (token.op === 'wait') return { ...token, beats: Math.min(16, Math.max(1, token.beats + by)) };
  if (token.op === 'repeat') return { ...token, times: Math.min(16, Math.max(1, token.times + by)) };
  return token;
}

/** The nested program the lines describe. */
export function tokensToProgram(tokens: readonly LightToken[]): LightBlock[] {
  const root: LightBlock[] = [];
  const stack: LightBlock[][] = [root];
  for (const token of tokens) {
    const into = stack[stack.length - 1] as LightBlock[];
    if (token.op === 'repeat') {
      const block: LightBlock = { op: 'repeat', times: token.times, body: [] };
      into.push(block);
      stack.push(block.body);
    } else if (token.op === 'end') {
      if (stack.length > 1) stack.pop();
    } else into.push({ ...token });
  }
  return root;
}

/** The lines that write a program (each repeat closed by an 'end'). */
export function programToTokens(program: readonly LightBlock[]): LightToken[] {
  return program.flatMap((b): LightToken[] =>
    b.op === 'repeat'
      ? [{ op: 'repeat', times: b.times }, ...programToTokens(b.body), { op: 'end' }]
      : [{ ...b }],
  );
}

/** How deep each line is indented. */
export function tokenDepths(tokens: readonly LightToken[]): number[] {
  let depth = 0;
  return tokens.map((token) => {
    if (token.op === 'end') {
      depth = Math.max(0, depth - 1);
      return depth;
    }
    const mine = depth;
    if (token.op === 'repeat') depth += 1;
    return mine;
  });
}
