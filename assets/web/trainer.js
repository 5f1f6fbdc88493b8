// The trainer's phone as a remote: with the PIN from the laptop, open, close, reveal, apply (the
// majority or a pick), next and "what if" from an earlier decision, for all teams in lockstep or
// one team. Polls the trainer's state; every action answers with the state it led to.
'use strict';

(function () {
  const el = window.rapportElement;
  const clear = window.rapportClear;
  const $ = (id) => document.getElementById(id);
  const POLL_MS = 2000;
  // Which action fits which phase (the session refuses the others with 409).
  const FITS = { waiting: 'open', voting: 'close', closed: 'reveal', revealed: 'apply', applied: 'next' };

  let lang = window.rapportLanguage(readStored('rapport.lang', localStorage));
  let pin = readStored('rapport.pin', sessionStorage) || '';
  let state = null;
  let timer = null;
  let busy = false;

  const t = (key, values) => window.rapportText(lang, key, values);

  function readStored(key, area) { try { return area.getItem(key); } catch (e) { return null; } }
  function writeStored(key, value, area) { try { if (value === null) area.removeItem(key); else area.setItem(key, value); } catch (e) { /* this visit only */ } }

  function message(text) {
    $('message').textContent = text || '';
    $('message').hidden = !text;
  }

  async function call(method, path, body) {
    const response = await fetch(path + (path.indexOf('?') < 0 ? '?' : '&') + 'lang=' + lang, {
      method: method,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: 'Bearer ' + pin },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store'
    });
    let data = null;
    try { data = await response.json(); } catch (e) { data = null; }
    return { status: response.status, data: data };
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    for (const node of document.querySelectorAll('[data-text]')) node.textContent = t(node.getAttribute('data-text'));
    for (const button of document.querySelectorAll('.lang')) button.setAttribute('aria-pressed', String(button.getAttribute('data-lang') === lang));
    if (state) render(state);
  }

  function selectedTeam() { return $('team').value; }

  function teamsInView() {
    if (!state) return [];
    const name = selectedTeam();
    return state.teams.filter((team) => !name || team.name === name);
  }

  function render(next) {
    state = next;
    const select = $('team');
    const chosen = select.value;
    clear(select);
    if (state.form === 'teams') {
      select.appendChild(el('option', '', t('allTeams')));
      select.lastChild.value = '';
      for (const team of state.teams) {
        const option = el('option', '', team.name);
        option.value = team.name;
        select.appendChild(option);
      }
      select.value = chosen;
      select.hidden = false;
    } else {
      select.hidden = true;
    }
    const list = $('teams');
    clear(list);
    for (const team of state.teams) {
      const box = el('div', 'teamstate');
      box.appendChild(el('div', 'name', (team.name || t('plenary')) + ' · ' + t('decision', { n: team.round }) +
        (team.branch > 0 ? ' · ' + t('variant', { n: team.branch }) : '')));
      box.appendChild(el('div', '', team.phaseText));
      box.appendChild(el('div', '', t('joinedVoted', { joined: team.joined, voted: team.voted }) + ' · ' +
        t('score', { score: Math.round(Number(team.score)) })));
      list.appendChild(box);
    }
    const shown = teamsInView();
    const first = shown[0];
    $('prompt').textContent = first ? first.prompt : '';
    const phases = shown.map((team) => team.phase);
    for (const button of document.querySelectorAll('[data-action]')) {
      const action = button.getAttribute('data-action');
      const fits = phases.some((phase) => FITS[phase] === action);
      button.disabled = busy || !fits;
      button.classList.toggle('suggested', fits);
    }
    // Revealed: the trainer may carry out another option than the majority's.
    const picks = $('picks');
    clear(picks);
    const revealed = shown.length === 1 && first.phase === 'revealed';
    $('picks-box').hidden = !revealed;
    if (revealed) {
      for (const choice of first.choices) {
        const count = first.tally ? Number(first.tally[choice.id] || 0) : 0;
        const button = el('button', '', choice.text + ' (' + count + ')');
        button.type = 'button';
        button.disabled = busy;
        button.addEventListener('click', () => act('apply', { choice: choice.id }));
        picks.appendChild(button);
      }
    }
    const rewind = $('rewind-round');
    rewind.max = String(Math.max(1, first ? first.path.length : 1));
    $('rewind').disabled = busy || !first || first.path.length === 0;
  }

  async function refresh() {
    if (!pin) return;
    let reply;
    try { reply = await call('GET', '/api/trainer/state'); } catch (e) { message(t('offline')); return; }
    if (reply.status === 401 || reply.status === 403) { signOut(reply.data && reply.data.message); return; }
    if (reply.status === 200) { message(''); showRemote(); render(reply.data); }
  }

  async function act(action, extra) {
    const body = Object.assign({}, extra || {});
    if (selectedTeam()) body.team = selectedTeam();
    busy = true;
    if (state) render(state);
    let reply;
    try { reply = await call('POST', '/api/trainer/' + action, body); } catch (e) { reply = null; }
    busy = false;
    if (!reply) { message(t('offline')); if (state) render(state); return; }
    if (reply.status === 200) {
      message('');
      $('status').textContent = t('done');
      render(reply.data);
      return;
    }
    $('status').textContent = '';
    message(reply.data && reply.data.message ? reply.data.message : String(reply.status));
    refresh();
  }

  function showRemote() {
    $('screen-pin').hidden = true;
    $('screen-remote').hidden = false;
    if (!timer) timer = setInterval(refresh, POLL_MS);
  }

  function signOut(text) {
    pin = '';
    writeStored('rapport.pin', null, sessionStorage);
    if (timer) { clearInterval(timer); timer = null; }
    $('screen-remote').hidden = true;
    $('screen-pin').hidden = false;
    message(text || '');
  }

  function start() {
    applyLanguage();
    for (const button of document.querySelectorAll('.lang')) {
      button.addEventListener('click', () => {
        lang = button.getAttribute('data-lang');
        writeStored('rapport.lang', lang, localStorage);
        applyLanguage();
        refresh();
      });
    }
    $('pin-form').addEventListener('submit', (event) => {
      event.preventDefault();
      pin = $('pin').value.trim();
      writeStored('rapport.pin', pin, sessionStorage);
      refresh();
    });
    for (const button of document.querySelectorAll('[data-action]')) button.addEventListener('click', () => act(button.getAttribute('data-action')));
    $('rewind').addEventListener('click', () => act('rewind', { round: Number($('rewind-round').value) }));
    $('team').addEventListener('change', () => { if (state) render(state); });
    $('forget').addEventListener('click', () => signOut(''));
    if (pin) refresh(); else signOut('');
  }

  start();
})();
