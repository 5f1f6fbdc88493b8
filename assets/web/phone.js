// The participant's phone: join with the room code (prefilled from the QR code), optionally a
// nickname and a team; then the team's current decision, a vote that can change until the vote
// closes, the distribution once revealed and what happened. Updates come as Server-Sent Events,
// with polling when a stream cannot be held. Every text is inserted with textContent.
'use strict';

(function () {
  const el = window.rapportElement;
  const clear = window.rapportClear;
  const $ = (id) => document.getElementById(id);
  const POLL_MS = 3000;

  const store = (function () {
    // Private browsing may refuse storage: the page then works for this visit only.
    const memory = {};
    return {
      get(key) { try { return window.localStorage.getItem(key); } catch (e) { return memory[key] || null; } },
      set(key, value) { try { window.localStorage.setItem(key, value); } catch (e) { memory[key] = value; } },
      remove(key) { try { window.localStorage.removeItem(key); } catch (e) { delete memory[key]; } }
    };
  })();

  let lang = window.rapportLanguage(store.get('rapport.lang'));
  let room = '';
  let token = null;
  let teams = [];
  let pickedTeam = '';
  let current = null;
  let sending = null;
  let source = null;
  let pollTimer = null;
  let polls = 0;
  let connection = '';
  let shownPhase = '';

  const t = (key, values) => window.rapportText(lang, key, values);
  const normalizeRoom = (text) => String(text || '').toUpperCase().replace(/[\s-]/g, '').slice(0, 16);

  function show(screen) {
    for (const name of ['room', 'profile', 'play']) $('screen-' + name).hidden = name !== screen;
  }

  function message(text) {
    const box = $('message');
    box.textContent = text || '';
    box.hidden = !text;
  }

  function setConnection(kind) {
    connection = kind;
    $('connection').textContent = kind ? t(kind) : '';
  }

  async function api(method, path, body, withToken) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (withToken && token) headers.Authorization = 'Bearer ' + token;
    const url = path + (path.indexOf('?') < 0 ? '?' : '&') + 'lang=' + lang;
    const response = await fetch(url, {
      method: method,
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store'
    });
    let data = null;
    try { data = await response.json(); } catch (e) { data = null; }
    return { status: response.status, data: data };
  }

  function errorText(reply) {
    return reply && reply.data && reply.data.message ? reply.data.message : t('offline');
  }

  // ---- language ----------------------------------------------------------------------------

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.title = t('pageTitle');
    for (const node of document.querySelectorAll('[data-text]')) node.textContent = t(node.getAttribute('data-text'));
    for (const button of document.querySelectorAll('.lang')) button.setAttribute('aria-pressed', String(button.getAttribute('data-lang') === lang));
    renderTeams();
    if (connection) setConnection(connection);
  }

  function switchLanguage(next) {
    if (next === lang) return;
    lang = next;
    store.set('rapport.lang', lang);
    applyLanguage();
    if (token) {
      // The scenario's texts come in the new language from the server.
      connect();
      refresh();
    }
  }

  // ---- joining -----------------------------------------------------------------------------

  function renderTeams() {
    const box = $('team-choices');
    clear(box);
    $('teams').hidden = teams.length === 0;
    const options = [''].concat(teams);
    for (const name of options) {
      const button = el('button', '', name === '' ? t('teamAny') : name);
      button.type = 'button';
      button.setAttribute('aria-pressed', String(name === pickedTeam));
      button.addEventListener('click', () => { pickedTeam = name; renderTeams(); });
      box.appendChild(button);
    }
  }

  async function checkRoom(code) {
    room = normalizeRoom(code);
    $('room').value = room;
    if (!room) { show('room'); return; }
    let reply;
    try {
      reply = await api('POST', '/api/room', { room: room });
    } catch (e) {
      show('room');
      message(t('offline'));
      return;
    }
    if (reply.status !== 200) {
      show('room');
      message(errorText(reply));
      return;
    }
    message('');
    store.set('rapport.room', room);
    teams = Array.isArray(reply.data.teams) ? reply.data.teams.map(String) : [];
    pickedTeam = '';
    renderTeams();
    show('profile');
    $('name').value = store.get('rapport.name') || '';
  }

  async function join() {
    const name = $('name').value.trim();
    const body = { room: room, name: name };
    if (pickedTeam) body.team = pickedTeam;
    let reply;
    try {
      reply = await api('POST', '/api/join', body);
    } catch (e) {
      message(t('offline'));
      return;
    }
    if (reply.status !== 200) {
      message(errorText(reply));
      if (reply.status === 403) show('room');
      return;
    }
    message('');
    token = reply.data.token;
    store.set('rapport.token.' + room, token);
    store.set('rapport.name', name);
    startPlaying();
  }

  function forgetToken(text) {
    if (room) store.remove('rapport.token.' + room);
    token = null;
    disconnect();
    current = null;
    $('who').textContent = '';
    message(text);
    checkRoom(room);
  }

  // ---- updates -----------------------------------------------------------------------------

  function disconnect() {
    if (source) { source.close(); source = null; }
    if (pollTimer) { clearInterval(pollTimer); pollTimer = null; }
  }

  function startPolling() {
    if (pollTimer) return;
    setConnection('polling');
    polls = 0;
    pollTimer = setInterval(() => {
      refresh();
      // Now and then the stream is tried again: a network that dropped it may carry it again.
      if (++polls % 10 === 0 && window.EventSource) connect();
    }, POLL_MS);
  }

  function connect() {
    disconnect();
    if (!token) return;
    if (!window.EventSource) { startPolling(); return; }
    const url = '/api/events?token=' + encodeURIComponent(token) + '&lang=' + lang;
    const stream = new EventSource(url);
    source = stream;
    stream.addEventListener('state', (event) => {
      if (source !== stream) return;
      setConnection('live');
      try { render(JSON.parse(event.data)); } catch (e) { /* a broken event: the next one comes */ }
    });
    stream.addEventListener('open', () => { if (source === stream) setConnection('live'); });
    stream.addEventListener('error', () => {
      if (source !== stream) return;
      if (stream.readyState === 2) {
        // Closed for good (the browser gives up, e.g. after a 401): poll, which also tells why.
        source = null;
        startPolling();
        refresh();
      } else {
        setConnection('reconnecting');
      }
    });
  }

  async function refresh() {
    if (!token) return;
    let reply;
    try {
      reply = await api('GET', '/api/state', undefined, true);
    } catch (e) {
      setConnection('offline');
      return;
    }
    if (reply.status === 401) { forgetToken(errorText(reply)); return; }
    if (reply.status === 200) render(reply.data);
  }

  function startPlaying() {
    show('play');
    connect();
    refresh();
  }

  async function vote(choice) {
    if (!current || current.phase !== 'voting' || sending) return;
    sending = choice;
    render(current);
    let reply;
    try {
      reply = await api('POST', '/api/vote', { choice: choice }, true);
    } catch (e) {
      sending = null;
      render(current);
      message(t('offline'));
      return;
    }
    sending = null;
    if (reply.status === 200) {
      message('');
      current.myVote = reply.data.myVote;
      render(current);
      return;
    }
    if (reply.status === 401) { forgetToken(errorText(reply)); return; }
    message(errorText(reply));
    refresh();
  }

  // ---- drawing the state -------------------------------------------------------------------

  function linesInto(box, lines) {
    for (const line of lines || []) {
      const p = el('p');
      if (line.speaker) {
        p.appendChild(el('span', 'speaker', line.speaker + ': '));
      }
      p.appendChild(document.createTextNode(line.text));
      box.appendChild(p);
    }
  }

  function phaseText(phase) {
    const key = { waiting: 'phaseWaiting', voting: 'phaseVoting', closed: 'phaseClosed', revealed: 'phaseRevealed',
      applied: 'phaseApplied', ended: 'phaseEnded' }[phase];
    return key ? t(key) : phase;
  }

  function drawChoices(state) {
    const box = $('choices');
    clear(box);
    const choices = state.choices || [];
    const tally = state.tally;
    const total = state.result ? state.result.total : 0;
    const taken = state.move ? state.move.choice : null;
    box.className = 'choices' + (state.phase === 'waiting' ? ' waiting' : '');
    choices.forEach((choice, index) => {
      const button = el('button', 'choice');
      button.type = 'button';
      button.setAttribute('data-choice', choice.id);
      const mine = state.myVote === choice.id;
      // While a vote is on its way only the option being sent is marked: one mark, never two.
      button.setAttribute('aria-pressed', String(sending !== null ? sending === choice.id : mine));
      button.disabled = state.phase !== 'voting' || sending !== null;
      if (tally) {
        const count = Number(tally[choice.id] || 0);
        const fill = el('span', 'fill');
        fill.style.width = (total > 0 ? Math.round(100 * count / total) : 0) + '%';
        button.appendChild(fill);
      }
      button.appendChild(el('span', 'number', index + 1));
      const label = el('span', 'label', choice.text);
      if (mine) label.appendChild(el('span', 'mine', t('yourVote')));
      button.appendChild(label);
      if (tally) {
        const count = Number(tally[choice.id] || 0);
        const percent = total > 0 ? Math.round(100 * count / total) : 0;
        button.appendChild(el('span', 'count', count + ' · ' + percent + ' %'));
      }
      if (taken === choice.id) button.classList.add('taken');
      button.addEventListener('click', () => vote(choice.id));
      box.appendChild(button);
    });
  }

  function statusText(state) {
    if (sending) return t('voteSending');
    if (state.phase === 'voting') return state.myVote ? t('voteReceived') : t('tapToVote');
    if (state.phase === 'closed') return state.myVote ? t('voteCounted') : t('noVoteGiven');
    return '';
  }

  function drawResult(state) {
    const box = $('result');
    clear(box);
    if (!state.result) return;
    const r = state.result;
    if (r.total === 0) {
      box.appendChild(el('p', 'unity', t('noVotes')));
      return;
    }
    const leader = r.leader && state.tally ? Number(state.tally[r.leader] || 0) : 0;
    box.appendChild(el('p', 'unity', t('unity', { unity: r.unityText, count: leader, total: r.total, percent: r.percent })));
  }

  function drawMove(state) {
    const box = $('move');
    clear(box);
    const move = state.move;
    if (!move) return;
    box.appendChild(el('p', 'taken-label', t('taken') + ': ' + move.text));
    const none = state.result && state.result.total === 0;
    const decider = move.decider === 'trainer' ? 'deciderTrainer' : none ? 'deciderNone' : move.decider === 'tie' ? 'deciderTie' : 'deciderMajority';
    box.appendChild(el('p', 'decider', t(decider)));
    if (move.feedback) box.appendChild(el('p', 'feedback', move.feedback));
    if (move.reasons && move.reasons.length) {
      box.appendChild(el('h2', '', t('whatItDid')));
      const list = el('ul');
      for (const reason of move.reasons) list.appendChild(el('li', '', reason));
      box.appendChild(list);
    }
    if (move.happened && move.happened.length) {
      box.appendChild(el('h2', '', t('whatHappened')));
      const lines = el('div', 'situation');
      linesInto(lines, move.happened);
      box.appendChild(lines);
    }
  }

  function render(state) {
    if (!state || typeof state !== 'object') return;
    current = state;
    const who = [];
    if (state.name) who.push(state.name);
    if (state.team) who.push(t('team', { name: state.team }));
    $('who').textContent = who.join(' · ');
    let round = t('decision', { n: state.round });
    if (state.branch > 0) round += ' · ' + t('variant', { n: state.branch });
    $('round').textContent = state.title ? state.title + ' · ' + round : round;
    const phase = $('phase');
    phase.textContent = phaseText(state.phase);
    phase.className = 'phase ' + state.phase;
    $('scene').textContent = state.scene || '';
    const situation = $('situation');
    clear(situation);
    // Before the move the situation leads to the question; after it, what happened follows it.
    // While the room votes the options need the screen: the situation folds away (a tap opens it).
    if (!state.move) linesInto(situation, state.situation);
    const box = $('situation-box');
    box.hidden = Boolean(state.move) || situation.childNodes.length === 0;
    if (state.phase !== shownPhase) box.open = state.phase === 'waiting';
    shownPhase = state.phase;
    $('prompt').textContent = state.prompt || '';
    drawChoices(state);
    const status = $('status');
    status.textContent = statusText(state);
    status.className = 'status' + (state.myVote && !sending ? ' ok' : '');
    drawResult(state);
    drawMove(state);
    $('end').textContent = state.sessionEnded ? t('sessionEnded') : state.ended ? t('endedLine') : '';
  }

  // ---- start -------------------------------------------------------------------------------

  function start() {
    applyLanguage();
    for (const button of document.querySelectorAll('.lang')) button.addEventListener('click', () => switchLanguage(button.getAttribute('data-lang')));
    $('room-form').addEventListener('submit', (event) => { event.preventDefault(); message(''); checkRoom($('room').value); });
    $('profile-form').addEventListener('submit', (event) => { event.preventDefault(); join(); });
    $('other-room').addEventListener('click', () => { message(''); room = ''; $('room').value = ''; show('room'); });
    document.addEventListener('visibilitychange', () => {
      // A phone that was locked has often lost its stream: catch up, and stream again.
      if (document.visibilityState === 'visible' && token) {
        refresh();
        if (!source && !pollTimer) connect();
      }
    });
    const fromLink = new URLSearchParams(window.location.search).get('room');
    room = normalizeRoom(fromLink || store.get('rapport.room') || '');
    $('room').value = room;
    token = room ? store.get('rapport.token.' + room) : null;
    if (token) {
      startPlaying();
    } else if (fromLink) {
      checkRoom(room);
    } else {
      show('room');
    }
  }

  start();
})();
