-- Version 1: the base schema. Times are epoch milliseconds (UTC); ids of lessons,
-- questions, exercises and criteria are the stable string ids of the lesson files and
-- the scoring contract.

CREATE TABLE profile (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    created_at INTEGER NOT NULL
);

-- App-wide settings: theme, zoom, last profile, cool-down hours.
CREATE TABLE app_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE profile_setting (
    profile_id INTEGER NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    key        TEXT    NOT NULL,
    value      TEXT    NOT NULL,
    PRIMARY KEY (profile_id, key)
);

CREATE TABLE lesson_progress (
    profile_id   INTEGER NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    module_id    TEXT    NOT NULL,
    started_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    completed_at INTEGER,
    PRIMARY KEY (profile_id, module_id)
);

CREATE TABLE lesson_section_seen (
    profile_id INTEGER NOT NULL,
    module_id  TEXT    NOT NULL,
    section_id TEXT    NOT NULL,
    seen_at    INTEGER NOT NULL,
    PRIMARY KEY (profile_id, module_id, section_id),
    FOREIGN KEY (profile_id, module_id) REFERENCES lesson_progress (profile_id, module_id) ON DELETE CASCADE
);

CREATE TABLE quiz_attempt (
    id             INTEGER PRIMARY KEY,
    profile_id     INTEGER NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    module_id      TEXT    NOT NULL,
    correct_count  INTEGER NOT NULL,
    question_count INTEGER NOT NULL,
    created_at     INTEGER NOT NULL
);
CREATE INDEX quiz_attempt_by_profile ON quiz_attempt (profile_id, module_id, created_at);

-- chosen: the option indexes the learner picked, as a JSON array ("[0,2]").
CREATE TABLE quiz_answer (
    quiz_attempt_id INTEGER NOT NULL REFERENCES quiz_attempt (id) ON DELETE CASCADE,
    question_id     TEXT    NOT NULL,
    chosen          TEXT    NOT NULL,
    correct         INTEGER NOT NULL,
    PRIMARY KEY (quiz_attempt_id, question_id)
);

-- One row a time the app ran with the database. ended_at stays NULL until the app
-- closes cleanly; the next start finds a crash that way, and stamps the row with the
-- time the crash was noticed and closed_cleanly = 0.
CREATE TABLE app_session (
    id             INTEGER PRIMARY KEY,
    started_at     INTEGER NOT NULL,
    ended_at       INTEGER,
    closed_cleanly INTEGER NOT NULL DEFAULT 0
);

-- The autosaved draft of each exercise ("own-letter", the capstone, is one too).
CREATE TABLE draft (
    profile_id    INTEGER NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    exercise_id   TEXT    NOT NULL,
    text          TEXT    NOT NULL,
    scenario_json TEXT,
    updated_at    INTEGER NOT NULL,
    session_id    INTEGER REFERENCES app_session (id) ON DELETE SET NULL,
    PRIMARY KEY (profile_id, exercise_id)
);

CREATE TABLE attempt (
    id             INTEGER PRIMARY KEY,
    profile_id     INTEGER NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    exercise_id    TEXT    NOT NULL,
    text           TEXT    NOT NULL,
    score          INTEGER NOT NULL,
    words          INTEGER NOT NULL,
    findings_count INTEGER NOT NULL,
    created_at     INTEGER NOT NULL
);
CREATE INDEX attempt_by_profile ON attempt (profile_id, exercise_id);

CREATE TABLE attempt_criterion (
    attempt_id   INTEGER NOT NULL REFERENCES attempt (id) ON DELETE CASCADE,
    criterion_id TEXT    NOT NULL,
    status       TEXT    NOT NULL,
    points       INTEGER NOT NULL,
    max_points   INTEGER NOT NULL,
    PRIMARY KEY (attempt_id, criterion_id)
) WITHOUT ROWID;
