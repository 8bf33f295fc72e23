// Canonical skill names: one alias table so "js", "postgres", "k8s" and "golang" each mean one skill.
// Keys of CANONICAL are the names shown to users; aliases include skillicons.dev / devicon / simple-icons ids.
import { memoize } from './memoize.js';

const CANONICAL: Record<string, readonly string[]> = {
  JavaScript: ['js', 'javascript', 'ecmascript', 'es6', 'vanillajs'],
  TypeScript: ['ts', 'typescript'],
  Python: ['py', 'python', 'python3'],
  Go: ['go', 'golang'],
  Rust: ['rust', 'rustlang'],
  Java: ['java'],
  Kotlin: ['kotlin', 'kt'],
  Swift: ['swift'],
  'C#': ['cs', 'csharp', 'c#', 'dotnetcsharp'],
  'C++': ['cpp', 'cplusplus', 'c++'],
  C: ['c', 'clang'],
  Ruby: ['ruby', 'rb'],
  PHP: ['php'],
  Scala: ['scala'],
  Elixir: ['elixir'],
  Haskell: ['haskell', 'hs'],
  Dart: ['dart'],
  Lua: ['lua'],
  R: ['r', 'rlang'],
  Bash: ['bash', 'sh', 'shell', 'shellscript', 'gnubash'],
  SQL: ['sql'],
  HTML: ['html', 'html5'],
  CSS: ['css', 'css3'],
  Sass: ['sass', 'scss'],
  'Node.js': ['node', 'nodejs', 'node.js'],
  Deno: ['deno'],
  Bun: ['bun'],
  React: ['react', 'reactjs', 'react.js'],
  'React Native': ['reactnative'],
  'Next.js': ['next', 'nextjs', 'next.js'],
  'Vue.js': ['vue', 'vuejs', 'vue.js'],
  'Nuxt.js': ['nuxt', 'nuxtjs'],
  Angular: ['angular', 'angularjs'],
  Svelte: ['svelte', 'sveltekit'],
  'Tailwind CSS': ['tailwind', 'tailwindcss'],
  Bootstrap: ['bootstrap'],
  Redux: ['redux'],
  GraphQL: ['graphql', 'gql'],
  Express: ['express', 'expressjs'],
  NestJS: ['nest', 'nestjs'],
  Django: ['django'],
  'Django REST Framework': ['drf', 'djangorestframework', 'djangorest'],
  Flask: ['flask'],
  FastAPI: ['fastapi'],
  'Ruby on Rails': ['rails', 'ror', 'rubyonrails'],
  Laravel: ['laravel'],
  Spring: ['spring', 'springboot'],
  '.NET': ['dotnet', '.net', 'dotnetcore'],
  PostgreSQL: ['postgres', 'postgresql', 'psql', 'pg'],
  MySQL: ['mysql'],
  SQLite: ['sqlite'],
  MongoDB: ['mongo', 'mongodb'],
  Redis: ['redis'],
  ClickHouse: ['clickhouse'],
  Elasticsearch: ['elasticsearch', 'elastic'],
  Cassandra: ['cassandra'],
  DynamoDB: ['dynamodb', 'dynamo', 'amazondynamodb'],
  Kafka: ['kafka', 'apachekafka'],
  RabbitMQ: ['rabbitmq'],
  Docker: ['docker'],
  Kubernetes: ['k8s', 'kubernetes', 'kube'],
  Helm: ['helm'],
  Terraform: ['tf', 'terraform'],
  Ansible: ['ansible'],
  AWS: ['aws', 'amazonwebservices', 'amazonaws'],
  'Google Cloud': ['gcp', 'googlecloud', 'googlecloudplatform'],
  Azure: ['azure', 'microsoftazure'],
  Linux: ['linux'],
  Git: ['git'],
  GitHub: ['github'],
  'GitHub Actions': ['githubactions', 'gha'],
  GitLab: ['gitlab'],
  Jenkins: ['jenkins'],
  Nginx: ['nginx'],
  Prometheus: ['prometheus'],
  Grafana: ['grafana'],
  Vercel: ['vercel'],
  Netlify: ['netlify'],
  Firebase: ['firebase'],
  Supabase: ['supabase'],
  Figma: ['figma'],
  TensorFlow: ['tensorflow', 'tf2'],
  PyTorch: ['pytorch', 'torch'],
  'scikit-learn': ['sklearn', 'scikitlearn'],
  Pandas: ['pandas'],
  NumPy: ['numpy'],
  Vite: ['vite', 'vitejs'],
  Webpack: ['webpack'],
  Jest: ['jest'],
  Vitest: ['vitest'],
  Cloudflare: ['cloudflare'],
  Celery: ['celery'],
  Solidity: ['solidity'],
  Unity: ['unity'],
  ECS: ['ecs', 'amazonecs'],
  EC2: ['ec2', 'amazonec2'],
  SQS: ['sqs', 'amazonsqs'],
  S3: ['s3', 'amazons3'],
  Lambda: ['lambda', 'awslambda'],
  Fargate: ['fargate', 'awsfargate'],
  CloudFront: ['cloudfront', 'amazoncloudfront'],
  'Route 53': ['route53'],
  IAM: ['iam'],
  VPC: ['vpc'],
  ALB: ['alb'],
  WAF: ['waf'],
};

/** Lowercase, diacritics removed, spaces/dots/dashes/underscores dropped ("Next.js" → "nextjs"). */
export const foldSkillKey = memoize((raw: string): string =>
  raw
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\s._-]+/g, ''),
);

const lookup = new Map<string, string>();
for (const [name, aliases] of Object.entries(CANONICAL)) {
  lookup.set(foldSkillKey(name), name);
  for (const alias of aliases) lookup.set(foldSkillKey(alias), name);
}

/** The canonical name for a skill as written; unknown names come back trimmed, as written. */
export function canonicalSkillName(raw: string): string {
  const trimmed = raw.trim();
  return lookup.get(foldSkillKey(trimmed)) ?? trimmed;
}

/** True when the table knows this spelling. */
export function isKnownSkill(raw: string): boolean {
  return lookup.has(foldSkillKey(raw));
}

/** How many spellings the table knows (documentation and tests). */
export function aliasCount(): number {
  return lookup.size;
}
