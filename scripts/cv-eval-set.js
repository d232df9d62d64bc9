#!/usr/bin/env node
// `node scripts/cv-eval-set.js`: renders the CV evaluation set into bench/cv-eval/files (committed),
// read by `npm run bench -- cv`. Inputs: the example resumes shipped in @jsonresume/schema and the
// fr/en/nl ones in bench/cv-eval/resumes. Each goes through JSON Resume themes from npm (one- and
// two-column) printed to PDF by headless Chromium with every network request refused (themes link
// web fonts; the PDF falls back to local fonts), and the hand-written ones also to DOCX (`docx`
// package, headings in the resume's language). manifest.json lists each file with its resume,
// theme, layout and language; the ground truth is computed from the resume by the benchmark.
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');
const docx = require('docx');

const root = path.join(__dirname, '..');
const out = path.join(root, 'bench', 'cv-eval', 'files');
const FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Theme → its layout as printed on A4 (checked by eye on the rendered files). */
const THEMES = {
  'jsonresume-theme-even': 'one-column',
  'jsonresume-theme-stackoverflow': 'one-column',
  // Kendall's sidebar needs Bootstrap from a CDN; printed offline it is one column.
  'jsonresume-theme-kendall': 'one-column',
  'jsonresume-theme-macchiato': 'two-column',
};

function resumes() {
  const schema = path.dirname(require.resolve('@jsonresume/schema/package.json'));
  const list = [{ id: 'schema-sample', lang: 'en', file: path.join(schema, 'sample.resume.json') }];
  for (const name of fs.readdirSync(path.join(schema, 'examples')).sort()) {
    list.push({ id: `schema-${name.replace('.resume.json', '')}`, lang: 'en', file: path.join(schema, 'examples', name) });
  }
  const own = path.join(root, 'bench', 'cv-eval', 'resumes');
  for (const name of fs.readdirSync(own).sort()) list.push({ id: name.replace('.json', ''), lang: name.slice(0, 2), file: path.join(own, name), own: true });
  return list.map((r) => ({ ...r, resume: JSON.parse(fs.readFileSync(r.file, 'utf8')) }));
}

async function renderTheme(theme, resume) {
  let mod;
  try {
    mod = require(theme);
  } catch {
    mod = await import(theme);
  }
  const render = mod.render ?? mod.default?.render;
  return render(resume);
}

const HEADINGS = {
  en: { summary: 'Summary', work: 'Work experience', education: 'Education', skills: 'Skills', languages: 'Languages' },
  fr: { summary: 'Profil', work: 'Expérience professionnelle', education: 'Formation', skills: 'Compétences', languages: 'Langues' },
  nl: { summary: 'Profiel', work: 'Werkervaring', education: 'Opleiding', skills: 'Vaardigheden', languages: 'Talen' },
};
const PRESENT = { en: 'present', fr: "aujourd'hui", nl: 'heden' };

async function toDocx(resume, lang) {
  const h = HEADINGS[lang];
  const p = (text, heading) => new docx.Paragraph({ text, ...(heading ? { heading } : {}) });
  const b = resume.basics ?? {};
  const children = [
    p(b.name, docx.HeadingLevel.HEADING_1),
    p(b.label ?? ''),
    p([b.location?.city, b.location?.countryCode].filter(Boolean).join(', ')),
    p(h.summary, docx.HeadingLevel.HEADING_2),
    p(b.summary ?? ''),
    p(h.work, docx.HeadingLevel.HEADING_2),
    ...(resume.work ?? []).flatMap((w) => [
      p(`${w.position}, ${w.name}, ${w.startDate} – ${w.endDate ?? PRESENT[lang]}`),
      ...(w.highlights ?? []).map((x) => p(x)),
    ]),
    p(h.education, docx.HeadingLevel.HEADING_2),
    ...(resume.education ?? []).map((e) => p(`${e.studyType} ${e.area}, ${e.institution}`)),
    p(h.skills, docx.HeadingLevel.HEADING_2),
    ...(resume.skills ?? []).map((s) => p(`${s.name}: ${(s.keywords ?? []).join(', ')}`)),
    p(h.languages, docx.HeadingLevel.HEADING_2),
    ...(resume.languages ?? []).map((l) => p(`${l.language}: ${l.fluency}`)),
  ];
  return docx.Packer.toBuffer(new docx.Document({ creator: 'embauche eval set', sections: [{ children }] }));
}

async function main() {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const manifest = [];
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });
  try {
    for (const r of resumes()) {
      for (const [theme, layout] of Object.entries(THEMES)) {
        const html = await renderTheme(theme, r.resume);
        const tab = await browser.newPage();
        await tab.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
        await tab.setContent(html, { waitUntil: 'load' });
        const file = `${r.id}.${theme.replace('jsonresume-theme-', '')}.pdf`;
        await tab.pdf({ path: path.join(out, file), format: 'A4', printBackground: true });
        await tab.close();
        manifest.push({ file, resume: path.relative(root, r.file).replace(/^node_modules\//, ''), theme, layout, lang: r.lang, format: 'pdf' });
      }
      if (r.own) {
        const file = `${r.id}.docx`;
        fs.writeFileSync(path.join(out, file), await toDocx(r.resume, r.lang));
        manifest.push({ file, resume: path.relative(root, r.file), theme: 'docx', layout: 'one-column', lang: r.lang, format: 'docx' });
      }
    }
  } finally {
    await browser.close();
  }
  fs.writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`${manifest.length} files in ${path.relative(root, out)}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
