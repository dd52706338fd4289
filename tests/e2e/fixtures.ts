/**
 * Shared e2e fixtures. Every test automatically fails on a console error or on any request
 * that leaves this machine's server: the toolkit promises no third-party requests.
 */
import AxeBuilder from '@axe-core/playwright';
import {
  test as base,
  expect,
  type ConsoleMessage,
  type Locator,
  type Page,
} from '@playwright/test';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const test = base.extend<{ guard: void }>({
  // A page rendered at build time shows before its script runs; input before then is lost, so
  // every navigation waits until the app marks itself ready (see ReadyMarker in app.tsx).
  page: async ({ page }, use) => {
    const untilReady = async <R>(navigation: Promise<R>) => {
      const response = await navigation;
      await page.locator('html[data-ready]').waitFor({ state: 'attached' });
      return response;
    };
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = (url, options) => untilReady(goto(url, options));
    page.reload = (options) => untilReady(reload(options));
    await use(page);
  },
  guard: [
    async ({ page, baseURL }, use) => {
      const consoleErrors: string[] = [];
      const foreignRequests: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !isAnsweredApiRefusal(message)) {
          consoleErrors.push(message.text());
        }
      });
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(baseURL!) && !/^(data|blob):/.test(url)) foreignRequests.push(url);
      });
      await use();
      expect(consoleErrors, 'console errors').toEqual([]);
      expect(foreignRequests, 'requests that left localhost').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Chromium logs every 4xx response, and every request made offline, as a console error. The
 * group-session API answers a wrong code, an ended session or a closed vote with a 4xx, and
 * the screens turn those and a lost connection into messages the specs check, so they are
 * not errors of the page.
 */
function isAnsweredApiRefusal(message: ConsoleMessage): boolean {
  return (
    /^Failed to load resource: (the server responded with a status of 4\d\d|net::ERR_INTERNET_DISCONNECTED)/.test(
      message.text(),
    ) && new URL(message.location().url).pathname.startsWith('/api/sessions')
  );
}

/** Runs axe with the WCAG 2.2 A/AA rules and expects no violations. */
export async function expectNoAxeViolations(page: Page, context = '') {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations ${context}`).toEqual([]);
}

/** Expects that nothing on the page is wider than the viewport. */
export async function expectNoHorizontalOverflow(page: Page, context = '') {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .map(
        (element) =>
          element.tagName.toLowerCase() +
          (element.className ? `.${String(element.className).split(' ')[0]}` : ''),
      );
    return { scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 5) };
  });
  expect(overflow, `horizontal overflow ${context}`).toEqual({ scroll: 0, wide: [] });
}

/**
 * Presses Tab until the element is focused, as a keyboard user would, and fails if it is
 * never reached. Returns after focusing it.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 80) {
  for (let press = 0; press < maxPresses; press++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target} with Tab in ${maxPresses} presses`);
}
