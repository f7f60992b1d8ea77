-- Passerelle workspace, schema version 1: the whole data model of DESIGN.md.
-- Timestamps are UTC unix seconds (INTEGER); calendar dates are 'YYYY-MM-DD' text.

CREATE TABLE setting (
  id     INTEGER PRIMARY KEY,
  uuid   TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  key    TEXT NOT NULL UNIQUE CHECK (length (key) > 0),
  value  TEXT NOT NULL
);

CREATE TABLE project (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  name         TEXT NOT NULL UNIQUE CHECK (length (trim (name)) > 0),
  description  TEXT NOT NULL DEFAULT '',
  sponsor      TEXT NOT NULL DEFAULT '',
  start_date   TEXT CHECK (start_date IS NULL OR date (start_date, '+0 days') IS start_date),
  golive_date  TEXT CHECK (golive_date IS NULL OR date (golive_date, '+0 days') IS golive_date),
  phase        TEXT NOT NULL DEFAULT 'planning'
               CHECK (phase IN ('planning', 'pilot', 'rollout', 'closed')),
  CHECK (golive_date IS NULL OR start_date IS NULL OR golive_date >= start_date)
);

CREATE TABLE department (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length (trim (name)) > 0),
  headcount  INTEGER NOT NULL DEFAULT 0 CHECK (headcount >= 0),
  site       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE person (
  id             INTEGER PRIMARY KEY,
  uuid           TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  name           TEXT NOT NULL CHECK (length (trim (name)) > 0),
  email          TEXT UNIQUE COLLATE NOCASE CHECK (email IS NULL OR email LIKE '%_@_%'),
  department_id  INTEGER REFERENCES department (id) ON DELETE SET NULL,
  job_title      TEXT NOT NULL DEFAULT '',
  site           TEXT NOT NULL DEFAULT '',
  is_referent    INTEGER NOT NULL DEFAULT 0 CHECK (is_referent IN (0, 1)),
  comfort        INTEGER CHECK (comfort IS NULL OR comfort BETWEEN 0 AND 4),
  archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);
CREATE INDEX person_by_department ON person (department_id, name);
CREATE INDEX person_by_name ON person (name COLLATE NOCASE);

CREATE TABLE workshop (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  project_id      INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  title           TEXT NOT NULL CHECK (length (trim (title)) > 0),
  objective       TEXT NOT NULL DEFAULT '',
  starts_at       INTEGER,
  duration_min    INTEGER NOT NULL DEFAULT 120 CHECK (duration_min > 0),
  place           TEXT NOT NULL DEFAULT '',
  facilitator_id  INTEGER REFERENCES person (id) ON DELETE SET NULL,
  status          TEXT NOT NULL DEFAULT 'planned'
                  CHECK (status IN ('planned', 'running', 'done', 'cancelled'))
);
CREATE INDEX workshop_by_project ON workshop (project_id, starts_at);

CREATE TABLE agenda_item (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  workshop_id  INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL CHECK (position >= 0),
  title        TEXT NOT NULL CHECK (length (trim (title)) > 0),
  method       TEXT NOT NULL DEFAULT '',
  minutes      INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440)
);
CREATE INDEX agenda_item_by_workshop ON agenda_item (workshop_id, position);

CREATE TABLE workshop_participant (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  workshop_id  INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
  person_id    INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  invited      INTEGER NOT NULL DEFAULT 1 CHECK (invited IN (0, 1)),
  attended     INTEGER NOT NULL DEFAULT 0 CHECK (attended IN (0, 1)),
  UNIQUE (workshop_id, person_id)
);
CREATE INDEX workshop_participant_by_person ON workshop_participant (person_id);

CREATE TABLE contribution (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  workshop_id  INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
  kind         TEXT NOT NULL DEFAULT 'idea'
               CHECK (kind IN ('idea', 'need', 'pain_point', 'question', 'decision')),
  text         TEXT NOT NULL CHECK (length (trim (text)) > 0),
  theme        TEXT NOT NULL DEFAULT '',
  votes        INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
  author_id    INTEGER REFERENCES person (id) ON DELETE SET NULL,
  created_at   INTEGER NOT NULL
);
CREATE INDEX contribution_by_workshop ON contribution (workshop_id, created_at);
CREATE INDEX contribution_by_author ON contribution (author_id);

CREATE TABLE pilot (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  project_id  INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  name        TEXT NOT NULL CHECK (length (trim (name)) > 0),
  scope       TEXT NOT NULL DEFAULT '',
  start_date  TEXT CHECK (start_date IS NULL OR date (start_date, '+0 days') IS start_date),
  end_date    TEXT CHECK (end_date IS NULL OR date (end_date, '+0 days') IS end_date),
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX pilot_by_project ON pilot (project_id);

CREATE TABLE pilot_tester (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  pilot_id   INTEGER NOT NULL REFERENCES pilot (id) ON DELETE CASCADE,
  person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  UNIQUE (pilot_id, person_id)
);
CREATE INDEX pilot_tester_by_person ON pilot_tester (person_id);

-- A go/no-go criterion: met when the observed value reaches the target
-- (at least, or at most when lower is better).
CREATE TABLE pilot_criterion (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  pilot_id    INTEGER NOT NULL REFERENCES pilot (id) ON DELETE CASCADE,
  label       TEXT NOT NULL CHECK (length (trim (label)) > 0),
  target      REAL NOT NULL,
  observed    REAL,
  comparison  TEXT NOT NULL DEFAULT 'at_least' CHECK (comparison IN ('at_least', 'at_most'))
);
CREATE INDEX pilot_criterion_by_pilot ON pilot_criterion (pilot_id);

CREATE TABLE feedback (
  id               INTEGER PRIMARY KEY,
  uuid             TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  project_id       INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  pilot_id         INTEGER REFERENCES pilot (id) ON DELETE SET NULL,
  category         TEXT NOT NULL DEFAULT 'other'
                   CHECK (category IN ('bug', 'usability', 'training_need', 'feature_request', 'praise', 'other')),
  severity         INTEGER NOT NULL DEFAULT 2 CHECK (severity BETWEEN 1 AND 4),
  sentiment        INTEGER NOT NULL DEFAULT 0 CHECK (sentiment BETWEEN -2 AND 2),
  text             TEXT NOT NULL CHECK (length (trim (text)) > 0),
  status           TEXT NOT NULL DEFAULT 'new'
                   CHECK (status IN ('new', 'triaged', 'planned', 'done', 'wont_do')),
  response         TEXT NOT NULL DEFAULT '',
  author_id        INTEGER REFERENCES person (id) ON DELETE SET NULL,
  department_id    INTEGER REFERENCES department (id) ON DELETE SET NULL,
  created_at       INTEGER NOT NULL,
  resolved_at      INTEGER CHECK (resolved_at IS NULL OR resolved_at >= created_at),
  contribution_id  INTEGER REFERENCES contribution (id) ON DELETE SET NULL
);
CREATE INDEX feedback_by_project ON feedback (project_id, created_at);
CREATE INDEX feedback_by_status ON feedback (project_id, status, category);
CREATE INDEX feedback_by_author ON feedback (author_id);
CREATE INDEX feedback_by_pilot ON feedback (pilot_id);

CREATE VIRTUAL TABLE feedback_fts USING fts5 (
  text, response,
  content = 'feedback', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER feedback_fts_insert AFTER INSERT ON feedback BEGIN
  INSERT INTO feedback_fts (rowid, text, response) VALUES (new.id, new.text, new.response);
END;
CREATE TRIGGER feedback_fts_delete AFTER DELETE ON feedback BEGIN
  INSERT INTO feedback_fts (feedback_fts, rowid, text, response)
  VALUES ('delete', old.id, old.text, old.response);
END;
CREATE TRIGGER feedback_fts_update AFTER UPDATE OF text, response ON feedback BEGIN
  INSERT INTO feedback_fts (feedback_fts, rowid, text, response)
  VALUES ('delete', old.id, old.text, old.response);
  INSERT INTO feedback_fts (rowid, text, response) VALUES (new.id, new.text, new.response);
END;

CREATE TABLE skill (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  name         TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length (trim (name)) > 0),
  description  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE project_skill (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  project_id  INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  skill_id    INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
  UNIQUE (project_id, skill_id)
);
CREATE INDEX project_skill_by_skill ON project_skill (skill_id);

CREATE TABLE training_module (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  project_id  INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  title       TEXT NOT NULL CHECK (length (trim (title)) > 0),
  format      TEXT NOT NULL DEFAULT 'micro_learning'
              CHECK (format IN ('micro_learning', 'coaching', 'peer_sharing', 'classroom', 'e_learning')),
  minutes     INTEGER NOT NULL DEFAULT 15 CHECK (minutes > 0),
  skill_id    INTEGER REFERENCES skill (id) ON DELETE SET NULL
);
CREATE INDEX training_module_by_project ON training_module (project_id);
CREATE INDEX training_module_by_skill ON training_module (skill_id);

CREATE TABLE enrollment (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  module_id       INTEGER NOT NULL REFERENCES training_module (id) ON DELETE CASCADE,
  person_id       INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  coach_id        INTEGER REFERENCES person (id) ON DELETE SET NULL,
  due_date        TEXT CHECK (due_date IS NULL OR date (due_date, '+0 days') IS due_date),
  status          TEXT NOT NULL DEFAULT 'planned'
                  CHECK (status IN ('planned', 'in_progress', 'completed', 'dropped')),
  completed_date  TEXT CHECK (completed_date IS NULL OR date (completed_date, '+0 days') IS completed_date),
  CHECK ((status = 'completed') = (completed_date IS NOT NULL)),
  UNIQUE (module_id, person_id)
);
CREATE INDEX enrollment_by_person ON enrollment (person_id);
CREATE INDEX enrollment_by_coach ON enrollment (coach_id);

CREATE TABLE skill_assessment (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  person_id    INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  skill_id     INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
  level        INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
  assessed_on  TEXT NOT NULL CHECK (date (assessed_on, '+0 days') IS assessed_on),
  source       TEXT NOT NULL DEFAULT 'self' CHECK (source IN ('self', 'referent', 'manager'))
);
CREATE INDEX skill_assessment_latest ON skill_assessment (person_id, skill_id, assessed_on);
CREATE INDEX skill_assessment_by_skill ON skill_assessment (skill_id, assessed_on);

CREATE TABLE readiness_assessment (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  project_id      INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  person_id       INTEGER REFERENCES person (id) ON DELETE CASCADE,
  department_id   INTEGER REFERENCES department (id) ON DELETE CASCADE,
  assessed_on     TEXT NOT NULL CHECK (date (assessed_on, '+0 days') IS assessed_on),
  awareness       INTEGER NOT NULL CHECK (awareness BETWEEN 1 AND 5),
  desire          INTEGER NOT NULL CHECK (desire BETWEEN 1 AND 5),
  knowledge       INTEGER NOT NULL CHECK (knowledge BETWEEN 1 AND 5),
  ability         INTEGER NOT NULL CHECK (ability BETWEEN 1 AND 5),
  reinforcement   INTEGER NOT NULL CHECK (reinforcement BETWEEN 1 AND 5),
  CHECK ((person_id IS NULL) <> (department_id IS NULL))
);
CREATE INDEX readiness_by_project ON readiness_assessment (project_id, person_id, assessed_on);
CREATE INDEX readiness_by_person ON readiness_assessment (person_id);
CREATE INDEX readiness_by_department ON readiness_assessment (department_id);

CREATE TABLE referent_activity (
  id             INTEGER PRIMARY KEY,
  uuid           TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  referent_id    INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  activity_date  TEXT NOT NULL CHECK (date (activity_date, '+0 days') IS activity_date),
  kind           TEXT NOT NULL DEFAULT 'help_desk' CHECK (kind IN ('help_desk', 'session', 'relay')),
  people_helped  INTEGER NOT NULL DEFAULT 1 CHECK (people_helped >= 0),
  note           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX referent_activity_by_referent ON referent_activity (referent_id, activity_date);

CREATE TABLE success_story (
  id             INTEGER PRIMARY KEY,
  uuid           TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  project_id     INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  title          TEXT NOT NULL CHECK (length (trim (title)) > 0),
  department_id  INTEGER REFERENCES department (id) ON DELETE SET NULL,
  story          TEXT NOT NULL DEFAULT '',
  metric         TEXT NOT NULL DEFAULT '',
  metric_before  REAL,
  metric_after   REAL,
  story_date     TEXT CHECK (story_date IS NULL OR date (story_date, '+0 days') IS story_date),
  status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published'))
);
CREATE INDEX success_story_by_project ON success_story (project_id, story_date);

-- A colleague recognised in a story; named only with their consent.
CREATE TABLE story_person (
  id         INTEGER PRIMARY KEY,
  uuid       TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  story_id   INTEGER NOT NULL REFERENCES success_story (id) ON DELETE CASCADE,
  person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  consent    INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
  UNIQUE (story_id, person_id)
);
CREATE INDEX story_person_by_person ON story_person (person_id);

CREATE TABLE communication (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),
  project_id    INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  planned_date  TEXT CHECK (planned_date IS NULL OR date (planned_date, '+0 days') IS planned_date),
  channel       TEXT NOT NULL DEFAULT '',
  audience      TEXT NOT NULL DEFAULT '',
  subject       TEXT NOT NULL DEFAULT 'objective' CHECK (subject IN ('objective', 'choice', 'success')),
  title         TEXT NOT NULL CHECK (length (trim (title)) > 0),
  sent          INTEGER NOT NULL DEFAULT 0 CHECK (sent IN (0, 1))
);
CREATE INDEX communication_by_project ON communication (project_id, planned_date);
