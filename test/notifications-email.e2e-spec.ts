import { applyTo, profileBody, putProfile, transition } from './support/candidates';
import { ApiClient, PASSWORD, uniqueEmail, type SignedIn } from './support/factories';
import { Platform } from './support/platform';
import { createPublished, problemFields } from './support/postings';
import { SmtpSink } from './support/smtp-sink';
import { waitFor } from './support/webhook-receiver';

/**
 * Emails (issue 16), through nodemailer to a real SMTP server in this
 * process: candidates in their language (text and HTML, Message-ID derived
 * from the event), the posting's team on a new application, retries while
 * the SMTP server is down, and erasure dropping what was not yet sent.
 */
jest.setTimeout(120_000);

describe('emails', () => {
  let smtp: SmtpSink;
  let platform: Platform;
  let api: ApiClient;
  let admin: SignedIn;

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    platform = new Platform({
      worker: true,
      env: { SMTP_URL: smtp.url, MAIL_FROM: 'Embauche <jobs@embauche.test>', NOTIFICATIONS_POLL_MS: '50', NOTIFICATIONS_LEASE_MS: '3000', EMAIL_RETRY_SCHEDULE_MS: Array(30).fill(300).join(',') },
    });
    await platform.start();
    api = new ApiClient(platform.baseUrl);
    admin = await api.signupOrganization('Acme Recrutement');
  });
  afterAll(async () => {
    await platform?.stop();
    await smtp?.stop();
  });

  async function candidate(language?: string): Promise<SignedIn> {
    const res = await api.post('/auth/signup/candidate', { name: 'Noor Janssens', email: uniqueEmail('noor'), password: PASSWORD, ...(language ? { language } : {}) }).expect(201);
    const who = { token: res.body.accessToken, user: res.body.user };
    await putProfile(api, who, profileBody());
    return who;
  }

  const subjects = (address: string) => smtp.to(address).map((m) => m.subject);

  it('a candidate applying, moved to interview and rejected gets every email in their language, never the score', async () => {
    const noor = await candidate('nl');
    expect(noor.user).toMatchObject({ language: 'nl' });
    const posting = await createPublished(api, admin.token); // a French posting: the candidate's own language wins
    const application = await applyTo(api, noor, posting.id);
    await transition(api, admin, application.id, 'screening');
    await transition(api, admin, application.id, 'interview');
    await transition(api, admin, application.id, 'rejected');
    const mails = await waitFor('four emails', () => smtp.to(noor.user.email), (m) => m.length >= 4);
    const title = posting.title;
    expect(subjects(noor.user.email).sort()).toEqual(
      [
        `We hebben je sollicitatie ontvangen: ${title}`,
        `Je sollicitatie wordt bekeken: ${title}`,
        `Uitnodiging voor een gesprek: ${title}`,
        `Over je sollicitatie: ${title}`,
      ].sort(),
    );
    const { rows: events } = await platform.db.query(`SELECT id, type, data FROM outbox WHERE data->>'applicationId' = $1`, [application.id]);
    for (const mail of mails) {
      expect(mail.headers.get('content-language')).toBe('nl');
      expect(mail.text).toContain('Hallo Noor Janssens,');
      expect(mail.html).toContain('<p>Hallo Noor Janssens,</p>');
      expect(mail.html).toContain('lang="nl"');
      expect(mail.from?.value).toEqual([{ name: 'Embauche', address: 'jobs@embauche.test' }]);
      // Message-ID names the event and the recipient: a duplicate is recognisable.
      expect(mail.messageId).toMatch(new RegExp(`^<(${events.map((e) => e.id).join('|')})\\.${noor.user.id}\\.[a-z-]+@embauche\\.test>$`));
    }
    const rejection = mails.find((m) => m.subject?.startsWith('Over je sollicitatie'))!;
    expect(rejection.text).toContain('zegt niets over je waarde');
    const { rows } = await platform.db.query('SELECT match_score FROM applications WHERE id = $1', [application.id]);
    for (const mail of mails) {
      expect(mail.text).not.toMatch(/score|\d+[.,]\d+ ?%/i);
      if (rows[0].match_score !== null) expect(mail.text).not.toContain(String(rows[0].match_score));
    }
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(mails.length);
  });

  it('tells the posting’s team (its creator and its hiring managers) about a new application, in their language', async () => {
    const org = await api.signupOrganization();
    const managerEmail = uniqueEmail('manager');
    await api.post('/organization/members', { name: 'Hilde Manager', email: managerEmail, password: PASSWORD, role: 'hiring_manager', language: 'en' }, org.token).expect(201);
    const manager = (await api.post('/auth/login', { email: managerEmail, password: PASSWORD }).expect(200)).body.user;
    const bystander = await api.addMember(org, 'recruiter', 'Not On This Posting');
    const posting = await createPublished(api, org.token, { hiringManagerIds: [manager.id] });
    await applyTo(api, await candidate('fr'), posting.id);
    await waitFor('team emails', () => [...smtp.to(org.user.email), ...smtp.to(managerEmail)], (m) => m.length >= 2);
    expect(subjects(managerEmail)).toEqual([`New application: ${posting.title}`]);
    expect(subjects(org.user.email)).toEqual([`Nouvelle candidature : ${posting.title}`]); // no preference: the posting's language
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.to(bystander.user.email)).toEqual([]);
  });

  it('sends nothing to a deactivated member of the posting’s team', async () => {
    const org = await api.signupOrganization();
    const away = await api.addMember(org, 'hiring_manager', 'Away Manager');
    const present = await api.addMember(org, 'hiring_manager', 'Present Manager');
    const posting = await createPublished(api, org.token, { hiringManagerIds: [away.user.id, present.user.id] });
    await api.patch(`/organization/members/${away.user.id}`, { active: false }, org.token).expect(200);
    await applyTo(api, await candidate('fr'), posting.id);
    await waitFor('the present manager’s email', () => smtp.to(present.user.email), (m) => m.length >= 1);
    // Recipients are chosen in one statement per event: the present one's row exists, so the absent one's would too.
    const { rows } = await platform.db.query(
      `SELECT d.recipient_user_id FROM email_deliveries d JOIN outbox e ON e.id = d.event_id WHERE e.type = 'application.created' AND d.template = 'new-application' AND e.data->>'jobPostingId' = $1`,
      [posting.id],
    );
    expect(rows.map((r) => r.recipient_user_id).sort()).toEqual([org.user.id, present.user.id].sort());
    expect(smtp.to(away.user.email)).toEqual([]);
  });

  it('sets the language with PATCH /auth/me and refuses one it does not know', async () => {
    const who = await candidate();
    expect(who.user.language).toBeNull();
    expect(problemFields(await api.patch('/auth/me', { language: 'de' }, who.token), 400)).toEqual(['language']);
    expect(problemFields(await api.patch('/auth/me', { role: 'admin' }, who.token), 400)).toEqual(['role']);
    const res = await api.patch('/auth/me', { language: 'fr' }, who.token).expect(200);
    expect(res.body).toMatchObject({ id: who.user.id, language: 'fr' });
    expect((await api.get('/auth/me', who.token).expect(200)).body.language).toBe('fr');
    const posting = await createPublished(api, admin.token, { language: 'en' });
    await applyTo(api, who, posting.id);
    await waitFor('received', () => subjects(who.user.email), (s) => s.length >= 1);
    expect(subjects(who.user.email)).toEqual([`Nous avons bien reçu votre candidature : ${posting.title}`]);
  });

  it('keeps retrying while the SMTP server is down, then delivers', async () => {
    const who = await candidate('en');
    const posting = await createPublished(api, admin.token);
    await smtp.stop();
    try {
      await applyTo(api, who, posting.id);
      await waitFor(
        'failed attempts',
        async () => (await platform.db.query(`SELECT status, attempts, last_error FROM email_deliveries WHERE recipient_user_id = $1`, [who.user.id])).rows,
        (rows) => rows[0]?.attempts >= 2,
      ).then((rows) => expect(rows[0]).toMatchObject({ status: 'pending', last_error: expect.stringMatching(/ECONNREFUSED|connect/i) }));
    } finally {
      await smtp.start();
    }
    await waitFor('delivered after the outage', () => subjects(who.user.email), (s) => s.length >= 1);
    expect(subjects(who.user.email)).toEqual([`We received your application: ${posting.title}`]);
    const { rows } = await platform.db.query(`SELECT status, to_address FROM email_deliveries WHERE recipient_user_id = $1`, [who.user.id]);
    expect(rows).toEqual([{ status: 'delivered', to_address: null }]);
  });

  it('erasure drops the candidate’s unsent emails, confirms to the address it erased, and leaves no personal data in the outbox', async () => {
    const who = await candidate('fr');
    const posting = await createPublished(api, admin.token);
    const application = await applyTo(api, who, posting.id);
    await waitFor('received', () => subjects(who.user.email), (s) => s.length >= 1);
    await smtp.stop();
    try {
      await transition(api, admin, application.id, 'screening');
      await waitFor(
        'status email waiting',
        async () => (await platform.db.query(`SELECT attempts FROM email_deliveries WHERE recipient_user_id = $1 AND template = 'status-screening'`, [who.user.id])).rows,
        (rows) => rows[0]?.attempts >= 1,
      );
      await api.delete('/candidates/me', who.token).expect(204);
    } finally {
      await smtp.start();
    }
    await waitFor('confirmation', () => subjects(who.user.email), (s) => s.length >= 2);
    await new Promise((r) => setTimeout(r, 1000));
    expect(subjects(who.user.email)).toEqual([`Nous avons bien reçu votre candidature : ${posting.title}`, 'Vos données personnelles ont été effacées']);
    const { rows } = await platform.db.query(`SELECT template, status, to_address FROM email_deliveries WHERE recipient_user_id = $1 ORDER BY created_at`, [who.user.id]);
    expect(rows).toEqual([
      { template: 'application-received', status: 'delivered', to_address: null },
      { template: 'status-screening', status: 'dropped', to_address: null },
      { template: 'erasure-confirmed', status: 'delivered', to_address: null },
    ]);
    const leaks = await platform.db.query(`SELECT count(*)::int AS n FROM outbox WHERE data::text ILIKE $1 OR data::text ILIKE $2`, [`%${who.user.email}%`, '%Noor%']);
    expect(leaks.rows[0].n).toBe(0);
    const anywhere = await platform.db.query(`SELECT count(*)::int AS n FROM email_deliveries WHERE to_address = $1`, [who.user.email]);
    expect(anywhere.rows[0].n).toBe(0);
  });
});
