/**
 * The demo's hand-written applicants for a mid-level Back-End Developer in
 * Liège (French posting, so French C1 and English B2 are must-haves). They
 * cover the cases a hiring manager meets: strong fits, near misses, people
 * missing one must-have, people from other stacks or countries. Skills are
 * written the way people write them (aliases, French or Dutch words), since
 * resolving them is part of what the platform shows.
 *
 * `key` is a stable handle: the end-to-end test finds candidates by it.
 */
import type { ProfileBody } from './api-types';

export interface DemoCandidate {
  key: string;
  name: string;
  profile: ProfileBody;
  coverLetter?: string;
}

type Skill = ProfileBody['skills'][number];
type Lang = ProfileBody['languages'][number];

const s = (name: string, level?: number, years?: number): Skill => (years === undefined ? { name, level } : { name, level, years });
const langs = (spec: string): Lang[] =>
  spec.split(' ').map((pair) => {
    const [language, level] = pair.split(':');
    return { language, level: level as Lang['level'] };
  });
const perMonth = (amount: number) => ({ amount, currency: 'EUR', period: 'month' as const });
const perYear = (amount: number) => ({ amount, currency: 'EUR', period: 'year' as const });

function candidate(key: string, name: string, profile: Partial<ProfileBody> & Pick<ProfileBody, 'skills' | 'languages'>, coverLetter?: string): DemoCandidate {
  return {
    key,
    name,
    coverLetter,
    profile: {
      headline: null,
      summary: null,
      country: 'BE',
      city: null,
      remotePreference: 'any',
      willingToRelocate: false,
      yearsExperience: null,
      educationLevel: null,
      salaryExpectation: null,
      ...profile,
    },
  };
}

const softCore = [s('rigueur', 4), s("esprit d'équipe", 4), s('résolution de problèmes', 4), s('autonomie', 3), s('communication', 3), s('esprit logique', 4)];

export const DEMO_CANDIDATES: DemoCandidate[] = [
  candidate('strong-java', 'Julien Lambert', {
    headline: 'Développeur Java / Spring Boot', city: 'Liège', remotePreference: 'hybrid', yearsExperience: 7, educationLevel: 'master',
    summary: 'Sept ans de back-end Java dans la logistique : API REST, PostgreSQL, tests, sécurité.',
    salaryExpectation: perMonth(4300),
    skills: [s('Java', 5, 7), s('Spring Boot', 5, 6), s('Hibernate', 4), s('Postgres', 4), s('SQL', 4), s('Git', 4), s('REST', 5), s('tests unitaires', 4), s('integration tests', 4),
      s('secure coding', 3), s('sécurité des données', 3), s('Docker', 3), s('AWS', 2), s('MongoDB', 2), ...softCore, s('curiosité', 4), s('adaptabilité', 3)],
    languages: langs('fr:native en:C1 nl:B1'),
  }, 'Je connais bien le secteur liégeois et je cherche une équipe qui soigne ses tests.'),
  candidate('strong-node', 'Sarah Peeters', {
    headline: 'Node.js / TypeScript back-end developer', city: 'Bruxelles', remotePreference: 'hybrid', yearsExperience: 6, educationLevel: 'bachelor',
    summary: 'NestJS APIs for a fintech: PostgreSQL, GraphQL, AWS, strong testing culture.',
    salaryExpectation: perMonth(4400),
    skills: [s('NodeJS', 5, 6), s('TypeScript', 5), s('NestJS', 4), s('PostgreSQL', 4), s('SQL', 4), s('MongoDB', 3), s('GraphQL', 3), s('REST API', 5), s('git', 5),
      s('Jest', 4), s('unit tests', 4), s('integration tests', 4), s('OWASP', 3), s('application security', 3), s('data security', 3), s('AWS', 3), s('CI/CD', 4),
      ...softCore, s('technical curiosity', 4), s('adaptability', 4)],
    languages: langs('fr:native en:C1 nl:B2'),
  }),
  candidate('junior-php-bootcamp', 'Kevin Martin', {
    headline: 'Développeur web junior (BeCode)', city: 'Liège', remotePreference: 'onsite', yearsExperience: 1, educationLevel: 'bootcamp',
    summary: 'Reconversion via BeCode Liège : PHP, Laravel, MySQL. Un an de stage et de freelance.',
    salaryExpectation: perMonth(3000),
    skills: [s('PHP', 3, 1), s('Laravel', 2), s('MySQL', 3), s('SQL', 2), s('Git', 2), s('HTML', 3), s('CSS', 3), s('JavaScript', 2), s('motivation'), s('esprit d’équipe', 4), s('curiosité', 5)],
    languages: langs('fr:native en:B2'),
  }),
  candidate('python-data', 'Nadia El Amrani', {
    headline: 'Data engineer (Python, SQL)', city: 'Bruxelles', remotePreference: 'hybrid', yearsExperience: 4, educationLevel: 'master',
    summary: 'Pipelines de données en Python et Airflow, entrepôt PostgreSQL, un peu de machine learning.',
    skills: [s('Python', 4, 4), s('pandas', 4), s('SQL', 5), s('PostgreSQL', 3), s('Airflow', 3), s('Git', 3), s('machine learning', 3), s('Docker', 2), s('pytest', 3),
      s('rigueur', 4), s('esprit logique', 5), s('problem solving', 4)],
    languages: langs('fr:native en:C1 nl:A2 ar:native'),
  }),
  candidate('frontend-only', 'Lucas Janssens', {
    headline: 'Front-end developer (React)', city: 'Namur', remotePreference: 'hybrid', yearsExperience: 5, educationLevel: 'bachelor',
    summary: 'Interfaces React et Vue, design systems, accessibilité. Jamais touché au back-end.',
    salaryExpectation: perMonth(4000),
    skills: [s('React', 5), s('TypeScript', 4), s('JavaScript', 5), s('HTML', 5), s('CSS', 5), s('Vue', 3), s('Git', 4), s('Jest', 3), s('Cypress', 3), s('créativité', 4), s("esprit d'équipe", 4)],
    languages: langs('fr:native en:C1'),
  }),
  candidate('senior-go-remote', 'Thomas Moreau', {
    headline: 'Senior Go engineer, remote only', country: 'FR', city: 'Paris', remotePreference: 'remote', yearsExperience: 12, educationLevel: 'master',
    summary: 'Go microservices, Kubernetes, Kafka. Looking for a fully remote position.',
    salaryExpectation: perYear(75000),
    skills: [s('Go', 5, 8), s('Kubernetes', 5), s('Postgres', 4), s('SQL', 4), s('gRPC', 4), s('Git', 5), s('Docker', 5), s('AWS', 4), s('Kafka', 4), s('REST', 4),
      s('unit testing', 4), s('autonomie', 5), s('leadership', 4)],
    languages: langs('fr:native en:C1'),
  }),
  candidate('missing-english', 'Marie-Claire Fontaine', {
    headline: 'Analyste-développeuse Java', city: 'Seraing', remotePreference: 'onsite', yearsExperience: 14, educationLevel: 'bachelor',
    summary: 'Quatorze ans sur des applications Java et Oracle dans la banque.',
    salaryExpectation: perMonth(4500),
    skills: [s('Java', 4, 14), s('Spring', 4), s('Oracle', 4), s('PL/SQL', 4), s('SQL', 4), s('Git', 3), s('tests unitaires', 3), s('rigueur', 5), s('autonomie', 4), s('communication', 4)],
    languages: langs('fr:native en:A2'),
  }),
  candidate('no-sql', 'Bram Willems', {
    headline: 'Node.js developer (MongoDB)', city: 'Verviers', remotePreference: 'hybrid', yearsExperience: 4, educationLevel: 'bachelor',
    summary: 'Express and MongoDB back-ends for start-ups; never used a relational database in production.',
    salaryExpectation: perMonth(3900),
    skills: [s('Node.js', 4), s('Express', 4), s('MongoDB', 5), s('Redis', 3), s('Git', 4), s('REST', 4), s('Mocha', 3), s('Docker', 3), s('teamwork', 4), s('autonomy', 4)],
    languages: langs('fr:C1 nl:native en:B2'),
  }),
  candidate('ghent-java', 'Pieter De Smet', {
    headline: 'Java developer', city: 'Gent', remotePreference: 'hybrid', willingToRelocate: true, yearsExperience: 5, educationLevel: 'master',
    skills: [s('Java', 4), s('Kotlin', 3), s('Spring Boot', 4), s('PostgreSQL', 4), s('SQL', 4), s('Git', 4), s('JUnit', 4), s('Testcontainers', 3), s('REST', 4),
      s('teamgeest', 4), s('nauwkeurig', 4), s('probleemoplossend', 4)],
    languages: langs('nl:native en:C1 fr:B1'),
  }),
  candidate('django-namur', 'Camille Renard', {
    headline: 'Développeuse Python / Django', city: 'Namur', remotePreference: 'hybrid', yearsExperience: 3, educationLevel: 'bachelor',
    salaryExpectation: perMonth(3900),
    skills: [s('Python', 4), s('Django', 4), s('Django REST framework', 3), s('PostgreSQL', 4), s('SQL', 3), s('Git', 4), s('pytest', 3), s('Celery', 2), s('GitLab CI', 3),
      s('rigueur', 4), s('curiosité', 4), s('communication', 4), s('travail en équipe', 4)],
    languages: langs('fr:native en:B2 nl:A2'),
  }),
  candidate('senior-php', 'Olivier Dumont', {
    headline: 'Lead développeur PHP / Symfony', city: 'Liège', remotePreference: 'hybrid', yearsExperience: 10, educationLevel: 'bachelor',
    summary: 'Dix ans de Symfony, e-commerce à fort trafic, MySQL et Redis, encadrement de juniors.',
    salaryExpectation: perMonth(5200),
    skills: [s('PHP', 5), s('Symfony', 5), s('MySQL', 4), s('SQL', 4), s('Git', 4), s('Docker', 3), s('REST', 4), s('PHPUnit', 4), s('Redis', 3), s('OWASP', 3),
      s('mentorat', 4), s('leadership', 3), s('rigueur', 4), s('esprit logique', 4)],
    languages: langs('fr:native en:B2'),
  }),
  candidate('dotnet', 'Sophie Leclercq', {
    headline: 'Développeuse .NET', city: 'Charleroi', remotePreference: 'hybrid', yearsExperience: 6, educationLevel: 'bachelor',
    skills: [s('C#', 5), s('ASP.NET Core', 4), s('SQL Server', 4), s('SQL', 4), s('Azure', 3), s('Git', 4), s('xUnit', 3), s('REST', 4), s('rigueur', 4), s('autonomie', 4)],
    languages: langs('fr:native en:B2'),
  }),
  candidate('rails', 'Arnaud Claes', {
    headline: 'Ruby on Rails developer', city: 'Brussels', remotePreference: 'any', yearsExperience: 5, educationLevel: 'master',
    salaryExpectation: perMonth(4200),
    skills: [s('Ruby', 4), s('Rails', 4), s('PostgreSQL', 3), s('SQL', 3), s('Git', 4), s('RSpec', 4), s('Sidekiq', 3), s('Heroku', 3), s('GraphQL', 2),
      s('communication', 4), s('teamwork', 4), s('curiosity', 4)],
    languages: langs('fr:C1 en:C2 nl:B2'),
  }),
  candidate('devops', 'Mehdi Benali', {
    headline: 'Ingénieur DevOps', city: 'Liège', remotePreference: 'hybrid', yearsExperience: 6, educationLevel: 'bachelor',
    salaryExpectation: perMonth(4400),
    skills: [s('Python', 3), s('Bash', 4), s('Kubernetes', 4), s('Terraform', 4), s('AWS', 4), s('Docker', 5), s('CI/CD', 5), s('Git', 4), s('Linux', 5), s('SQL', 2),
      s('autonomie', 4), s('résolution de problèmes', 4)],
    languages: langs('fr:native en:C1'),
  }),
  candidate('android-kotlin', 'Laura Dewulf', {
    headline: 'Android developer (Kotlin)', city: 'Mons', remotePreference: 'hybrid', yearsExperience: 4, educationLevel: 'bachelor',
    skills: [s('Kotlin', 5), s('Java', 3), s('SQLite', 3), s('Git', 4), s('REST', 3), s('JUnit', 3), s('créativité', 4), s('esprit d’équipe', 3)],
    languages: langs('fr:native en:B2 nl:B1'),
  }),
  candidate('junior-java-hepl', 'Antoine Gilson', {
    headline: 'Bachelier en informatique (HEPL)', city: 'Liège', remotePreference: 'onsite', yearsExperience: 0.5, educationLevel: 'bachelor',
    summary: 'Jeune diplômé de la HEPL, stage de six mois en Java / Spring Boot.',
    salaryExpectation: perMonth(3100),
    skills: [s('Java', 3), s('Spring Boot', 2), s('SQL', 3), s('PostgreSQL', 2), s('Git', 3), s('tests unitaires', 2), s('curiosité', 5), s('rigueur', 3), s('esprit d’équipe', 4)],
    languages: langs('fr:native en:B2'),
  }),
  candidate('fullstack-js', 'Élodie Mertens', {
    headline: 'Développeuse full-stack JavaScript', city: 'Louvain-la-Neuve', remotePreference: 'hybrid', yearsExperience: 3, educationLevel: 'master',
    salaryExpectation: perMonth(3800),
    skills: [s('Node.js', 3), s('Express', 3), s('React', 4), s('TypeScript', 3), s('MySQL', 3), s('SQL', 3), s('Git', 3), s('Jest', 3), s('REST', 3),
      s('adaptabilité', 4), s('communication', 4), s('esprit d’équipe', 4)],
    languages: langs('fr:native en:B2 nl:B1'),
  }),
  candidate('senior-java-luxembourg', 'Marc Weber', {
    headline: 'Senior Java architect', country: 'LU', city: 'Luxembourg', remotePreference: 'hybrid', willingToRelocate: true, yearsExperience: 15, educationLevel: 'master',
    summary: 'Event-driven banking platforms: Spring Cloud, Kafka, PostgreSQL, AWS. Ready to move to Liège.',
    salaryExpectation: perMonth(6800),
    skills: [s('Java', 5), s('Spring Cloud', 5), s('Kafka', 4), s('microservices', 5), s('PostgreSQL', 5), s('SQL', 5), s('Git', 5), s('AWS', 4), s('application security', 4),
      s('data security', 4), s('unit testing', 4), s('integration testing', 4), s('REST', 5), s('leadership', 5), s('communication', 4), s('rigor', 4), s('problem solving', 5)],
    languages: langs('fr:C2 en:C2 de:native lb:native'),
  }),
  candidate('antwerp-data', 'Jasper Van den Broeck', {
    headline: 'Data engineer', city: 'Antwerpen', remotePreference: 'hybrid', yearsExperience: 5, educationLevel: 'master',
    skills: [s('Python', 4), s('Spark', 4), s('Airflow', 4), s('SQL', 5), s('Snowflake', 4), s('Git', 3), s('dbt'), s('nauwkeurigheid', 4), s('probleemoplossend', 4)],
    languages: langs('nl:native en:C1 fr:B2'),
  }),
  candidate('qa-automation', 'Céline Hubert', {
    headline: 'Ingénieure QA automation', city: 'Liège', remotePreference: 'hybrid', yearsExperience: 6, educationLevel: 'bachelor',
    salaryExpectation: perMonth(3900),
    skills: [s('Java', 3), s('Selenium', 4), s('Cypress', 4), s('tests automatisés', 5), s('tests unitaires', 4), s("tests d'intégration", 4), s('SQL', 3), s('Git', 3),
      s('rigueur', 5), s('communication', 4)],
    languages: langs('fr:native en:B2'),
  }),
  candidate('career-switcher', 'Isabelle Collard', {
    headline: 'Ex-comptable en reconversion', city: 'Namur', remotePreference: 'any', yearsExperience: 0, educationLevel: 'bootcamp',
    summary: 'Quinze ans de comptabilité, puis une formation intensive en développement (Le Forem).',
    skills: [s('Python', 2), s('SQL', 3), s('Excel', 5), s('Git', 2), s('rigueur', 5), s('organisation', 4), s('communication', 4)],
    languages: langs('fr:native en:B1 nl:B1'),
  }),
  candidate('lille-tech-lead', 'Hugo Lefebvre', {
    headline: 'Tech lead Node.js / Go', country: 'FR', city: 'Lille', remotePreference: 'hybrid', yearsExperience: 11, educationLevel: 'master',
    salaryExpectation: perYear(65000),
    skills: [s('Node.js', 5), s('Go', 4), s('PostgreSQL', 4), s('SQL', 4), s('Git', 5), s('AWS', 4), s('REST', 5), s('GraphQL', 4), s('unit tests', 4), s('integration tests', 3),
      s('leadership', 5), s('mentoring', 4), s('communication', 5)],
    languages: langs('fr:native en:C1'),
  }),
  candidate('student', 'Noah Dupont', {
    headline: 'Étudiant en informatique', city: 'Liège', remotePreference: 'onsite', yearsExperience: 0, educationLevel: 'secondary',
    skills: [s('JavaScript', 2), s('Python', 2), s('HTML', 3), s('Git', 1), s('curiosité', 5)],
    languages: langs('fr:native en:B1'),
  }),
  candidate('security', 'Yasmine Haddad', {
    headline: 'Application security engineer', city: 'Bruxelles', remotePreference: 'hybrid', yearsExperience: 8, educationLevel: 'master',
    salaryExpectation: perMonth(5000),
    skills: [s('application security', 5), s('OWASP', 5), s('penetration testing', 4), s('Python', 4), s('SQL', 3), s('Git', 3), s('data security', 5), s('cryptography', 4),
      s('rigueur', 5), s('esprit logique', 5)],
    languages: langs('fr:C1 en:C2 nl:C1'),
  }),
  candidate('former-dev-manager', 'Philippe Noël', {
    headline: 'Chef de projet IT, ancien développeur Java', city: 'Liège', remotePreference: 'onsite', yearsExperience: 18, educationLevel: 'master',
    salaryExpectation: perMonth(5500),
    skills: [s('Java', 2), s('SQL', 3), s('Git', 2), s('Scrum', 4), s('Jira', 4), s('communication', 5), s("esprit d'équipe", 5), s('leadership', 5), s('organisation', 5)],
    languages: langs('fr:native en:C1 nl:B2'),
  }),
  candidate('wordpress-freelance', 'Manon Pirard', {
    headline: 'Développeuse WordPress freelance', city: 'Verviers', remotePreference: 'remote', yearsExperience: 4, educationLevel: 'secondary',
    salaryExpectation: perMonth(3500),
    skills: [s('PHP', 3), s('WordPress', 4), s('MySQL', 3), s('SQL', 2), s('HTML', 4), s('CSS', 4), s('Git', 1), s('autonomie', 5)],
    languages: langs('fr:native en:B1'),
  }),
];
