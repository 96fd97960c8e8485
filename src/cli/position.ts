// Line and column (1-based, in characters) of a UTF-16 offset, for people and editors.
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function position(starts: number[], text: string, offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  const column = [...text.slice(starts[low]!, offset)].length + 1;
  return { line: low + 1, column };
}
