import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodePrivacyEngines } from '../../cli/privacy-data';
import { analyzeHtml } from '../analyze';
import type { PrivacyEngines } from './privacy-engines';
import { summarisePrivacy, type ToolRow } from './privacy-summary';

/** The Privacy tools section's words, from real analyses with the real privacy data. */
let privacy: PrivacyEngines;
beforeAll(async () => {
  privacy = await loadNodePrivacyEngines();
});

const MAILCHIMP = [
  '<p><a href="https://shop.us5.list-manage.com/track/click?u=a1b2c3d4e5f6&amp;id=0f9e8d7c6b&amp;e=5a4b3c2d1e">Sale</a></p>',
  '<p><a href="https://shop.us5.list-manage.com/track/click?u=a1b2c3d4e5f6&amp;id=9a8b7c6d5e&amp;e=5a4b3c2d1e">Boots</a></p>',
  '<img src="https://shop.us5.list-manage.com/track/open.php?u=a1b2c3d4e5f6&amp;id=0f9e8d7c6b" width="1" height="1" alt="">',
].join('');
const HUBSPOT =
  '<p><a href="https://www.shop.example/guide?utm_source=hs_email&amp;utm_medium=email&amp;_hsenc=p2ANqtz-9xYz&amp;_hsmi=287">Guide</a></p>';

const row = (rows: ToolRow[], id: ToolRow['id']) => {
  const found = rows.find((r) => r.id === id);
  if (!found) throw new Error(`no ${id} row`);
  return found;
};

describe('summarisePrivacy', () => {
  it('a Mailchimp email: blockers stop both click links and the pixel; Apple and Proton keep the clicks', () => {
    const { rows, notes } = summarisePrivacy(analyzeHtml(MAILCHIMP, { privacy, mode: 'sent' }));
    expect(notes).toEqual([]);
    const blockers = row(rows, 'blockers');
    expect(blockers.clicks).toEqual({
      outcome: 'lost',
      text: '2 links go through MailChimp Tracking, which Ghostery’s tracker list names: those readers may get a blocked page, and the click is not counted.',
    });
    expect(blockers.opens.outcome).toBe('lost');
    expect(row(rows, 'apple').clicks.outcome).toBe('kept');
    expect(row(rows, 'proton').clicks.outcome).toBe('kept');
    expect(row(rows, 'firefox-brave').data.outcome).toBe('unknown');
  });

  it('HubSpot parameters: Apple removes _hsenc and lets UTMs through; Proton removes the UTMs too', () => {
    const { rows } = summarisePrivacy(analyzeHtml(HUBSPOT, { privacy }));
    expect(row(rows, 'apple').data).toEqual({
      outcome: 'partly',
      text: 'Removed before the page loads: _hsenc (on 1 link). Apple publishes no list; these are observed or reported. UTM parameters get through.',
    });
    const proton = row(rows, 'proton').data;
    expect(proton.outcome).toBe('lost');
    expect(proton.text).toContain('utm_source, utm_medium, _hsenc, _hsmi');
    expect(row(rows, 'blockers').clicks.outcome).toBe('kept');
  });

  it('says when the data is missing or a check is off, instead of claiming all is well', () => {
    const report = analyzeHtml(MAILCHIMP, { mode: 'sent', rules: { 'tracker-blocked': 'off' } });
    const { rows, notes } = summarisePrivacy(report, (id) => id === 'tracker-blocked');
    expect(notes).toContain('The blocker check is turned off in the settings.');
    expect(notes.some((n) => n.includes('could not be loaded'))).toBe(true);
    expect(row(rows, 'blockers').clicks.outcome).toBe('unknown');
    expect(row(rows, 'proton').data.outcome).toBe('unknown');
  });
});
