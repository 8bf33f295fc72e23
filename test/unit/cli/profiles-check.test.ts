// `profiles check`: the JSON contract, the readable report, colour only on a terminal, exit codes.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/profiles-check.js';
import { captureIo } from './cli-streams.js';

const root = join(import.meta.dirname, '../../..');
const seeds = join(root, 'profiles');
const fixtures = join(root, 'test/fixtures/profiles');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'check-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('profiles check', () => {
  it('prints the JSON contract for the seed profiles and exits 0', async () => {
    const cli = captureIo({ cwd: root });
    expect(await run(['profiles', '--json'], cli.io)).toBe(0);
    const json = JSON.parse(cli.stdout());
    expect(Object.keys(json)).toEqual(['profiles', 'rejected']);
    expect(json.rejected).toEqual([]);
    const [rajat, rajdeep] = json.profiles;
    expect(Object.keys(rajat)).toEqual([
      'file',
      'id',
      'name',
      'nameSource',
      'handle',
      'aliases',
      'headline',
      'skills',
      'contacts',
      'experience',
      'certifications',
      'sections',
      'unknownSections',
      'unreadSkillLines',
      'warnings',
    ]);
    expect(rajat).toMatchObject({
      file: 'rajat-jog.md',
      id: 'rajat-jog',
      name: 'Rajat Jog',
      nameSource: 'greeting',
      handle: null,
      aliases: [],
    });
    expect(rajat.sections).toContainEqual({ title: 'Core Technical Stack', kind: 'skills', level: 2 });
    expect(rajdeep).toMatchObject({
      name: 'Rajdeep Sengupta',
      headline: 'Senior Cloud & Infrastructure Engineer',
    });
    for (const contact of rajdeep.contacts) expect(Object.keys(contact)).toEqual(['kind', 'value', 'label']);
    for (const skill of rajdeep.skills) expect(Object.keys(skill)).toEqual(['name', 'category']);
    for (const e of rajdeep.experience)
      expect(Object.keys(e)).toEqual(['text', 'title', 'organization', 'period']);
  });

  it('lists every rejected file with its reason and exits 1', async () => {
    copyFileSync(join(seeds, 'rajdeep-sengupta.md'), join(dir, 'rajdeep-sengupta.md'));
    copyFileSync(join(fixtures, 'empty.md'), join(dir, 'empty.md'));
    writeFileSync(join(dir, 'photo.md'), new Uint8Array([0x89, 0x50, 0, 0]));
    const cli = captureIo({ cwd: root });
    expect(await run([dir, '--json'], cli.io)).toBe(1);
    const json = JSON.parse(cli.stdout());
    expect(json.profiles.map((p: { id: string }) => p.id)).toEqual(['rajdeep-sengupta']);
    expect(json.rejected).toEqual([
      { file: 'empty.md', reason: 'file is empty' },
      { file: 'photo.md', reason: expect.stringMatching(/binary/) },
    ]);
  });

  it('prints a readable plain report when stdout is not a terminal', async () => {
    copyFileSync(join(fixtures, 'front-matter.md'), join(dir, 'front-matter.md'));
    copyFileSync(join(fixtures, 'blank.md'), join(dir, 'blank.md'));
    const cli = captureIo({ cwd: dir });
    expect(await run(['.'], cli.io)).toBe(1);
    const out = cli.stdout();
    expect(out).not.toContain('\u001b[');
    expect(out).toContain('✓ Dana Front (dana, front-matter.md) unlisted');
    expect(out).toMatch(/headline: +Staff engineer at Example/);
    expect(out).toMatch(/aliases: +DF, Dee/);
    expect(out).toContain('(private)');
    expect(out).toContain('✗ blank.md rejected: file contains only whitespace');
    expect(out).toContain('1 of 2 files loaded, 1 rejected');
  });

  it('says where each name came from, and when no name is stated and the handle is used', async () => {
    copyFileSync(join(seeds, 'rajdeep-sengupta.md'), join(dir, 'rajdeep-sengupta.md'));
    writeFileSync(join(dir, 'octo-cat.md'), '## TLDR\n\nBuilds things.\n');
    const cli = captureIo({ cwd: dir });
    expect(await run(['.'], cli.io)).toBe(0);
    expect(cli.stdout()).toMatch(/name from: +heading/);
    expect(cli.stdout()).toContain('✓ octo-cat (octo-cat, octo-cat.md)');
    expect(cli.stdout()).toMatch(/name from: +no name stated; using the handle/);
    const json = captureIo({ cwd: dir });
    await run(['.', '--json'], json.io);
    const names = JSON.parse(json.stdout()).profiles.map((p: { name: string; nameSource: string }) => [
      p.name,
      p.nameSource,
    ]);
    expect(names).toEqual([
      ['octo-cat', 'handle'],
      ['Rajdeep Sengupta', 'heading'],
    ]);
  });

  it('colours the report on a terminal unless NO_COLOR is set', async () => {
    copyFileSync(join(seeds, 'rajdeep-sengupta.md'), join(dir, 'rajdeep-sengupta.md'));
    const tty = captureIo({ cwd: dir });
    Object.assign(tty.io.stdout, { isTTY: true });
    expect(await run([], { ...tty.io, env: { PROFILES_DIR: dir } })).toBe(0);
    expect(tty.stdout()).toContain('\u001b[32m✓');
    const noColor = captureIo({ cwd: dir, env: { NO_COLOR: '1' } });
    Object.assign(noColor.io.stdout, { isTTY: true });
    await run(['.'], noColor.io);
    expect(noColor.stdout()).not.toContain('\u001b[');
  });

  it('takes the folder from --profiles, then PROFILES_DIR, relative to the working directory', async () => {
    copyFileSync(join(fixtures, 'setext.md'), join(dir, 'setext.md'));
    const viaFlag = captureIo({ cwd: tmpdir() });
    await run(['--profiles', dir, '--json'], viaFlag.io);
    expect(JSON.parse(viaFlag.stdout()).profiles[0].name).toBe('Sam Setext');
    const viaEnv = captureIo({ cwd: dir, env: { PROFILES_DIR: '.' } });
    await run(['--json'], viaEnv.io);
    expect(JSON.parse(viaEnv.stdout()).profiles[0].name).toBe('Sam Setext');
  });

  it('explains a missing folder and a bad argument', async () => {
    const missing = captureIo({ cwd: dir });
    expect(await run(['nowhere'], missing.io)).toBe(1);
    expect(missing.stderr()).toMatch(/profiles folder ".*nowhere" does not exist/);
    const bad = captureIo({ cwd: dir });
    expect(await run(['--frobnicate'], bad.io)).toBe(2);
    expect(bad.stderr()).toContain('usage: profile-assistant profiles check');
  });
  it('reports certifications and the sections whose heading matched no known kind', async () => {
    copyFileSync(join(root, 'test/fixtures/extract/certifications.md'), join(dir, 'certs.md'));
    writeFileSync(
      join(dir, 'odd.md'),
      '# Ode Person\n\n## Skills\n\n- Rust\n\n## Things I Collect\n\nStamps.\n',
    );
    const cli = captureIo({ cwd: dir });
    await run([dir, '--json'], cli.io);
    const json = JSON.parse(cli.stdout());
    const certs = json.profiles.find((p: { file: string }) => p.file === 'certs.md');
    expect(certs.certifications.length).toBeGreaterThan(0);
    expect(Object.keys(certs.certifications[0])).toEqual(['name', 'issuer', 'url']);
    const odd = json.profiles.find((p: { file: string }) => p.file === 'odd.md');
    expect(odd.unknownSections).toEqual(['Things I Collect']);
    const text = captureIo({ cwd: dir });
    await run([dir], text.io);
    expect(text.stdout()).toContain('Things I Collect (searchable');
  });
});
