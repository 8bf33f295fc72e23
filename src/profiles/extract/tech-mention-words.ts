// AMBIGUOUS, LOWERCASE_OK: which technology names are also everyday words, for reading skills out of prose.

// Technology names that are also everyday words (English, or German nouns): never from lowercase prose,
// and capitalised only inside a list of technologies or after a cue word.
export const AMBIGUOUS = new Set(
  (
    'go rn rust swift ruby crystal julia dart elm red ring max kit arc sage neon org eagle pony self just pure mint ' +
    'react express spring rails flask shell bash unity jest helm celery lambda ember meteor gatsby ghost solid ' +
    'alpine material apollo vagrant processing less make chef puppet salt next nest node bun yarn babel gulp grunt ' +
    'jasmine mocha karma cypress selenium vault consul nomad packer envoy spark hive pig storm beam excel word ' +
    'access teams zoom swarm drizzle amplify render railway fly apache caddy rest socket three blender sketch ' +
    'framer sanity keystone payload medusa jax llama mistral gemini copilot cursor linear notion obsidian ' +
    'elixir scheme racket move cairo assembly latex octave lisp pascal solidity windows mac arch fedora mono ' +
    'atom brackets sublime postman insomnia markdown code data cloud web mobile desktop server android tor ' +
    'dot matrix signal slack prettier sass framework stack tools language languages platform engine core ' +
    'ant apex beats blueprint bower capacitor carbon clarity composer confluence cucumber expo fantom fauna ' +
    'glitch harbor hugo liquid lumen mocha nano nomad passport phoenix photon poetry polygon prism reason reflex ' +
    'github gitlab remix sentry stencil teal turbo odin talos posit gatling okta ada awk coffee xd espresso illustrator ae ' +
    'dm pm tornado hubble nikto'
  ).split(' '),
);

// Plain lowercase words that name nothing else in a developer's README.
export const LOWERCASE_OK = new Set(
  (
    'python java kotlin scala haskell perl clojure erlang golang rustlang docker kubernetes linux ubuntu debian ' +
    'django laravel symfony terraform ansible webpack vite vue vuejs svelte nginx redis postgres mongo mysql ' +
    'sqlite numpy pandas pytorch tensorflow keras firebase supabase vercel netlify heroku figma flutter pytest ' +
    'jquery typescript javascript nodejs reactjs nextjs nuxt deno graphql kafka rabbitmq elasticsearch grafana ' +
    'prometheus jenkins matlab fortran cobol lua php sql html css json yaml git github gitlab aws gcp azure dbt'
  ).split(' '),
);
