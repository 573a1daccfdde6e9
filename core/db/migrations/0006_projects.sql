-- Opora schema 6: what a project promised and who it serves. The team, the target group
-- (enrolment), and the indicators with their plans and hand-entered values. Facts of computed
-- indicators are never stored: they are counted from the journal when asked.

-- The manager's own sections of the round-table document, kept with the project.
ALTER TABLE project ADD COLUMN results TEXT NOT NULL DEFAULT '';
ALTER TABLE project ADD COLUMN lessons TEXT NOT NULL DEFAULT '';
ALTER TABLE project ADD COLUMN proposals TEXT NOT NULL DEFAULT '';

CREATE TABLE project_team (
    project_id INTEGER NOT NULL REFERENCES project(id),
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    role TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (project_id, staff_id)
) WITHOUT ROWID;

-- A person (optionally with the case they are supported in) in the project's target group.
CREATE TABLE project_enrolment (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project(id),
    person_id INTEGER NOT NULL REFERENCES person(id),
    case_id INTEGER REFERENCES case_file(id),
    starts_on TEXT NOT NULL,
    ends_on TEXT,
    archived_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    updated_by INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX project_enrolment_project ON project_enrolment(project_id, starts_on);
CREATE INDEX project_enrolment_person ON project_enrolment(person_id);

-- A target indicator in the funder's own words. method names how its fact is found
-- (see docs/indicators.md); params is a JSON object of that method's filters.
-- plan_total is NULL when the funder set no number.
CREATE TABLE indicator (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project(id),
    sort_order INTEGER NOT NULL DEFAULT 0,
    wording TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    plan_total REAL,
    method TEXT NOT NULL CHECK (method IN ('enrolled', 'people_served', 'families_served',
        'services', 'events_held', 'participants', 'specialists_trained', 'volunteers',
        'improved_share', 'support_length', 'manual')),
    params TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(params)),
    comment TEXT NOT NULL DEFAULT '',
    archived_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    updated_by INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX indicator_project ON indicator(project_id, sort_order);

-- The plan split over quarters or months: value is what is planned within [starts_on, ends_on].
CREATE TABLE indicator_plan (
    indicator_id INTEGER NOT NULL REFERENCES indicator(id),
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    value REAL NOT NULL CHECK (value >= 0),
    PRIMARY KEY (indicator_id, starts_on),
    CHECK (ends_on >= starts_on)
) WITHOUT ROWID;

-- Values of a hand-counted indicator: each adds to the fact from its date on.
CREATE TABLE indicator_value (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicator(id),
    value_date TEXT NOT NULL,
    value REAL NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    archived_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    updated_by INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX indicator_value_indicator ON indicator_value(indicator_id, value_date);

CREATE INDEX case_file_closed ON case_file(closed_on) WHERE closed_on IS NOT NULL;

-- Indicator facts read these without touching the tables: the project's live services by date
-- (covering every column the methods use; it replaces the narrower index of schema 3), the
-- project's cases, and the few archived people.
DROP INDEX service_record_project;
CREATE INDEX service_record_project_facts ON service_record(project_id, service_date, person_id,
    case_id, item_id, form, quantity, duration_min, archived_at) WHERE archived_at IS NULL;
CREATE INDEX service_record_case_project ON service_record(case_id, project_id, archived_at) WHERE archived_at IS NULL;
CREATE INDEX person_archived ON person(id) WHERE archived_at IS NOT NULL;
CREATE INDEX project_enrolment_case ON project_enrolment(case_id) WHERE case_id IS NOT NULL;
