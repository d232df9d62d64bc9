/**
 * Which skills a generated profile draws, by stack, with the odds of each:
 * mostly back-end developers (a language, frameworks of that language, its
 * ORM, test and build tools), some front-end, data and ops profiles so scores
 * spread. Every id is checked against the bundled taxonomy when the pools are
 * built, so the generator cannot drift from skills.json silently.
 */
import type { SkillDefinition } from '@embauche/skills/skill.types';
import { SkillCatalog } from '@embauche/skills/skill-catalog';

export interface Stack {
  readonly name: string;
  readonly weight: number;
  readonly headline: string;
  /** Always present (the first one), then each other one with probability 0.6. */
  readonly languages: readonly string[];
  readonly runtime: readonly string[];
  /** 1–4 of these. */
  readonly frameworks: readonly string[];
  /** 0–2 of these. */
  readonly tools: readonly string[];
}

export const STACKS: readonly Stack[] = [
  { name: 'java', weight: 24, headline: 'Java back-end developer', languages: ['java', 'kotlin', 'groovy'], runtime: ['jvm'], frameworks: ['spring-boot', 'spring', 'hibernate', 'jpa', 'quarkus', 'jakarta-ee', 'micronaut', 'spring-security', 'spring-cloud'], tools: ['maven', 'gradle', 'junit', 'mockito', 'testcontainers', 'intellij-idea'] },
  { name: 'node', weight: 20, headline: 'Node.js developer', languages: ['typescript', 'javascript'], runtime: ['nodejs'], frameworks: ['express', 'nestjs', 'fastify', 'koa', 'typeorm', 'prisma', 'sequelize', 'mongoose', 'bullmq'], tools: ['npm', 'jest', 'mocha', 'vitest', 'vscode'] },
  { name: 'python', weight: 17, headline: 'Python developer', languages: ['python'], runtime: [], frameworks: ['django', 'django-rest-framework', 'flask', 'fastapi', 'sqlalchemy', 'celery', 'pandas'], tools: ['pytest', 'poetry'] },
  { name: 'php', weight: 14, headline: 'PHP developer', languages: ['php', 'javascript'], runtime: [], frameworks: ['laravel', 'symfony', 'doctrine', 'codeigniter'], tools: ['composer', 'phpunit'] },
  { name: 'dotnet', weight: 9, headline: '.NET developer', languages: ['csharp', 'tsql'], runtime: ['dotnet'], frameworks: ['aspnet-core', 'entity-framework'], tools: ['xunit', 'nunit', 'azure-devops'] },
  { name: 'go', weight: 5, headline: 'Go developer', languages: ['go'], runtime: [], frameworks: ['gin', 'echo', 'fiber', 'grpc', 'protobuf'], tools: ['github'] },
  { name: 'ruby', weight: 3, headline: 'Ruby on Rails developer', languages: ['ruby'], runtime: [], frameworks: ['rails', 'sinatra', 'sidekiq'], tools: ['rspec', 'minitest'] },
  { name: 'frontend', weight: 6, headline: 'Front-end developer', languages: ['typescript', 'javascript'], runtime: ['nodejs'], frameworks: ['react', 'angular', 'vue', 'nextjs', 'html', 'css'], tools: ['npm', 'jest', 'cypress', 'playwright'] },
  { name: 'data', weight: 4, headline: 'Data engineer', languages: ['python', 'scala', 'sql'], runtime: [], frameworks: ['apache-spark', 'airflow', 'pandas', 'etl', 'kafka'], tools: ['bigquery', 'snowflake'] },
  { name: 'ops', weight: 3, headline: 'DevOps engineer', languages: ['bash', 'python', 'go'], runtime: [], frameworks: ['kubernetes', 'terraform', 'ansible', 'helm', 'prometheus', 'grafana'], tools: ['linux', 'gitlab-ci', 'argocd'] },
];

/** Shared back-end skills, each drawn independently with its probability (scaled per profile). */
export const SHARED_ODDS: ReadonlyArray<readonly [string, number]> = [
  // databases
  ['sql', 0.75], ['postgresql', 0.5], ['mysql', 0.42], ['mongodb', 0.25], ['redis', 0.3], ['oracle-database', 0.12],
  ['sql-server', 0.12], ['mariadb', 0.1], ['elasticsearch', 0.12], ['cassandra', 0.04], ['dynamodb', 0.05], ['sqlite', 0.08],
  // APIs
  ['rest-api', 0.7], ['graphql', 0.2], ['grpc', 0.06], ['openapi', 0.2], ['websockets', 0.08], ['json', 0.2],
  // cloud, devops, tools
  ['git', 0.85], ['docker', 0.55], ['kubernetes', 0.22], ['ci-cd', 0.35], ['aws', 0.3], ['azure', 0.15], ['google-cloud', 0.1],
  ['github-actions', 0.15], ['gitlab-ci', 0.15], ['jenkins', 0.12], ['terraform', 0.08], ['linux', 0.35], ['devops', 0.1],
  ['nginx', 0.08], ['jira', 0.2],
  // testing
  ['unit-testing', 0.55], ['integration-testing', 0.35], ['tdd', 0.15], ['end-to-end-testing', 0.1],
  // security
  ['application-security', 0.12], ['data-security', 0.06], ['owasp', 0.08], ['oauth2', 0.15], ['jwt', 0.15],
  // practices, messaging
  ['microservices', 0.3], ['clean-code', 0.2], ['design-patterns', 0.25], ['oop', 0.3], ['agile', 0.35], ['scrum', 0.3],
  ['ddd', 0.08], ['solid', 0.12], ['api-design', 0.1], ['code-review', 0.12], ['rabbitmq', 0.12], ['kafka', 0.12],
];

export const SOFT_ODDS: ReadonlyArray<readonly [string, number]> = [
  ['teamwork', 0.5], ['communication', 0.45], ['problem-solving', 0.4], ['autonomy', 0.4], ['rigor', 0.3],
  ['logical-thinking', 0.25], ['technical-curiosity', 0.25], ['adaptability', 0.3], ['continuous-learning', 0.15],
  ['time-management', 0.08], ['leadership', 0.06], ['mentoring', 0.05], ['creativity', 0.06], ['attention-to-detail', 0.08],
  ['critical-thinking', 0.05], ['collaboration', 0.1], ['ownership', 0.05], ['analytical-thinking', 0.08],
];

/** Free text the taxonomy does not know: stored with skillId null, as the API stores unresolved names. */
export const CUSTOM_SKILLS: readonly string[] = ['Odoo', 'Magento', 'SAP ABAP', 'Drupal', 'Home-made ORM', 'WinDev', 'Progress 4GL', 'Talend', 'Mulesoft', 'Camunda'];

export interface SkillPools {
  readonly catalog: SkillCatalog;
  /** Every technical skill of the back-end categories, to top up thin profiles. */
  readonly backEnd: readonly SkillDefinition[];
  /** Custom names the catalog does not resolve. */
  readonly custom: readonly string[];
}

const TOP_UP_CATEGORIES = new Set(['language', 'framework', 'orm', 'database', 'api', 'cloud', 'devops', 'testing', 'practice', 'messaging', 'tool']);

let pools: SkillPools | undefined;

export function skillPools(): SkillPools {
  if (pools) return pools;
  const catalog = SkillCatalog.fromBundledData();
  const ids = [
    ...STACKS.flatMap((s) => [...s.languages, ...s.runtime, ...s.frameworks, ...s.tools]),
    ...SHARED_ODDS.map(([id]) => id),
    ...SOFT_ODDS.map(([id]) => id),
  ];
  const unknown = ids.filter((id) => !catalog.has(id));
  if (unknown.length > 0) throw new Error(`bench/data/skill-pools.ts names skills that skills.json lacks: ${[...new Set(unknown)].join(', ')}`);
  pools = {
    catalog,
    backEnd: catalog.all().filter((s) => s.kind === 'technical' && TOP_UP_CATEGORIES.has(s.category)),
    custom: CUSTOM_SKILLS.filter((name) => catalog.resolve(name) === null),
  };
  return pools;
}
