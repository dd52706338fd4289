/**
 * Group sessions against the real server: a facilitator starts a session, six participants
 * join in their own browser contexts (one answers by keyboard, the others send their answers
 * through the API with their own token), and the projector screen follows live. Results show
 * only at k, a vote stays hidden until closed, the report holds aggregates only, and ending
 * the session tells everyone. Then every session screen in English passes axe.
 */
import type { Browser, Page } from '@playwright/test';
import type { CreateSessionResponse } from '../../src/core/group-session/contract.ts';
import { pathFor } from '../../src/core/locale-paths.ts';
import { content } from '../support/content.ts';
import { readPdf } from '../support/pdf.ts';
import { press, say } from '../support/keyboard.ts';
import { answerScreenByKeyboard } from '../support/self-test.ts';
import {
  expect,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  tabTo,
  test,
} from './fixtures.ts';

const groupItems = content.nl.selftest.items.filter((item) => !item.roles);
const factorNames = content.nl.model.factors.map((factor) => factor.name);
const squeeze = (text: string) => text.replace(/\s+/g, '');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A button's name: its text, then ": " and what it acts on (hidden text, read after a space). */
const labelled = (text: string, subject: string) =>
  new RegExp(`^${escape(text)}\\s*: ${escape(subject)}$`);

/** A participant in a browser context of their own, joined through the join page. */
async function joinAsParticipant(browser: Browser, baseURL: string, code: string) {
  const context = await browser.newContext({ baseURL, locale: 'nl-NL', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`/sessie/doe?code=${code}`);
  await page.getByRole('button', { name: say('nl', 'session.participant.join') }).click();
  await expect(page.getByText(say('nl', 'session.participant.joined'))).toBeVisible();
  return page;
}

/** Sends answers or a vote with the participant's own token, as the phone would. */
async function sendAsParticipant(page: Page, code: string, path: string, body: unknown) {
  const status = await page.evaluate(
    async ({ code, path, body }) => {
      const stored = JSON.parse(localStorage.getItem('weerbaar-group-sessions')!)[code];
      const response = await fetch(`/api/sessions/${stored.sessionId}/${path}`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${stored.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return response.status;
    },
    { code, path, body },
  );
  expect(status).toBe(204);
}

test('a facilitator and six participants: results at k, hidden votes, a live screen, the report and the end', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const t = (id: Parameters<typeof say>[1], values?: Record<string, string | number>) =>
    say('nl', id, values);
  const title = 'Fractieavond integriteit';

  // The facilitator starts a session: self-test and dilemmas, k 5 (the default).
  await page.goto(pathFor('nl', 'sessie/nieuw'));
  const main = page.getByRole('main');
  await main.getByRole('textbox', { name: t('session.start.titleLabel') }).fill(title);
  await expect(main.getByRole('textbox', { name: t('session.start.kLabel') })).toHaveValue('5');
  await press(page, main.getByRole('button', { name: t('session.start.submit') }));
  await expect(main.getByRole('heading', { name: t('session.created.heading') })).toBeFocused();
  const link = await main
    .getByRole('textbox', { name: t('session.created.linkLabel') })
    .inputValue();
  // The secret is in the fragment, which a browser never sends to a server.
  expect(link).toMatch(/\/sessie\/beheer#sessie=[\w-]+&sleutel=[\w-]{43}$/);
  expect(link).not.toContain('?');
  const code = (await main.locator('.app-join__code').innerText()).replace(/\s/g, '');
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  await expect(main.getByRole('img', { name: /QR/ })).toBeVisible();
  await expectNoAxeViolations(page, 'session created');

  // The projector screen, opened from the dashboard with the same secret.
  await page.goto(link);
  await expect(main.getByText(title)).toBeVisible();
  await expectNoAxeViolations(page, 'dashboard');
  const screenHref = await main
    .getByRole('link', { name: t('session.dashboard.openScreen') })
    .getAttribute('href');
  const screen = await page.context().newPage();
  await screen.goto(screenHref!);
  const shown = screen.getByRole('main');
  await expect(shown.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(shown.locator('.app-join__code')).toHaveText(`${code.slice(0, 3)} ${code.slice(3)}`);
  await expect(
    shown.getByText('0 klaar. Nog 5 deelnemers nodig voordat de uitkomst te zien is.'),
  ).toBeVisible();

  // Participant 1 joins and answers the self-test by keyboard.
  const first = await joinAsParticipant(browser, baseURL!, code);
  await expect(shown.getByText('deelnemer doet mee')).toBeVisible();
  await expectNoAxeViolations(first, 'participant overview');
  await press(
    first,
    first.getByRole('button', {
      name: labelled(t('session.participant.action.new'), t('session.activity.self-test')),
    }),
  );
  for (let screenIndex = 0; screenIndex < 6; screenIndex++) {
    await expect(
      first.getByRole('heading', {
        level: 2,
        name: content.nl.selftest.themes[screenIndex]!.title,
      }),
    ).toBeFocused();
    if (screenIndex === 0) await expectNoAxeViolations(first, 'participant self-test screen');
    await answerScreenByKeyboard(first, (index) => (index % 2 === 0 ? 3 : 1));
    const next = screenIndex < 5 ? 'session.participant.next' : 'session.participant.finish';
    await press(first, first.getByRole('button', { name: t(next) }));
  }
  await expect(first.getByText(t('session.participant.status.finished'))).toBeVisible();

  // Participants 2 to 6 join in their own contexts; 2, 3 and 4 finish through the API.
  const others = await Promise.all(
    [2, 3, 4, 5, 6].map(() => joinAsParticipant(browser, baseURL!, code)),
  );
  const answers = Object.fromEntries(groupItems.map((item, index) => [item.id, (index % 5) + 1]));
  for (const other of others.slice(0, 3)) {
    await sendAsParticipant(other, code, 'answers/self-test', { answers, finished: true });
  }
  // Four finished with k = 5: the screen says one more is needed, without a reload.
  await expect(
    shown.getByText('4 klaar. Nog 1 deelnemer nodig voordat de uitkomst te zien is.'),
  ).toBeVisible();
  await expect(shown.getByRole('table')).toHaveCount(0);
  await sendAsParticipant(others[3]!, code, 'answers/self-test', { answers, finished: true });
  const profile = shown.getByRole('table', { name: /Gezamenlijk profiel/ });
  await expect(profile).toBeVisible();
  for (const name of factorNames)
    await expect(profile.getByRole('rowheader', { name })).toBeVisible();
  await expect(shown.getByText('Gemiddelde van 5 deelnemers.')).toBeVisible();
  await expect(shown.locator('.app-join__code')).toHaveCount(0);

  // A vote: open on the dashboard; it appears on participant 1's phone at once.
  const dilemmaId = content.nl.dilemmas.dilemmas.find((dilemma) => dilemma.discuss)!.id;
  const dilemma = content.nl.dilemmas.dilemmas.find((candidate) => candidate.id === dilemmaId)!;
  await main
    .getByRole('button', { name: labelled(t('session.dashboard.openVote'), dilemma.title) })
    .click();
  const voteCard = first.getByRole('region', {
    name: labelled(t('session.vote.now'), dilemma.title),
  });
  await expect(voteCard).toBeVisible();
  await expectNoAxeViolations(first, 'participant vote');
  const firstOption = voteCard.getByRole('radio', { name: dilemma.options[0]!.label });
  await tabTo(first, firstOption);
  await first.keyboard.press('Space');
  await press(first, voteCard.getByRole('button', { name: t('session.vote.submit') }));
  await expect(
    voteCard.getByText(dilemma.options[0]!.label, { exact: false }).last(),
  ).toBeVisible();
  for (const [index, other] of others.entries()) {
    await sendAsParticipant(other, code, `dilemmas/${dilemmaId}/vote`, {
      optionId: dilemma.options[index % 2]!.id,
    });
  }
  // Six votes counted, the distribution still hidden while the vote is open.
  await expect(shown.getByText('6 stemmen tot nu toe')).toBeVisible();
  await expect(shown.getByText(t('session.vote.hiddenUntilClosed'))).toBeVisible();
  await expect(shown.getByRole('table', { name: /Uitslag/ })).toHaveCount(0);
  await main
    .getByRole('button', { name: labelled(t('session.dashboard.closeVote'), dilemma.title) })
    .click();
  const distribution = shown.getByRole('table', { name: `Uitslag: ${dilemma.title}` });
  await expect(distribution).toBeVisible();
  // Participant 1 and three others chose the first option; two chose the second.
  await expect(
    distribution.getByRole('row', {
      name: new RegExp(`${dilemma.options[0]!.label.slice(0, 20)}.*4 \\(67%\\)`),
    }),
  ).toBeVisible();
  await expectNoAxeViolations(screen, 'presentation screen with results');

  // The report: aggregates with the title and factor names, no statement or answer of anyone.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    main.getByRole('button', { name: t('session.report.download') }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^weerbaar-sessierapport-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdf = (await readPdf((await download.path())!)).text;
  expect(pdf).toContain(squeeze(title));
  for (const name of factorNames) expect(pdf).toContain(squeeze(name));
  expect(pdf).toContain(squeeze(dilemma.options[0]!.label));
  for (const item of groupItems.slice(0, 5)) expect(pdf).not.toContain(squeeze(item.text));

  // Ending deletes everything; the phone and the projector say so by themselves.
  await main.getByRole('button', { name: t('session.end.button') }).click();
  await main.getByRole('button', { name: t('session.end.yes') }).click();
  await expect(main.getByText(t('session.end.done'))).toBeVisible();
  await expect(first.getByText(t('session.failure.ended'))).toBeVisible();
  await expect(shown.getByText(t('session.failure.ended'))).toBeVisible();
  await page.reload();
  await expect(main.getByText(t('session.failure.ended'))).toBeVisible();
  for (const other of [first, ...others]) await other.context().close();
});

test('the session screens in English pass axe and fit a phone; a wrong code gets a clear message', async ({
  page,
  baseURL,
}) => {
  const t = (id: Parameters<typeof say>[1]) => say('en', id);
  const created = (await (
    await fetch(`${baseURL}/api/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: 'Council evening',
        locale: 'en',
        activities: ['self-test', 'culture-scan', 'risk-scan', 'dilemmas'],
        dilemmaIds: [content.en.dilemmas.dilemmas[0]!.id],
        k: 3,
      }),
    })
  ).json()) as CreateSessionResponse;
  const secret = `#sessie=${created.sessionId}&sleutel=${created.facilitatorToken}`;
  await page.setViewportSize({ width: 375, height: 740 });

  for (const [path, heading] of [
    ['/en/sessie', t('session.home.title')],
    ['/en/sessie/nieuw', t('session.start.title')],
    [`/en/sessie/beheer${secret}`, t('session.dashboard.title')],
    [`/en/sessie/scherm${secret}`, 'Council evening'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(
      page
        .getByRole('main')
        .getByText(/Council evening|session|Session/)
        .first(),
    ).toBeVisible();
    await expectNoAxeViolations(page, path);
    await expectNoHorizontalOverflow(page, `${path} at 375 px`);
  }

  // A code typed wrongly is explained, and what was typed stays.
  await page.goto('/en/sessie');
  const field = page.getByRole('textbox', { name: t('session.join.codeLabel') });
  await field.fill('abc0');
  await press(page, page.getByRole('button', { name: t('session.join.go') }));
  await expect(page.getByText(t('session.join.codeCharacters'))).toBeVisible();
  await expect(field).toHaveValue('abc0');
  // A well-formed code of no session.
  await field.fill(created.joinCode === 'ABC234' ? 'ABC235' : 'abc 234');
  await press(page, page.getByRole('button', { name: t('session.join.go') }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('session.participant.title'));
  await expectNoAxeViolations(page, 'join page');
  await page.getByRole('button', { name: t('session.participant.join') }).click();
  await expect(page.getByText(t('session.failure.wrongCode'))).toBeVisible();

  // The real code: join, then the culture scan and the risk scan screens.
  await page.goto(`/en/sessie/doe?code=${created.joinCode}`);
  await page.getByRole('button', { name: t('session.participant.join') }).click();
  await expect(page.getByText(t('session.participant.joined'))).toBeVisible();
  await expectNoAxeViolations(page, 'participant overview in English');
  await expectNoHorizontalOverflow(page, 'participant overview at 375 px');
  await page
    .getByRole('button', {
      name: labelled(t('session.participant.action.new'), t('session.activity.culture-scan')),
    })
    .click();
  await expect(page.getByRole('radio').first()).toBeVisible();
  await expectNoAxeViolations(page, 'culture scan screen');
  await expectNoHorizontalOverflow(page, 'culture scan at 375 px');
  await page.getByRole('button', { name: t('session.participant.toOverview') }).click();
  await page
    .getByRole('button', {
      name: labelled(t('session.participant.action.new'), t('session.activity.risk-scan')),
    })
    .click();
  await page.getByRole('checkbox').first().check();
  await page.getByRole('button', { name: t('session.participant.next') }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: t('session.participant.risk.processesHeading') }),
  ).toBeFocused();
  await expectNoAxeViolations(page, 'risk scan screen');
  // Without a network, finishing says the answers wait on this phone; sending again works.
  await page.context().setOffline(true);
  await page.getByRole('checkbox').first().check();
  await page.getByRole('button', { name: t('session.participant.finish') }).click();
  await expect(page.getByText(t('session.failure.sendNetwork'))).toBeVisible();
  await expect(page.getByRole('checkbox').first()).toBeChecked();
  await page.context().setOffline(false);
  await page.getByRole('button', { name: t('session.participant.retry') }).click();
  await expect(page.getByText(t('session.failure.sendNetwork'))).toBeHidden();
  await page.getByRole('button', { name: t('session.participant.finish') }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: t('session.participant.activitiesHeading') }),
  ).toBeFocused();
  // Back on this phone later: the ticks are still there (kept here and on the server).
  await page.reload();
  await page
    .getByRole('button', {
      name: labelled(t('session.participant.action.finished'), t('session.activity.risk-scan')),
    })
    .click();
  await expect(page.getByRole('checkbox').first()).toBeChecked();
  await page.getByRole('button', { name: t('session.participant.next') }).click();
  await expect(page.getByRole('checkbox').first()).toBeChecked();
});
