// headerIsData: whether a table's first row is a row of data rather than column titles. An HTML <table>
// of <td> cells has no header row at all ("<td><b>Languages</b></td><td>Python, C++, CUDA</td>"), and a
// column title is never a list: a first row whose later cell lists several things is data.

const LIST_SEPARATOR = /[,;、，]/;

export function headerIsData(header: readonly string[]): boolean {
  if (header.length < 2) return false;
  return header.slice(1).some((cell) => {
    const parts = cell.slice(0, 500).split(LIST_SEPARATOR);
    return parts.length >= 2 && parts.filter((p) => p.trim()).length >= 2;
  });
}
