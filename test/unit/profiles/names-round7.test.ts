// Names stated in the less usual places of round 7: a possessive welcome title, a padded code-bio key in
// another language, a Korean greeting after a job title, and the first line of a typing banner.
import { describe, expect, it } from 'vitest';
import { welcomePageOwner } from '../../../src/profiles/extract/banner-names.js';
import { koreanTitledName } from '../../../src/profiles/extract/name-cjk.js';
import { codeName } from '../../../src/profiles/extract/name-places.js';
import { parseProfile } from '../../../src/profiles/parse-profile.js';
import { parsed } from './extract-helpers.js';

describe('names stated in titles, code bios and banners', () => {
  it.each([
    ['kestrel-dev.md', 'Marta'],
    ['tibarra-x.md', 'Tomás Ibarra'],
    ['rps-sec.md', 'Rui Pato Silva'],
    ['sj-park-dev.md', '박서준'],
    ['nokafor-dx.md', 'Nadia Okafor'],
  ])('reads the name of %s as %j', (file, name) => {
    expect(parsed(`test/fixtures/names7/${file}`).name).toBe(name);
  });

  it('reads the owner of the page a welcome title names, in several languages', () => {
    expect(welcomePageOwner("Welcome to Justine's GitHub page! 👋", null)).toBe('Justine');
    expect(welcomePageOwner('Bem-vindo ao perfil do Caio Lima', null)).toBe('Caio Lima');
    expect(welcomePageOwner('Welcome to the GitHub page of Ana Ruiz!', null)).toBe('Ana Ruiz');
    expect(welcomePageOwner('Welcome to my GitHub page', null)).toBeNull();
  });

  it('reads a padded name key of a code bio in the author language', () => {
    expect(codeName('Nome      : Ana Ruiz\nCurso : Redes', null)).toBe('Ana Ruiz');
    expect(codeName('Nombre: Ana Ruiz', null)).toBe('Ana Ruiz');
    expect(codeName('Curso     : Redes de Computadores', null)).toBeNull();
  });

  it('reads a Korean name only after a job title and before the copula', () => {
    expect(koreanTitledName('안녕하세요. 개발자 박서준입니다.')).toBe('박서준');
    expect(koreanTitledName('좋은 하루입니다')).toBeNull();
    expect(koreanTitledName('백엔드 개발자 신입입니다')).toBeNull();
  });

  it.each(['Open+Source+Lover+%E2%80%94+Rust', 'Full+Stack+Developer+%7C+Go', 'Hello+World+-+welcome'])(
    'keeps the handle when the first typed line %j is a role or phrase, not a name',
    (line) => {
      const text = `<img src="https://readme-typing-svg.demolab.com?lines=${line};Rust" />\n\nHello.\n`;
      const result = parseProfile(Buffer.from(text), 'kit-dev.md');
      expect(result.ok && result.profile.name).toBe('kit-dev');
    },
  );
});
