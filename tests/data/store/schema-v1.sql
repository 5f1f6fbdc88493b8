-- The progress database as schema version 1 left it (frozen: never edit; tests/store/test_schema.cpp
-- upgrades it to the current version).
CREATE TABLE profile (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  created_at INTEGER NOT NULL
);
CREATE TABLE run (
  id INTEGER PRIMARY KEY,
  profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
  scenario_id TEXT NOT NULL,
  scenario_file TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  language TEXT NOT NULL,
  seed INTEGER NOT NULL,
  origin TEXT NOT NULL,
  replay_of INTEGER REFERENCES run(id) ON DELETE SET NULL,
  replay_from_step INTEGER,
  started_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  finished_at INTEGER,
  active_ms INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'playing' CHECK (status IN ('playing', 'finished')),
  steps INTEGER NOT NULL DEFAULT 0,
  start_result INTEGER NOT NULL,
  result INTEGER NOT NULL,
  score INTEGER NOT NULL,
  score_label TEXT,
  ending_id TEXT,
  ending_rating TEXT,
  style TEXT
);
CREATE INDEX run_by_profile ON run (profile_id, started_at DESC, id DESC);
CREATE INDEX run_unfinished ON run (profile_id, updated_at) WHERE status = 'playing';
CREATE TABLE decision (
  run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  step INTEGER NOT NULL,
  node_id TEXT NOT NULL,
  choice_id TEXT NOT NULL,
  chosen_at INTEGER NOT NULL,
  think_ms INTEGER NOT NULL,
  result_before INTEGER NOT NULL,
  result_after INTEGER NOT NULL,
  score INTEGER NOT NULL,
  PRIMARY KEY (run_id, step)
) WITHOUT ROWID;
CREATE TABLE run_person (
  run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  person INTEGER NOT NULL,
  persona_id TEXT NOT NULL,
  moment TEXT NOT NULL CHECK (moment IN ('start', 'end')),
  name TEXT NOT NULL,
  sympathie INTEGER NOT NULL,
  anerkennung INTEGER NOT NULL,
  vertrauen INTEGER NOT NULL,
  gegenseitigkeit INTEGER NOT NULL,
  intensitaet INTEGER NOT NULL,
  kompetenz INTEGER NOT NULL,
  quality INTEGER NOT NULL,
  stage TEXT NOT NULL,
  PRIMARY KEY (run_id, person, moment)
) WITHOUT ROWID;
CREATE TABLE run_principle (
  run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  principle TEXT NOT NULL,
  followed INTEGER NOT NULL,
  violated INTEGER NOT NULL,
  PRIMARY KEY (run_id, principle)
) WITHOUT ROWID;

-- Data as version 1 wrote it: a profile with a finished and an unfinished run.
INSERT INTO profile (id, name, created_at) VALUES (1, 'Anna', 1764000000000);
INSERT INTO run (id, profile_id, scenario_id, scenario_file, content_hash, language, seed, origin, started_at, updated_at,
  finished_at, active_ms, status, steps, start_result, result, score, ending_id, ending_rating, style)
  VALUES (1, 1, 'sample-coffee-break', '/old/scenarios/sample-coffee-break.json', 'c4c19d73', 'de', 1, 'window',
  1764000000000, 1764000300000, 1764000300000, 300000, 'finished', 2, 2750, 6120, 61, 'ende_gut', 'good', 'relationship-builder');
INSERT INTO decision VALUES (1, 0, 'vorbereitung', 'ins_foyer', 1764000100000, 100000, 2750, 2750, 27);
INSERT INTO decision VALUES (1, 1, 'foyer', 'vortrag_loben', 1764000300000, 200000, 2750, 6120, 61);
INSERT INTO run_person VALUES (1, 0, 'lindemann', 'start', 'Dr. Katrin Lindemann', 2000, 2000, 2000, 2000, 2000, 2000, 2000, 'stranger');
INSERT INTO run_person VALUES (1, 0, 'lindemann', 'end', 'Dr. Katrin Lindemann', 6000, 6100, 5000, 4000, 3000, 5500, 5100, 'contact');
INSERT INTO run_principle VALUES (1, 'appreciation', 2, 0);
INSERT INTO run (id, profile_id, scenario_id, scenario_file, content_hash, language, seed, origin, started_at, updated_at,
  status, steps, start_result, result, score)
  VALUES (2, 1, 'trade-fair', '/old/scenarios/trade-fair.json', 'ab12', 'en', 7, 'terminal', 1764100000000, 1764100060000,
  'playing', 1, 2000, 2100, 21);
INSERT INTO decision VALUES (2, 0, 'start', 'ask_first', 1764100060000, 60000, 2000, 2100, 21);
PRAGMA application_id = 1382117492;
PRAGMA user_version = 1;
