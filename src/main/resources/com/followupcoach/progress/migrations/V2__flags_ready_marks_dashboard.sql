-- Version 2: what the critique screen and the dashboard need.
--  * dismissed flags ("this flag is wrong"), counted by criterion for a trainer;
--  * "ready" marks on a letter, so the app can suggest a review after the cool-down;
--  * indexes that keep the dashboard fast with thousands of attempts.

CREATE TABLE dismissed_flag (
    id           INTEGER PRIMARY KEY,
    profile_id   INTEGER NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    exercise_id  TEXT    NOT NULL,
    criterion_id TEXT    NOT NULL,
    flagged_text TEXT    NOT NULL,
    message      TEXT    NOT NULL,
    created_at   INTEGER NOT NULL
);
CREATE INDEX dismissed_flag_by_profile ON dismissed_flag (profile_id, exercise_id, criterion_id);
CREATE INDEX dismissed_flag_by_criterion ON dismissed_flag (criterion_id);

CREATE TABLE ready_mark (
    profile_id  INTEGER NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    exercise_id TEXT    NOT NULL,
    marked_at   INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    PRIMARY KEY (profile_id, exercise_id)
);

-- Newest attempts first, best score per exercise, latest score: all from this index.
DROP INDEX attempt_by_profile;
CREATE INDEX attempt_by_profile_time ON attempt (profile_id, created_at);
CREATE INDEX attempt_by_profile_exercise ON attempt (profile_id, exercise_id, score);
