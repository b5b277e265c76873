import { copyFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../../src/config';
import {
  artifactPath,
  type ExplorerBrowser,
  type ExplorerServer,
  graphSettled,
  labelVariances,
  launchBrowser,
  pagePositionOf,
  type PageRecord,
  startExplorerServer,
} from './explorer-browser';
import { type OwnNode, uniqueId, withOwnGraph } from '../../helpers/own-data';

/** A label region whose pixels vary less than this is blank (a flat background, or a box without glyphs). */
const MIN_LABEL_VARIANCE = 200;

/** `JISR_DOCS_SCREENSHOTS=1 npm run test:e2e -- test/e2e/browser` also refreshes the README's screenshots in docs/. */
const updateDocs = process.env.JISR_DOCS_SCREENSHOTS === '1';

async function screenshot(page: Page, name: string, docsName?: string): Promise<void> {
  const file = artifactPath(name);
  await page.screenshot({ path: file });
  if (updateDocs && docsName) copyFileSync(file, path.join(REPO_ROOT, 'docs', docsName));
}

let server: ExplorerServer;
let browser: ExplorerBrowser;
const opened: { page: Page; record: PageRecord }[] = [];

/** Opens a page of the explorer; afterEach checks what it requested and whether its policy refused anything. */
async function open(pathAndHash: string, before?: (page: Page) => Promise<void>): Promise<{ page: Page; record: PageRecord }> {
  const visit = await browser.open(`${server.url}${pathAndHash}`, before);
  opened.push(visit);
  return visit;
}

beforeAll(async () => {
  server = await startExplorerServer();
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

afterEach(async () => {
  const visits = opened.splice(0);
  for (const { page } of visits) await page.close();
  for (const { record } of visits) {
    // No request leaves the origin: scripts, styles, fonts, workers and data all come from the Jisr server.
    expect(record.requests.filter((url) => !url.startsWith(`${server.url}/`) && !url.startsWith('data:'))).toEqual([]);
    expect(record.cspViolations).toEqual([]);
    expect(record.errors).toEqual([]);
  }
});

describe('the explorer at /', () => {
  it('is served with a Content-Security-Policy that allows this origin only, its assets cached for good', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    const policy = response.headers.get('content-security-policy')!;
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/https?:|\*|unsafe-eval/);
    const html = await response.text();
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map(([, asset]) => asset!);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      const answer = await fetch(`${server.url}${asset}`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toContain('immutable');
    }
    expect(html).not.toMatch(/<script>|<style>|https?:\/\//);
  });

  it('loads every view with no request leaving the origin', async () => {
    const { page, record } = await open('/?lang=en#/graph');
    await page.waitForSelector('[data-testid="search-input"]');
    for (const view of ['funders', 'timeline'] as const) {
      await page.click(`[data-nav="${view}"]`);
      await page.waitForSelector(view === 'funders' ? '[data-testid="funder-select"] option[value="org:saferworld"]' : '[data-testid="timeline-bucket"]', { state: 'attached' });
    }
    expect(record.requests.some((url) => url.endsWith('/graphql'))).toBe(true);
    expect(record.requests.some((url) => /\.woff2$/.test(url))).toBe(true);
  });
});

describe('graph view', () => {
  it('finds «مساءلة», expands a neighbour on click and shows the quote of an edge with its source', async () => {
    const { page } = await open('/?lang=en#/graph');
    await page.fill('[data-testid="search-input"]', 'مساءلة');
    await page.click('[data-testid="search-button"]');
    await page.click('[data-testid="search-hits"] button[data-node-id="org:musaala"]');
    await graphSettled(page);
    await page.waitForFunction(() => window.jisrGraph?.getElementById('program:saned-community-peace').nonempty());
    expect(await page.evaluate(() => window.jisrGraph!.getElementById('org:saferworld').empty())).toBe(true);

    // A click on the program draws its neighbourhood: its funder, Saferworld, appears.
    const program = await pagePositionOf(page, 'jisrGraph', { node: 'program:saned-community-peace' });
    await page.mouse.click(program.x, program.y);
    await page.waitForFunction(() => window.jisrGraph?.getElementById('org:saferworld').nonempty() && window.jisrGraph.getElementById('program:saned-community-peace').hasClass('expanded'));
    await graphSettled(page);
    expect(page.url()).toContain('#/graph/program%3Asaned-community-peace');

    const edge = await pagePositionOf(page, 'jisrGraph', { edge: 'rel:FUNDED:org:saferworld:program:saned-community-peace' });
    await page.mouse.click(edge.x, edge.y);
    const panel = page.getByTestId('evidence-panel');
    await expect(panel.getByTestId('evidence-subject').textContent()).resolves.toBe('Saferworld — funded → Saned project for strengthening community peace');
    await expect(panel.locator('mark').first().textContent()).resolves.toBe('الذي تنفذه منظمتي مساءلة وصدى بالتعاون مع شرطة محافظة مأرب وبدعم من منظمة سيفيرورلد Saferworld');
    await expect(panel.getByTestId('evidence-source-title').first().textContent()).resolves.toBe(
      'انعقاد اللقاء التشاوري الموسع بين الجهات الأمنية ومنظمات المجتمع المدني والمدافعين عن حقوق الإنسان في مأرب',
    );
    await expect(panel.textContent()).resolves.toContain('26 November 2022');
    await screenshot(page, 'graph-en.png');
  });

  it('draws Arabic labels right to left in the bundled Arabic font, every label region with visible glyphs', async () => {
    const { page } = await open('/?lang=ar#/graph/program%3Asaned-community-peace');
    await page.waitForFunction(() => window.jisrGraph?.getElementById('program:saned-community-peace').hasClass('expanded'));
    await graphSettled(page);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(await page.getByTestId('graph-canvas').evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    expect(await page.evaluate(() => document.fonts.check('13px "Noto Sans Arabic"', 'منظمة مساءلة'))).toBe(true);

    // Select the program so that its evidence shows beside the drawing in the screenshot.
    const program = await pagePositionOf(page, 'jisrGraph', { node: 'program:saned-community-peace' });
    await page.mouse.click(program.x, program.y);
    await page.getByTestId('evidence-quote').first().waitFor();
    await screenshot(page, 'graph-ar.png', 'explorer-graph.png');

    const labels = await labelVariances(page, 'jisrGraph');
    expect(labels['org:musaala']?.label).toBe('منظمة مساءلة لحقوق الانسان');
    expect(labels['program:saned-community-peace']?.label).toBe('ساند لتعزيز السلم المجتمعي');
    expect(Object.keys(labels).length).toBeGreaterThanOrEqual(5);
    for (const [id, { label, variance, width }] of Object.entries(labels)) {
      expect({ id, label, blank: variance < MIN_LABEL_VARIANCE || width < 10 }).toEqual({ id, label, blank: false });
    }
  });
});

describe('funder view', () => {
  it('shows Saferworld\'s flow through the Saned program to the Marib meeting, its reach and its exports', async () => {
    const { page } = await open('/?lang=en#/funders/org%3Asaferworld');
    await page.getByTestId('flow-canvas').waitFor();
    await expect(page.getByTestId('funder-select').inputValue()).resolves.toBe('org:saferworld');

    const drawn = await page.evaluate(() => ({
      nodes: window.jisrFlows!.nodes().map((node) => node.id()).sort(),
      edges: window.jisrFlows!.edges().map((edge) => `${edge.source().id()} -[${String(edge.data('display'))}]-> ${edge.target().id()}`).sort(),
    }));
    expect(drawn).toEqual({
      nodes: ['event:2022-11-marib-consultative-meeting', 'org:saferworld', 'program:saned-community-peace'],
      edges: [
        'org:saferworld -[funded]-> program:saned-community-peace',
        'program:saned-community-peace -[includes]-> event:2022-11-marib-consultative-meeting',
      ],
    });
    const row = page.locator('[data-testid="flow-table"] tr[data-event-id="event:2022-11-marib-consultative-meeting"]');
    await expect(row.getByTestId('flow-route').textContent()).resolves.toBe('through Saned project for strengthening community peace');

    const reach = page.getByTestId('funder-reach');
    await expect(reach.locator('[data-total="programs"] strong').textContent()).resolves.toBe('1');
    await expect(reach.locator('[data-total="events"] strong').textContent()).resolves.toBe('1');
    await expect(reach.locator('[data-total="countries"]').textContent()).resolves.toContain('Yemen');
    await expect(reach.locator('[data-total="period"] strong').textContent()).resolves.toBe('November 2022');

    // A click on the FUNDED arrow shows the quote that states it.
    const funded = await page.evaluate(() => window.jisrFlows!.edges('[type = "FUNDED"]').first().id());
    const arrow = await pagePositionOf(page, 'jisrFlows', { edge: funded });
    await page.mouse.click(arrow.x, arrow.y);
    await expect(page.getByTestId('evidence-panel').locator('mark').first().textContent()).resolves.toContain('بدعم من منظمة سيفيرورلد');
    await screenshot(page, 'funder-saferworld-en.png', 'explorer-funder.png');

    const exports = await page.locator('.exports a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(exports).toEqual(['csv', 'json', 'gexf', 'graphml'].map((ext) => `/export/funders/org%3Asaferworld/flows.${ext}`));
    for (const href of exports) expect((await fetch(`${server.url}${href}`)).status).toBe(200);
  });
});

describe('funder picker', () => {
  // A funder of this file's own whose only program has no event yet: it has no funding flow, and a list of funders
  // read from the flows (as the picker's was, which offered 3 of the 884 funders at 100k nodes) misses it.
  const funder = uniqueId('ORGANIZATION', 'explorer-program-funder');
  const program = uniqueId('PROGRAM', 'explorer-funded-program');
  withOwnGraph({
    nodes: [
      { type: 'ORGANIZATION', id: funder, properties: { kind: 'FOREIGN_GOVERNMENT', name: 'Explorer picker funder', nameEn: 'Explorer picker funder', aliases: [], searchKeys: ['explorer picker funder'] } },
      { type: 'PROGRAM', id: program, properties: { name: 'Explorer picker program', nameEn: 'Explorer picker program', aliases: [], searchKeys: ['explorer picker program'] } },
    ],
    relationships: [{ type: 'FUNDED', from: funder, to: program, properties: { basis: 'article' } }],
  });
  const option = (page: Page, id: string) => page.locator(`[data-testid="funder-select"] option[value="${id}"]`);

  it('offers the funders from their own list, each with the events its support reached, a funder with no flow yet among them', async () => {
    const { page } = await open('/?lang=en#/funders');
    await option(page, funder).waitFor({ state: 'attached' });
    await expect(option(page, funder).textContent()).resolves.toBe('Explorer picker funder (0 events)');
    await expect(option(page, 'org:saferworld').textContent()).resolves.toMatch(/^Saferworld \((1 event|\d+ events)\)$/);
    await expect(page.getByTestId('funder-count').textContent()).resolves.toMatch(/^\d+ funders$/);

    // Picked, it shows its reach: the program, and no flow.
    await page.getByTestId('funder-select').selectOption(funder);
    await expect(page.getByTestId('funder-reach').locator('[data-total="programs"] strong').textContent()).resolves.toBe('1');
    await expect(page.getByTestId('flow-count').textContent()).resolves.toMatch(/^\(0\)/);
  });

  it('reads more funders and more flows on demand, and says how many flows it drew of how many', async () => {
    // The graph's first page of funders and of Saferworld's flows are made to say that more follow, and the flows
    // that Saferworld has 5,000: what a hub graph answers (884 funders at 100k nodes, thousands of flows for a hub).
    let morePages = 0;
    let moreFlowPages = 0;
    const { page } = await open('/?lang=en#/funders/org%3Asaferworld', async (opening) => {
      await opening.route('**/graphql', async (route) => {
        const sent = route.request().postDataJSON() as { operationName?: string; variables?: { after?: string | null } };
        if (sent.operationName !== 'ExplorerFunders' && sent.operationName !== 'ExplorerFunderFlows') return route.continue();
        const response = await route.fetch();
        type Paged = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
        const body = await response.json() as { data: { funders?: Paged; fundingFlows?: Paged } };
        if (body.data.funders && !sent.variables?.after) {
          body.data.funders.totalCount += 1_000;
          body.data.funders.pageInfo.hasNextPage = true;
        } else if (body.data.funders) {
          morePages += 1;
        }
        if (body.data.fundingFlows) {
          body.data.fundingFlows.totalCount = 5_000;
          if (sent.variables?.after) moreFlowPages += 1;
          else body.data.fundingFlows.pageInfo.hasNextPage = true;
        }
        return route.fulfill({ response, json: body });
      });
    });
    await page.getByTestId('funder-more').waitFor();
    await expect(page.getByTestId('funder-count').textContent()).resolves.toMatch(/^\d+ of [\d,]+ funders, the largest first$/);
    await page.getByTestId('funder-more').click();
    await page.getByTestId('funder-more').waitFor({ state: 'detached' });
    expect(morePages).toBe(1);
    await expect(option(page, funder).count()).resolves.toBe(1);

    await expect(page.getByTestId('flow-count').textContent()).resolves.toMatch(/^\(1 of 5,000\)/);
    await expect(page.locator('.flows-section').textContent()).resolves.toContain('The first flows by date are drawn; the exports carry them all.');
    // The next page of flows is read when asked, and only then.
    expect(moreFlowPages).toBe(0);
    await page.getByTestId('flows-more').click();
    await page.getByTestId('flows-more').waitFor({ state: 'detached' });
    expect(moreFlowPages).toBe(1);
    await expect(page.getByTestId('flow-count').textContent()).resolves.toMatch(/^\(1 of 5,000\)/);
  });
});

describe('timeline', () => {
  // A governorate of this file's own with one event in each of 130 months: more periods than one request lists.
  const governorate = uniqueId('PLACE', 'explorer-timeline');
  const months = Array.from({ length: 130 }, (_, i) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  const events = months.map((month) => uniqueId('EVENT', `explorer-timeline-${month}`));
  withOwnGraph({
    nodes: [
      { type: 'PLACE', id: governorate, properties: { kind: 'GOVERNORATE', basis: 'article', name: 'Explorer timeline test', nameEn: 'Explorer timeline test', aliases: [], searchKeys: ['explorer timeline test'] } },
      ...months.map((month, i): OwnNode => ({
        type: 'EVENT',
        id: events[i]!,
        properties: { kind: 'WORKSHOP', title: `Explorer timeline event ${month}`, searchKeys: [], date: month, datePrecision: 'MONTH', dateStart: `${month}-01`, dateEnd: `${month}-28` },
      })),
    ],
    relationships: events.map((id) => ({ type: 'HELD_IN', from: id, to: governorate, properties: { basis: 'article' } })),
  });

  it('shows every period of a place, read a page of periods after another', async () => {
    const { page } = await open(`/?lang=en#/timeline/${encodeURIComponent(governorate)}`);
    await page.waitForSelector('[data-testid="timeline-bucket"][data-period="2010-10"]');
    const periods = await page.locator('[data-testid="timeline-bucket"]').evaluateAll((items) => items.map((item) => item.getAttribute('data-period')));
    expect(periods.filter((period) => period !== 'undated')).toEqual(months);
  });

  it('shows the periods of the first page while the next page is on its way', async () => {
    // The governorate's 130 months take two pages of 120: the second is held until the first is seen.
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    const { page } = await open(`/?lang=en#/timeline/${encodeURIComponent(governorate)}`, async (opening) => {
      await opening.route('**/graphql', async (route) => {
        const sent = route.request().postDataJSON() as { operationName?: string; variables?: { after?: string | null } };
        if (sent.operationName === 'ExplorerTimeline' && sent.variables?.after) await held;
        await route.continue();
      });
    });
    await page.waitForSelector('[data-testid="timeline-bucket"][data-period="2009-12"]');
    await page.getByTestId('timeline-more').waitFor();
    expect(await page.locator('[data-testid="timeline-bucket"][data-period="2010-01"]').count()).toBe(0);
    release();
    await page.waitForSelector('[data-testid="timeline-bucket"][data-period="2010-10"]');
    await page.getByTestId('timeline-more').waitFor({ state: 'detached' });
  });

  it('reads the whole graph\'s timeline once on opening', async () => {
    const { page, record } = await open('/?lang=en#/timeline');
    await page.getByTestId('timeline-bucket').first().waitFor();
    await page.waitForSelector('[data-testid="country-select"] option[value="place:ma"]', { state: 'attached' });
    // Each page of periods once (the graph holds other files' events too, so there may be several pages).
    const pages = record.graphql.filter((request) => request.operationName === 'ExplorerTimeline').map((request) => request.variables);
    expect(pages[0]).toEqual({ countryId: null, after: null });
    expect(new Set(pages.map((variables) => JSON.stringify(variables))).size).toBe(pages.length);
  });

  it('lists events by month and narrows them to one country', async () => {
    const { page } = await open('/?lang=en#/timeline');
    await page.getByTestId('timeline-bucket').first().waitFor();
    await page.selectOption('[data-testid="country-select"]', 'place:ma');
    await page.waitForFunction(() => window.location.hash === '#/timeline/place%3Ama');
    // Morocco's timeline has replaced the whole graph's once Yemen's November 2022 is gone and Morocco's August 2014 shown.
    await page.waitForFunction(() => !document.querySelector('[data-testid="timeline-bucket"][data-period="2022-11"]')
      && document.querySelector('[data-testid="timeline-bucket"][data-period="2014-08"]') !== null);
    const periods = await page.locator('[data-testid="timeline-bucket"]').evaluateAll((items) => items.map((item) => item.getAttribute('data-period')));
    expect(periods).toContain('2014-08');
    expect(periods).not.toContain('2022-11');
    await screenshot(page, 'timeline-ma-en.png');
  });
});

describe('the timeline\'s country filter', () => {
  // A country of this file's own whose one event is the 26th of its month (a governorate of the file's own holds
  // the other 25, earlier in the month): the whole graph's timeline lists the first 25 events of each month, so it
  // never shows that event. And a country with no event.
  const country = uniqueId('PLACE', 'explorer-filter-country');
  const emptyCountry = uniqueId('PLACE', 'explorer-filter-empty-country');
  const crowd = uniqueId('PLACE', 'explorer-filter-crowd');
  const crowded = Array.from({ length: 25 }, (_, i) => uniqueId('EVENT', `explorer-filter-crowd-${i}`));
  const late = uniqueId('EVENT', 'explorer-filter-late');
  const place = (id: string, kind: string, name: string): OwnNode => ({ type: 'PLACE', id, properties: { kind, basis: 'article', name, nameEn: name, aliases: [], searchKeys: [name.toLowerCase()] } });
  withOwnGraph({
    nodes: [
      place(country, 'COUNTRY', 'Explorer filter country'),
      place(emptyCountry, 'COUNTRY', 'Explorer filter empty country'),
      place(crowd, 'GOVERNORATE', 'Explorer filter crowd'),
      ...crowded.map((id, i): OwnNode => ({
        type: 'EVENT', id, properties: { kind: 'WORKSHOP', title: `Explorer filter crowd event ${i}`, searchKeys: [], date: '1902-03', datePrecision: 'MONTH', dateStart: '1902-03-01', dateEnd: '1902-03-31' },
      })),
      { type: 'EVENT', id: late, properties: { kind: 'WORKSHOP', title: 'Explorer filter late event', searchKeys: [], date: '1902-03-31', datePrecision: 'DAY', dateStart: '1902-03-31', dateEnd: '1902-03-31' } },
    ],
    relationships: [
      ...crowded.map((id) => ({ type: 'HELD_IN' as const, from: id, to: crowd, properties: { basis: 'article' } })),
      { type: 'HELD_IN', from: late, to: country, properties: { basis: 'article' } },
    ],
  });

  it('offers every country with events, also one whose events the whole timeline does not list, and no country without', async () => {
    const { page } = await open('/?lang=en#/timeline');
    const march = page.locator('[data-testid="timeline-bucket"][data-period="1902-03"]');
    await march.waitFor();
    await expect(march.locator('.count').textContent()).resolves.toContain('26');
    await expect(march.textContent()).resolves.not.toContain('Explorer filter late event');
    await page.waitForSelector(`[data-testid="country-select"] option[value="${country}"]`, { state: 'attached' });
    const offered = await page.locator('[data-testid="country-select"] option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(offered).toEqual(expect.arrayContaining(['place:ye', 'place:ma', country]));
    expect(offered).not.toContain(emptyCountry);

    // The view changes once the country's timeline has come: wait for the bucket that lists the late event.
    await page.selectOption('[data-testid="country-select"]', country);
    const countrysMarch = page.locator('[data-testid="timeline-bucket"][data-period="1902-03"]', { hasText: 'Explorer filter late event' });
    await countrysMarch.waitFor();
    await expect(countrysMarch.locator('.count').textContent()).resolves.toMatch(/^1 /);
  });
});

describe('GraphiQL at /graphiql', () => {
  it('loads offline, documents the schema and runs a README example', async () => {
    const { page } = await open('/graphiql');
    await page.locator('[data-example="SaferworldFlows"]').click();
    // The example is in the editor (Monaco draws only what is in view: the first line names the operation).
    await page.locator('.graphiql-query-editor').getByText('SaferworldFlows').first().waitFor();
    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('"Saferworld"'), undefined, { timeout: 30_000 })
      .catch(async () => {
        throw new Error(`GraphiQL answered: ${await page.locator('.graphiql-response').innerText()}`);
      });
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
    await screenshot(page, 'graphiql.png');
  });
});
