// Kinds of technology a question can ask for as a whole ("which databases does ana use", "who knows
// shell" when people list Bash): each kind's names as asked, and its members. Membership is explicit
// data: a member is a kind of the family (Bash is a shell), never merely related (Docker is no cloud).
import { canonicalSkillName, foldSkillKey } from './skill-aliases.js';
import { lookupTechnology } from './tech-vocabulary.js';

export interface SkillFamily {
  /** Shown in titles: "Databases". */
  name: string;
  /** The singular for sentences: "a database". */
  one: string;
  /** How a question names the kind, lowercase ("databases", "dbs", "sql databases"). */
  asked: readonly string[];
  /** Members by any spelling the vocabulary reads; for programming languages, those linguist lacks. */
  members?: readonly string[];
  /** Programming languages: linguist's languages (the vocabulary's kind) less data and markup formats. */
  languages?: true;
}

/** Linguist calls these languages; nobody asking for programming languages means them. */
const NOT_PROGRAMMING = new Set(
  'Markdown, JSON, YAML, TOML, XML, CSV, INI, Text, Jupyter Notebook, Dockerfile, Makefile, reStructuredText, AsciiDoc, SVG, Git Config, Ignore List'
    .split(', ')
    .map((n) => foldSkillKey(n)),
);

const SQL = 'SQL, PostgreSQL, MySQL, MariaDB, SQLite, SQL Server, Oracle, PLSQL, TSQL, CockroachDB';
const NOSQL =
  'NoSQL, MongoDB, Redis, Cassandra, DynamoDB, CouchDB, Couchbase, Firestore, Neo4j, HBase, InfluxDB';

// One kind a line: name | one of it | how questions name it | members ("*" = linguist's languages too).
const TABLE = `
Programming languages | a programming language | programming languages, coding languages, languages, programming language, language, langs | *, Bash, Zsh, PowerShell
Databases | a database | databases, database, dbs, db, database systems, data stores, datastores | ${SQL}, ${NOSQL}, Supabase, Elasticsearch
SQL databases | an SQL database | sql, sql databases, sql database, relational databases, relational database, sql dbs, rdbms | ${SQL}
NoSQL databases | a NoSQL database | nosql databases, nosql database, nosql dbs, nosql | ${NOSQL}
Shells | a shell | shells, shell, shell scripting, shell languages | Shell, Bash, Zsh, fish, PowerShell, Nushell
Cloud platforms | a cloud platform | cloud platforms, cloud platform, clouds, cloud, cloud providers, cloud provider, cloud services | AWS, Google Cloud, Azure, DigitalOcean, Oracle Cloud, IBM Cloud, Alibaba Cloud, Linode, Heroku, Cloudflare
CI/CD tools | a CI/CD tool | ci/cd tools, ci/cd, ci cd, cicd, ci tools, ci | GitHub Actions, GitLab CI, Jenkins, CircleCI, Travis CI, ArgoCD, TeamCity, Bitbucket Pipelines, Azuredevops
Message brokers | a message broker | message brokers, message broker, message queues, message queue, queues, brokers | Kafka, RabbitMQ, NATS.io, ActiveMQ, SQS, Pulsar, ZeroMQ
Frontend frameworks | a frontend framework | frontend frameworks, front-end frameworks, front end frameworks, frontend framework, ui frameworks | React, Vue.js, Angular, Svelte, Solidjs, Preact, Ember.js, Next.js, Nuxt.js, Astro, Remix, SvelteKit, Qwik
Backend frameworks | a backend framework | backend frameworks, back-end frameworks, back end frameworks, backend framework, web frameworks, server frameworks | Express, Django, Flask, FastAPI, Spring Boot, Spring, Laravel, Ruby on Rails, NestJS, ASP.NET Core, ASP.NET, Gin, Fastify, Koa, Phoenix Framework, Symfony
Mobile frameworks | a mobile framework | mobile frameworks, mobile framework, mobile stack, app frameworks | Flutter, React Native, SwiftUI, Jetpack Compose, Ionic, Xamarin, Kotlin Multiplatform, .NET MAUI
Testing tools | a testing tool | testing tools, testing frameworks, test frameworks, testing libraries, test tools, testing | Jest, Vitest, Mocha, Jasmine, Cypress, Playwright, Selenium, JUnit, Pytest, TestNG, Puppeteer, Testing Library, RSpec, PHPUnit
Containers | a container tool | containers, container tools, containerization, container orchestration, orchestration | Docker, Podman, Kubernetes, OpenShift, Docker Compose, Helm, Nomad
Infrastructure as code | an infrastructure-as-code tool | infrastructure as code, iac, iac tools, provisioning tools | Terraform, Pulumi, Ansible, CloudFormation, Chef, Puppet, AWS CDK
Monitoring tools | a monitoring tool | monitoring tools, monitoring, observability tools, observability | Prometheus, Grafana, Datadog, New Relic, Sentry, Kibana, Jaeger, OpenTelemetry
Editors | an editor | editors, editor, ides, ide, code editors, code editor, text editor | Visual Studio Code, Vim, Neovim, Emacs, IntelliJ IDEA, PyCharm, WebStorm, Android Studio, Xcode, Visual Studio, Sublime Text, Eclipse, Cursor, Zed
Machine-learning frameworks | a machine-learning framework | ml frameworks, machine learning frameworks, machine-learning frameworks, ml libraries, deep learning frameworks, ai frameworks | TensorFlow, PyTorch, Keras, scikit-learn, JAX, Hugging Face, XGBoost, LightGBM
Design tools | a design tool | design tools, design software, design apps | Figma, Adobe XD, Sketch, Adobe Photoshop, Adobe Illustrator, Canva, Blender, InVision
Operating systems | an operating system | operating systems, operating system, oses, os, distros, linux distros | Linux, Windows, macOS, Ubuntu, Arch Linux, Debian, Fedora, CentOS, FreeBSD, Kali Linux
`;

const list = (text: string) =>
  text
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);

export const SKILL_FAMILIES: readonly SkillFamily[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [name, one, asked, members] = line.split(' | ') as [string, string, string, string];
    const all = list(members);
    return {
      name,
      one,
      asked: list(asked),
      members: all.filter((m) => m !== '*'),
      ...(all.includes('*') ? { languages: true as const } : {}),
    };
  });

const key = (name: string) => foldSkillKey(canonicalSkillName(name));
const MEMBER_KEYS = new Map(SKILL_FAMILIES.map((f) => [f, new Set((f.members ?? []).map(key))]));
const BY_ASKED = new Map(SKILL_FAMILIES.flatMap((f) => f.asked.map((a) => [a, f] as const)));

/** The family a phrase names as a whole ("sql databases", "any cloud", "the dbs"), if any. */
export function familyNamed(phrase: string): SkillFamily | undefined {
  const words = phrase.toLowerCase().trim().replace(/\s+/g, ' ');
  return (
    BY_ASKED.get(words.replace(/^(?:any|some|the|a|an|other|kinds? of|types? of) /, '')) ??
    BY_ASKED.get(words)
  );
}

/** Whether a skill (by any spelling) is one of the family's kind. */
export function inFamily(family: SkillFamily, skill: string): boolean {
  const folded = key(skill);
  if (MEMBER_KEYS.get(family)!.has(folded)) return true;
  return (
    family.languages === true && !NOT_PROGRAMMING.has(folded) && lookupTechnology(skill)?.kind === 'language'
  );
}

/** The family's listed members as the vocabulary names them (for holders' lookups). */
export const familyMembers = (family: SkillFamily): string[] => [
  ...new Set((family.members ?? []).map((m) => canonicalSkillName(m))),
];

/** Every name a question can use for a family, longest first (for a fixed alternation in a rule). */
export const FAMILY_WORDS: readonly string[] = [...BY_ASKED.keys()].sort((a, b) => b.length - a.length);
