import en from './templates/en.json';
import fr from './templates/fr.json';
import nl from './templates/nl.json';
import { EMAIL_LANGUAGES, renderEmail } from './email-templates';

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('email templates', () => {
  it('exist in every language with the same placeholders', () => {
    for (const catalog of [fr, nl]) {
      expect(Object.keys(catalog.templates).sort()).toEqual(Object.keys(en.templates).sort());
      expect(Object.keys(catalog.reasons).sort()).toEqual(Object.keys(en.reasons).sort());
      for (const [name, t] of Object.entries(en.templates)) {
        const other = (catalog.templates as Record<string, { subject: string; paragraphs: string[] }>)[name];
        expect({ name, p: placeholders(other.subject + other.paragraphs.join(' ')) }).toEqual({ name, p: placeholders(t.subject + t.paragraphs.join(' ')) });
      }
    }
  });

  it('render text and HTML, escaping values in the HTML only', () => {
    for (const language of EMAIL_LANGUAGES) {
      const email = renderEmail('status-rejected', language, { name: 'Ada <b>', postingTitle: 'Dév & Ops', organizationName: 'Acme', endpointUrl: null, reason: null });
      expect(email.text).toContain('Ada <b>');
      expect(email.html).toContain('Ada &lt;b&gt;');
      expect(email.html).toContain('Dév &amp; Ops');
      expect(email.html).not.toContain('<b>');
      expect(email.subject).toContain('Dév & Ops');
      expect(email.text).not.toMatch(/\{\{/);
    }
  });

  it('greet without a name when there is none, and translate the disabling reason', () => {
    const email = renderEmail('endpoint-disabled', 'fr', { name: null, postingTitle: null, organizationName: 'Acme', endpointUrl: 'https://x.test/', reason: 'gone' });
    expect(email.text.startsWith('Bonjour,')).toBe(true);
    expect(email.text).toContain('le récepteur a répondu 410 Gone');
  });
});
