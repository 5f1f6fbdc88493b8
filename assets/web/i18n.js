// The words of the phone page and the trainer's remote, in German and English. Everything the
// server sends (the scenario's texts, names) is inserted as text, never as HTML.
'use strict';

window.RAPPORT_TEXTS = {
  de: {
    pageTitle: 'Rapport – Seminar',
    joinTitle: 'Beim Seminar mitmachen',
    joinIntro: 'Geben Sie den Raumcode ein, der auf der Leinwand steht.',
    roomLabel: 'Raumcode',
    next: 'Weiter',
    profileTitle: 'Fast geschafft',
    nameLabel: 'Ihr Name (freiwillig)',
    nameHint: 'Bleibt auf Ihrem Handy und dem Laptop der Seminarleitung; niemand sonst sieht ihn.',
    teamLabel: 'Ihr Team',
    teamAny: 'Egal – Rapport wählt eins',
    join: 'Mitmachen',
    decision: 'Entscheidung {n}',
    situationLabel: 'Die Lage',
    variant: 'Variante {n}',
    team: 'Team {name}',
    phaseWaiting: 'Hören Sie zu – gleich wird abgestimmt.',
    phaseVoting: 'Jetzt abstimmen',
    phaseClosed: 'Die Abstimmung ist geschlossen.',
    phaseRevealed: 'Das Ergebnis',
    phaseApplied: 'Was geschah',
    phaseEnded: 'Ende',
    tapToVote: 'Tippen Sie auf Ihre Wahl.',
    voteReceived: 'Stimme erhalten. Sie können sie ändern, bis die Abstimmung schließt.',
    voteSending: 'Stimme wird gesendet …',
    voteCounted: 'Ihre Stimme ist gezählt. Gleich kommt das Ergebnis.',
    noVoteGiven: 'Sie haben diesmal nicht abgestimmt.',
    yourVote: 'Ihre Stimme',
    votes: '{n} Stimmen',
    vote1: '1 Stimme',
    unity: 'Einigkeit: {unity} – {count} von {total} ({percent} %)',
    noVotes: 'Es wurden keine Stimmen abgegeben.',
    taken: 'Umgesetzt',
    deciderMajority: 'Die Mehrheit hat entschieden.',
    deciderTie: 'Gleichstand – es gilt die erste der gleichauf liegenden Möglichkeiten.',
    deciderNone: 'Ohne Stimmen gilt die erste Möglichkeit.',
    deciderTrainer: 'Die Seminarleitung hat entschieden.',
    whatItDid: 'Was es für die Beziehung bedeutet',
    whatHappened: 'Wie es weiterging',
    endedLine: 'Das Gespräch ist zu Ende. Danke fürs Mitmachen!',
    sessionEnded: 'Das Seminar ist beendet. Danke fürs Mitmachen!',
    live: 'Live verbunden',
    reconnecting: 'Verbindung wird wiederhergestellt …',
    polling: 'Aktualisiert alle paar Sekunden',
    offline: 'Keine Verbindung zum Laptop. Sind Sie im selben WLAN?',
    leave: 'Anderen Raum wählen',
    trainerTitle: 'Fernbedienung',
    pinLabel: 'Trainer-PIN (steht nur auf dem Laptop)',
    pinSubmit: 'Verbinden',
    allTeams: 'Alle Teams',
    plenary: 'Plenum',
    actOpen: 'Abstimmung öffnen',
    actClose: 'Abstimmung schließen',
    actReveal: 'Ergebnis zeigen',
    actApply: 'Mehrheit umsetzen',
    actNext: 'Nächste Entscheidung',
    actRewind: 'Was wäre, wenn … ab Entscheidung',
    applyThis: 'Stattdessen umsetzen:',
    joinedVoted: '{joined} Handys · {voted} abgestimmt',
    score: 'Ergebnis {score}',
    done: 'Erledigt.',
    forgetPin: 'Abmelden'
  },
  en: {
    pageTitle: 'Rapport – seminar',
    joinTitle: 'Join the seminar',
    joinIntro: 'Type the room code shown on the projector.',
    roomLabel: 'Room code',
    next: 'Next',
    profileTitle: 'Almost there',
    nameLabel: 'Your name (optional)',
    nameHint: 'Stays on your phone and the trainer’s laptop; nobody else sees it.',
    teamLabel: 'Your team',
    teamAny: 'Any – Rapport picks one',
    join: 'Join',
    decision: 'Decision {n}',
    situationLabel: 'The situation',
    variant: 'variant {n}',
    team: 'Team {name}',
    phaseWaiting: 'Listen – the vote opens shortly.',
    phaseVoting: 'Vote now',
    phaseClosed: 'The vote is closed.',
    phaseRevealed: 'The result',
    phaseApplied: 'What happened',
    phaseEnded: 'The end',
    tapToVote: 'Tap your choice.',
    voteReceived: 'Vote received. You can change it until the vote closes.',
    voteSending: 'Sending your vote …',
    voteCounted: 'Your vote is counted. The result comes shortly.',
    noVoteGiven: 'You did not vote this time.',
    yourVote: 'Your vote',
    votes: '{n} votes',
    vote1: '1 vote',
    unity: 'Agreement: {unity} – {count} of {total} ({percent} %)',
    noVotes: 'No votes were cast.',
    taken: 'Carried out',
    deciderMajority: 'The majority decided.',
    deciderTie: 'A tie – the first of the tied options stands.',
    deciderNone: 'With no votes, the first option stands.',
    deciderTrainer: 'The trainer decided.',
    whatItDid: 'What it did to the relationship',
    whatHappened: 'What happened next',
    endedLine: 'The conversation has ended. Thank you for taking part!',
    sessionEnded: 'The seminar has ended. Thank you for taking part!',
    live: 'Live',
    reconnecting: 'Reconnecting …',
    polling: 'Updating every few seconds',
    offline: 'No connection to the laptop. Are you on the same Wi-Fi?',
    leave: 'Choose another room',
    trainerTitle: 'Remote',
    pinLabel: 'Trainer PIN (shown on the laptop only)',
    pinSubmit: 'Connect',
    allTeams: 'All teams',
    plenary: 'Plenary',
    actOpen: 'Open the vote',
    actClose: 'Close the vote',
    actReveal: 'Reveal the result',
    actApply: 'Carry out the majority',
    actNext: 'Next decision',
    actRewind: 'What if … from decision',
    applyThis: 'Carry out instead:',
    joinedVoted: '{joined} phones · {voted} voted',
    score: 'Result {score}',
    done: 'Done.',
    forgetPin: 'Sign out'
  }
};

// The language: the one chosen on this device before, else the browser's, else German.
window.rapportLanguage = function (stored) {
  if (stored === 'de' || stored === 'en') return stored;
  const wanted = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'de']);
  for (const tag of wanted) {
    const two = String(tag).slice(0, 2).toLowerCase();
    if (two === 'de' || two === 'en') return two;
  }
  return 'de';
};

// A text with its {placeholders} filled in (as text: the result goes into textContent).
window.rapportText = function (lang, key, values) {
  const table = window.RAPPORT_TEXTS[lang] || window.RAPPORT_TEXTS.de;
  let text = table[key] !== undefined ? table[key] : key;
  if (values) {
    for (const name of Object.keys(values)) text = text.split('{' + name + '}').join(String(values[name]));
  }
  return text;
};

// Makes an element with a class and text content; children are appended as given.
window.rapportElement = function (tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
};

window.rapportClear = function (node) {
  while (node.firstChild) node.removeChild(node.firstChild);
};
