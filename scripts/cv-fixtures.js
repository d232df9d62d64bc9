#!/usr/bin/env node
// `node scripts/cv-fixtures.js`: writes the CV files the e2e tests upload (test/fixtures/cv).
// PDFs are printed from the HTML below by headless Chromium (/usr/bin/chromium, or CHROMIUM_PATH),
// DOCX files are written with the `docx` package, the zip bomb with JSZip. Same input, same text:
// only the PDFs' creation dates differ between runs. Rerun after changing a CV below, commit the files.
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');
const docx = require('docx');
const JSZip = require('jszip');

const out = path.join(__dirname, '..', 'test', 'fixtures', 'cv');
const FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const STYLE = `<style>body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:11px;margin:32px;color:#222}h1{font-size:24px;margin:0}h2{font-size:15px;margin:14px 0 4px;border-bottom:1px solid #999}p{margin:3px 0}.cols{display:flex;gap:36px}.side{width:30%}.main{width:70%}</style>`;

const page = (body) => `<!doctype html><html><head><meta charset="utf-8">${STYLE}</head><body>${body}</body></html>`;

const CVS = {
  'en-one-column.pdf': page(`
    <h1>Alex Martin</h1><p>Senior Backend Developer</p><p>Brussels, Belgium · alex.martin@example.com · +32 470 12 34 56</p>
    <h2>Summary</h2><p>Backend developer building payment APIs. Ready to go the extra mile; I spent a spring in Java (the island) on a sabbatical.</p>
    <h2>Experience</h2>
    <p><b>Lead developer</b>, Paystream, Jan 2020 – Present</p>
    <p>Built services in TypeScript with NestJS and PostgreSQL on AWS; deployed with Docker and Kubernetes.</p>
    <p><b>Developer</b>, Webshop NV, 06/2016 – 03/2020</p>
    <p>Stack: PHP, Symfony, MySQL, Redis</p>
    <h2>Education</h2><p>Master in Computer Science, UCLouvain, 2011 – 2016</p>
    <h2>Skills</h2><p>TypeScript, Node.js, Go, Rust, GraphQL, Terraform, Grafana Hyperloop, Quantum Widgets</p>
    <h2>Languages</h2><p>French: native</p><p>English — C1</p><p>Dutch (B1)</p>`),
  'two-column.pdf': page(`
    <h1>Sam Peeters</h1><p>Full-stack developer</p>
    <div class="cols"><div class="side">
      <h2>Skills</h2><p>React</p><p>Vue.js</p><p>Python</p><p>Django</p><p>Swift</p><p>Figma</p>
      <h2>Languages</h2><p>Dutch: native</p><p>English: fluent</p><p>French: intermediate</p>
      <h2>Contact</h2><p>Ghent, Belgium</p>
    </div><div class="main">
      <h2>Experience</h2>
      <p><b>Developer</b> at Studio Noord, March 2019 – present</p>
      <p>Built customer portals and a design system used by four product teams across the company.</p>
      <p><b>Junior developer</b> at Bureau Zuid, September 2017 – February 2019</p>
      <p>Maintained internal tools and wrote integration tests for the billing platform every sprint.</p>
      <h2>Education</h2><p>Bachelor in Applied Computer Science, HoGent</p>
    </div></div>`),
  'fr.pdf': page(`
    <h1>Camille Dubois</h1><p>Développeuse Java confirmée</p><p>Lyon, France</p>
    <h2>Profil</h2><p>Développeuse passionnée par la qualité logicielle et les architectures distribuées.</p>
    <h2>Expérience professionnelle</h2>
    <p>Développeuse back-end, Banque du Rhône, sept. 2018 – aujourd'hui</p>
    <p>Conception de microservices avec Spring Boot, Kafka et PostgreSQL.</p>
    <p>Développeuse, Agence Web, 2015 – 2018</p>
    <h2>Formation</h2><p>Diplôme d'ingénieur, INSA Lyon</p>
    <h2>Compétences</h2><p>Java, Spring, Hibernate, Docker, Jenkins</p>
    <h2>Langues</h2><p>Anglais courant, allemand notions</p>`),
  'nl.pdf': page(`
    <h1>Jan de Vries</h1><p>DevOps-engineer</p><p>Antwerpen, België</p>
    <h2>Profiel</h2><p>Ik automatiseer infrastructuur en help teams sneller en veiliger te leveren.</p>
    <h2>Werkervaring</h2>
    <p>DevOps-engineer bij Haven Logistiek, mei 2019 – heden</p>
    <p>Beheer van Kubernetes-clusters met Terraform en Ansible op Microsoft Azure.</p>
    <p>Systeembeheerder bij Stad Antwerpen, 2014 – 2019</p>
    <h2>Opleiding</h2><p>Bachelor Toegepaste Informatica, Karel de Grote Hogeschool</p>
    <h2>Vaardigheden</h2><p>Linux, Bash, Python, Prometheus, GitLab CI</p>
    <h2>Talen</h2><p>Nederlands: moedertaal</p><p>Engels: vloeiend</p><p>Frans: goed</p>`),
  'eleven-pages.pdf': page(Array.from({ length: 11 }, (_, i) => `<div style="page-break-after:always"><h2>Experience ${i + 1}</h2><p>Developer, 2010 – 2011, TypeScript</p></div>`).join('')),
};

async function scanned(browser) {
  // A page of text photographed: a screenshot embedded as an image, so the PDF has no text layer.
  const shot = await browser.newPage({ viewport: { width: 800, height: 1000 } });
  await shot.setContent(CVS['en-one-column.pdf']);
  const png = await shot.screenshot();
  await shot.close();
  return page(`<img alt="" style="width:100%" src="data:image/png;base64,${png.toString('base64')}">`);
}

function paragraph(text, heading) {
  return new docx.Paragraph({ text, ...(heading ? { heading: docx.HeadingLevel.HEADING_2 } : {}) });
}

async function writeDocx() {
  const children = [
    new docx.Paragraph({ text: 'Lotte Janssens', heading: docx.HeadingLevel.HEADING_1 }),
    paragraph('Data engineer'),
    paragraph('Leuven, België'),
    paragraph('Profiel', true),
    paragraph('Data engineer met een passie voor betrouwbare pipelines en heldere dashboards.'),
    paragraph('Werkervaring', true),
    paragraph('Data engineer bij Brouwerij Data, januari 2021 – heden'),
    paragraph('Pipelines in Python met Apache Airflow en dbt op Snowflake.'),
    paragraph('Analist bij Verzekeringen Plus, 2017 – 2021'),
    paragraph('Opleiding', true),
    paragraph('Master Statistiek, KU Leuven'),
    paragraph('Vaardigheden', true),
    paragraph('Python, SQL, pandas, R, Tableau, Kettle Pentaho'),
    paragraph('Talen', true),
    paragraph('Nederlands: moedertaal'),
    paragraph('Engels: C1'),
  ];
  const document = new docx.Document({ creator: 'embauche fixtures', title: 'CV', description: 'fixture', sections: [{ children }] });
  fs.writeFileSync(path.join(out, 'nl.docx'), await docx.Packer.toBuffer(document));
}

async function writeZipBomb() {
  // A real .docx shape whose document.xml inflates to 100 MB of spaces: ~100 KB on disk.
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', Buffer.alloc(100 * 1024 * 1024, 0x20));
  fs.writeFileSync(path.join(out, 'zip-bomb.docx'), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
}

async function main() {
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });
  try {
    const html = { ...CVS, 'scanned.pdf': await scanned(browser) };
    for (const [name, content] of Object.entries(html)) {
      const tab = await browser.newPage();
      await tab.setContent(content);
      await tab.pdf({ path: path.join(out, name), format: 'A4', printBackground: true });
      await tab.close();
    }
  } finally {
    await browser.close();
  }
  await writeDocx();
  await writeZipBomb();
  for (const name of fs.readdirSync(out).sort()) console.log(`${name}\t${fs.statSync(path.join(out, name)).size} bytes`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
