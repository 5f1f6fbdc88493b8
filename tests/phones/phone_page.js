// The phone page in real headless Chromium at phone size (390x844), driven by puppeteer-core:
// join from the QR link with a name that looks like HTML, join by typing the code in English, vote
// and change the vote, see the reveal and the move arrive by themselves, switch the language, the
// trainer's remote with the PIN, the polling fallback without EventSource, a reload that keeps the
// place. Screenshots land in OUT. Exit 0 when every check passed.
//
// usage: node phone_page.js PUPPETEER_DIR BASE_URL ROOM PIN OUT TEAMS_JOIN_URL
'use strict';

const path = require('path');
const fs = require('fs');
const [puppeteerDir, base, room, pin, out, teamsJoin] = process.argv.slice(2);
const puppeteer = require(path.join(puppeteerDir, 'node_modules', 'puppeteer-core'));

const EVIL = '<img src=x onerror=alert(1)>';
let checks = 0;
let failures = 0;
function pass(what) { checks++; console.log('  ok   ' + what); }
function fail(what) { checks++; failures++; console.log('  FAIL ' + what); }
function check(condition, what) { if (condition) pass(what); else fail(what); }

async function trainer(action, body) {
  const response = await fetch(base + '/api/trainer/' + action, {
    method: 'POST',
    headers: { Authorization: 'Bearer ' + pin, 'Content-Type': 'application/json' },
    body: JSON.stringify(body || {})
  });
  if (response.status !== 200) throw new Error('trainer ' + action + ': HTTP ' + response.status);
  return response.json();
}

async function text(page, selector) { return page.$eval(selector, (node) => node.textContent); }

// Waits until the element's text contains `wanted`; a check either way.
async function waitText(page, selector, wanted, what, ms) {
  try {
    await page.waitForFunction((s, w) => { const n = document.querySelector(s); return n && n.textContent.includes(w); },
      { timeout: ms || 4000 }, selector, wanted);
    pass(what);
    return true;
  } catch (e) {
    fail(what + ': ' + selector + ' shows "' + (await text(page, selector).catch(() => '?')) + '", want "' + wanted + '"');
    return false;
  }
}

async function shot(page, name) {
  const file = path.join(out, name + '.png');
  await page.screenshot({ path: file, fullPage: true });
  check(fs.statSync(file).size > 5000, 'screenshot ' + name + '.png');
}

// Each phone in a context of its own: its own storage, as on separate devices.
async function newPhone(browser, languages, options) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await page.evaluateOnNewDocument((langs, noEventSource) => {
    Object.defineProperty(navigator, 'languages', { get: () => langs });
    Object.defineProperty(navigator, 'language', { get: () => langs[0] });
    if (noEventSource) delete window.EventSource;
  }, languages, Boolean(options && options.noEventSource));
  page.problems = [];
  page.on('dialog', async (dialog) => { page.problems.push('a dialog opened: ' + dialog.message()); await dialog.dismiss(); });
  page.on('pageerror', (error) => page.problems.push('script error: ' + error.message));
  page.on('console', (message) => { if (message.type() === 'error') page.problems.push('console: ' + message.text()); });
  return page;
}

async function main() {
  fs.mkdirSync(out, { recursive: true });
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--lang=de-DE'],
    timeout: 30000
  });
  try {
    console.log('== a German phone joins from the QR link, with a name that looks like HTML');
    const de = await newPhone(browser, ['de-DE', 'de']);
    await de.goto(base + '/?room=' + room, { waitUntil: 'domcontentloaded' });
    await de.waitForSelector('#screen-profile:not([hidden])', { timeout: 5000 });
    pass('the room code from the link is checked: straight to the name');
    check((await de.$eval('#room', (n) => n.value)) === room, 'the room code is prefilled');
    await de.type('#name', EVIL);
    await shot(de, '01-profile');
    await de.click('#profile-form button[type=submit]');
    await de.waitForSelector('#screen-play:not([hidden])', { timeout: 5000 });
    pass('joined');
    await waitText(de, '#who', EVIL, 'the name shows literally, as typed');
    check((await de.$$('img')).length === 0, 'no <img> element was created from the name');
    await waitText(de, '#phase', 'Hören Sie zu', 'German from the browser language: waiting for the vote');
    await waitText(de, '#connection', 'Live', 'the event stream is open');
    check((await de.$$('#choices button')).length === 3, 'three options shown');
    check(await de.$eval('#choices button', (b) => b.disabled), 'options cannot be tapped before the vote opens');
    await shot(de, '02-waiting');

    console.log('== an English phone types the code in lower case');
    const en = await newPhone(browser, ['en-GB', 'en']);
    await en.goto(base + '/', { waitUntil: 'domcontentloaded' });
    await en.waitForSelector('#screen-room:not([hidden])', { timeout: 5000 });
    await waitText(en, '#screen-room h1', 'Join the seminar', 'English from the browser language');
    await en.type('#room', 'WRONG1');
    await en.click('#room-form button[type=submit]');
    await waitText(en, '#message', 'not right', 'a wrong code is refused in plain words');
    await en.$eval('#room', (n) => { n.value = ''; });
    await en.type('#room', room.toLowerCase());
    await en.click('#room-form button[type=submit]');
    await en.waitForSelector('#screen-profile:not([hidden])', { timeout: 5000 });
    await en.click('#profile-form button[type=submit]');
    await en.waitForSelector('#screen-play:not([hidden])', { timeout: 5000 });
    await waitText(en, '#phase', 'Listen', 'the English phone joined without a name');
    await waitText(en, '#prompt', 'How do you use the time?', 'the decision in English');

    console.log('== the trainer opens the vote: both phones follow by themselves');
    await trainer('open');
    await waitText(de, '#phase', 'Jetzt abstimmen', 'the German phone shows the open vote', 2000);
    await waitText(en, '#phase', 'Vote now', 'the English phone too', 2000);
    await de.click('#choices button[data-choice="presse"]');
    await waitText(de, '#status', 'Stimme erhalten', '"vote received" after a tap');
    check(await de.$eval('#choices button[data-choice="presse"]', (b) => b.getAttribute('aria-pressed') === 'true'), 'the chosen option is marked');
    await de.click('#choices button[data-choice="profil"]');
    // The server's answer has arrived when the options are enabled again (a slow build takes its time).
    await de.waitForFunction(() => { const b = document.querySelector('#choices button[data-choice="profil"]');
      return b.getAttribute('aria-pressed') === 'true' && !b.disabled; }, { timeout: 5000 });
    check(await de.$eval('#choices button[data-choice="presse"]', (b) => b.getAttribute('aria-pressed') === 'false'), 'the vote changed: the old option is no longer marked');
    await en.click('#choices button[data-choice="presse"]');
    await waitText(en, '#status', 'Vote received', 'the English phone voted');
    await shot(de, '03-voted');

    console.log('== close, reveal, apply');
    await trainer('close');
    await waitText(de, '#status', 'Ihre Stimme ist gezählt', 'closed: the vote is counted', 2000);
    check(await de.$eval('#choices button', (b) => b.disabled), 'no vote after the close');
    check((await text(de, '#result')) === '', 'no distribution before the reveal');
    await trainer('reveal');
    await waitText(de, '#result', 'Einigkeit', 'revealed: the distribution arrives by itself', 2000);
    await waitText(de, '#choices button[data-choice="profil"] .count', '1 · 50 %', 'one vote of two for the profile');
    await waitText(de, '#choices button[data-choice="presse"] .count', '1 · 50 %', 'one vote of two for the press releases');
    await waitText(de, '#choices button[data-choice="profil"] .mine', 'Ihre Stimme', 'the phone\'s own vote is marked in the result');
    await shot(de, '04-revealed');
    await trainer('apply');
    await waitText(de, '#move', 'Umgesetzt', 'applied: the move arrives', 2000);
    await waitText(de, '#move', 'Gleichstand', 'a tie: the first tied option stands, and the phone says so');
    await waitText(en, '#move', 'Carried out', 'the English phone sees the move in English');
    await shot(de, '05-applied');
    await shot(en, '05-applied-en');

    console.log('== the language can be switched on the phone');
    await de.click('.lang[data-lang="en"]');
    await waitText(de, '#phase', 'What happened', 'switched to English');
    await waitText(de, '#move', 'Carried out', 'the scenario\'s texts in English too');
    await de.click('.lang[data-lang="de"]');
    await waitText(de, '#phase', 'Was geschah', 'and back to German');

    console.log('== the trainer\'s phone as a remote');
    await trainer('next');
    await waitText(de, '#round', 'Entscheidung 2', 'next: decision 2', 2000);
    const remote = await newPhone(browser, ['de-DE', 'de']);
    await remote.goto(base + '/trainer.html', { waitUntil: 'domcontentloaded' });
    await remote.waitForSelector('#screen-pin:not([hidden])', { timeout: 5000 });
    await remote.type('#pin', '000000' === pin ? '111111' : '000000');
    await remote.click('#pin-form button[type=submit]');
    await waitText(remote, '#message', 'PIN stimmt nicht', 'a wrong PIN is refused');
    await remote.$eval('#pin', (n) => { n.value = ''; });
    await remote.type('#pin', pin);
    await remote.click('#pin-form button[type=submit]');
    await remote.waitForSelector('#screen-remote:not([hidden])', { timeout: 5000 });
    await waitText(remote, '#teams', '2 Handys', 'the remote counts the phones');
    check(!(await remote.$eval('[data-action="open"]', (b) => b.disabled)), 'open fits the phase');
    check(await remote.$eval('[data-action="reveal"]', (b) => b.disabled), 'reveal does not fit it yet');
    await shot(remote, '06-remote');
    await remote.click('[data-action="open"]');
    await waitText(de, '#phase', 'Jetzt abstimmen', 'the remote opened the vote on the phones', 3000);
    await waitText(remote, '#status', 'Erledigt', 'the remote confirms');

    console.log('== a browser without EventSource polls');
    const old = await newPhone(browser, ['de-DE'], { noEventSource: true });
    await old.goto(base + '/?room=' + room, { waitUntil: 'domcontentloaded' });
    await old.waitForSelector('#screen-profile:not([hidden])', { timeout: 5000 });
    await old.click('#profile-form button[type=submit]');
    await old.waitForSelector('#screen-play:not([hidden])', { timeout: 5000 });
    await waitText(old, '#connection', 'alle paar Sekunden', 'it says it polls');
    await trainer('close');
    await waitText(old, '#phase', 'geschlossen', 'polling sees the close', 5000);

    console.log('== a reload keeps the place');
    await de.reload({ waitUntil: 'domcontentloaded' });
    await de.waitForSelector('#screen-play:not([hidden])', { timeout: 5000 });
    await waitText(de, '#phase', 'geschlossen', 'after a reload the phone is back in the seminar');

    console.log('== in a team seminar the phone picks its team');
    const team = await newPhone(browser, ['de-DE']);
    await team.goto(teamsJoin, { waitUntil: 'domcontentloaded' });
    await team.waitForSelector('#screen-profile:not([hidden])', { timeout: 5000 });
    const teamButtons = await team.$$eval('#team-choices button', (list) => list.map((b) => b.textContent));
    check(JSON.stringify(teamButtons) === JSON.stringify(['Egal – Rapport wählt eins', 'Nord', 'Süd']), 'the teams to pick from (' + teamButtons + ')');
    await (await team.$$('#team-choices button'))[2].click();
    check(await team.$eval('#team-choices button:nth-child(3)', (b) => b.getAttribute('aria-pressed') === 'true'), 'Süd picked');
    await team.click('#profile-form button[type=submit]');
    await team.waitForSelector('#screen-play:not([hidden])', { timeout: 5000 });
    await waitText(team, '#who', 'Team Süd', 'the phone plays in Süd');
    await shot(team, '07-team');

    for (const [name, page] of [['German phone', de], ['English phone', en], ['remote', remote], ['polling phone', old], ['team phone', team]]) {
      const problems = page.problems.filter((p) => !/status of 40[0-9]/.test(p)); // refused requests are part of the test
      check(problems.length === 0, name + ': no dialog, no script error' + (problems.length ? ' (' + problems.join('; ') + ')' : ''));
    }
  } finally {
    await browser.close();
  }
  console.log('phone page: ' + (checks - failures) + ' of ' + checks + ' checks passed, screenshots in ' + out);
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((error) => { console.log('  FAIL ' + error.stack); process.exit(1); });
