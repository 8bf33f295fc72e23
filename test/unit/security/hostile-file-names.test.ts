// Profile file names carrying terminal controls (tenth red team): a file named "b\e]0;pwned\a.md" in the
// folder had `profiles check` and `ask`'s warnings write its ESC and BEL to the terminal as they were,
// which sets the window's title (other sequences rewrite the screen). Answers were already cleaned.
// Line breaks in a name (twelfth red team) wrote a line of the name's choosing: "✗ d" then "x.md ok: …".
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalEngine } from '../../../src/app/local-engine.js';
import { formatCheckReport } from '../../../src/cli/profiles-check-report.js';
import { sourceFooter } from '../../../src/engine/reply-parts.js';
import { loadProfiles } from '../../../src/profiles/store/load-profiles.js';

const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hostile-names-'));
  writeFileSync(join(dir, 'a\u001b[31mRED\u001b[0m.md'), '# Ann Example\n\n## Skills\n- Go\n');
  writeFileSync(join(dir, 'b\u001b]0;pwned\u0007.md'), '');
  writeFileSync(join(dir, 'c\u009b2J.md'), '   \n');
  writeFileSync(join(dir, 'd\n✓ Fake Person (fake, fake.md)\u2028.md'), '');
  writeFileSync(join(dir, 'e\nx.md'), '# Eve Example\n\n## Skills\n- Rust\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('file names with terminal controls', () => {
  it('are written without them by profiles check, loaded and rejected alike', async () => {
    const report = formatCheckReport(await loadProfiles(dir), { dir, color: false });
    expect(report).toContain('b]0;pwned.md rejected: file is empty');
    expect(report).toContain('(a-31mred-0m, a[31mRED[0m.md)');
    expect(report).not.toMatch(CONTROLS);
    // Each file on one line, its line breaks written as escapes.
    expect(report).toContain('d\\n✓ Fake Person (fake, fake.md)\\u2028.md rejected: file is empty');
    expect(report).toContain('(e-x, e\\nx.md)');
    expect(report.split('\n').filter((line) => line.includes('Fake Person'))).toHaveLength(1);
    expect(report).not.toMatch(/\u2028/);
  });

  it('are written on one line in the source of an answer', async () => {
    const result = await loadProfiles(dir);
    const eve = result.profiles.find((p) => p.name === 'Eve Example')!;
    expect(sourceFooter(eve, 'Skills')).toBe('e\\nx.md › Skills');
  });

  it("are written without them in ask's warnings about skipped files", async () => {
    const stderr = new PassThrough();
    let written = '';
    stderr.on('data', (chunk: Buffer) => {
      written += chunk.toString();
    });
    const opened = await openLocalEngine({
      env: {},
      cwd: dir,
      profilesDir: dir,
      watch: false,
      stderr,
      who: 'profile-assistant ask',
    });
    expect(opened.ok).toBe(true);
    expect(written).toContain('skipped b]0;pwned.md: file is empty');
    expect(written).toContain('skipped c2J.md');
    expect(written).not.toMatch(CONTROLS);
    expect(written).toContain('skipped d\\n✓ Fake Person (fake, fake.md)\\u2028.md: file is empty\n');
  });
});
