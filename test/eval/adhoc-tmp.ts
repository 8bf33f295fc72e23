import { join } from 'node:path';
import { createEngine } from '/work/wt-answers/src/engine/create-engine.js';
import { loadProfiles } from '/work/wt-answers/src/profiles/load-profiles.js';
import { renderText } from '/work/wt-answers/src/render/text.js';
import { createProfileIndex } from '/work/wt-answers/src/search/profile-index.js';
const dir = process.argv[2]!;
const { profiles } = await loadProfiles(dir);
const index = createProfileIndex(profiles);
const engine = createEngine({ index: () => index, defaultProfile: null, contactEphemeral: true });
for (const q of process.argv.slice(3)) {
  const r = engine.answer(engine.parse(q, { platform: 'shell' }));
  console.log(`> ${q}\n[${r.kind}${r.person ? ' ' + r.person.id : ''}] ${renderText(r).split('\n').slice(0, 8).join('\n')}\n`);
}
