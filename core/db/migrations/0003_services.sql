-- Opora schema 3: projects (the header that services and events are attributed to), the service
-- catalogue and journal, individual plans, group events with attendance, volunteers.
-- Conventions as in schema 1: ISO-8601 dates, UTC timestamps, version for conflict detection,
-- archived_at instead of deletion.

-- A grant-funded project or programme; its team, enrolment and indicators are in schema 6.
CREATE TABLE project (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    funder TEXT NOT NULL DEFAULT '',
    agreement_no TEXT NOT NULL DEFAULT '',
    amount_minor INTEGER,                      -- amount in minor units (kopecks, kopiyky, cents)
    currency TEXT NOT NULL DEFAULT '',         -- ISO 4217: RUB, UAH, EUR, USD
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    goal TEXT NOT NULL DEFAULT '',
    tasks TEXT NOT NULL DEFAULT '',
    target_groups TEXT NOT NULL DEFAULT '',
    partners TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'active', 'completed', 'cancelled')),
    archived_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    updated_by INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (ends_on >= starts_on)
);

-- The service catalogue. type: RU art. 20 type codes (social_domestic, social_medical,
-- psychological, pedagogical, employment, legal, communication, urgent) or the UA classifier
-- group; code is the item's own code (UA classifier code such as 002.0). forms is a
-- comma-separated subset of home,day,residential,remote.
CREATE TABLE service_item (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT 'service' CHECK (unit IN ('service', 'hour', 'session')),
    forms TEXT NOT NULL DEFAULT 'home,day,residential,remote',
    sort_order INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    updated_by INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX service_item_type ON service_item(type);

-- One service delivered: the journal.
CREATE TABLE service_record (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file(id),
    person_id INTEGER NOT NULL REFERENCES person(id),
    item_id INTEGER NOT NULL REFERENCES service_item(id),
    service_date TEXT NOT NULL,
    staff_id INTEGER REFERENCES staff(id),
    quantity REAL NOT NULL DEFAULT 1 CHECK (quantity > 0),
    duration_min INTEGER CHECK (duration_min IS NULL OR duration_min >= 0),
    form TEXT NOT NULL CHECK (form IN ('home', 'day', 'residential', 'remote')),
    project_id INTEGER REFERENCES project(id),
    note TEXT NOT NULL DEFAULT '',
    archived_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    updated_by INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX service_record_date ON service_record(service_date, id);
CREATE INDEX service_record_case ON service_record(case_id, service_date);
CREATE INDEX service_record_person ON service_record(person_id, service_date);
CREATE INDEX service_record_item ON service_record(item_id, service_date);
CREATE INDEX service_record_staff ON service_record(staff_id, service_date);
CREATE INDEX service_record_project ON service_record(project_id, service_date) WHERE project_id IS NOT NULL;

-- Individual plan (ИППСУ / індивідуальний план): planned services of a case.
-- frequency: once, daily, weekly, monthly, as_needed.
CREATE TABLE plan_line (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file(id),
    item_id INTEGER NOT NULL REFERENCES service_item(id),
    volume REAL NOT NULL CHECK (volume > 0),
    frequency TEXT NOT NULL DEFAULT 'as_needed' CHECK (frequency IN ('once', 'daily', 'weekly', 'monthly', 'as_needed')),
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    archived_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    updated_by INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (ends_on >= starts_on)
);
CREATE INDEX plan_line_case ON plan_line(case_id);

-- A recurring course of events (e.g. a ten-week school of motherhood).
CREATE TABLE event_series (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    project_id INTEGER REFERENCES project(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    updated_by INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE event (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL CHECK (type IN ('class', 'parents_school', 'training', 'seminar', 'round_table', 'club', 'webinar', 'outreach', 'other')),
    title TEXT NOT NULL,
    series_id INTEGER REFERENCES event_series(id),
    event_date TEXT NOT NULL,
    starts_at TEXT NOT NULL DEFAULT '',         -- HH:MM local time, empty when not known
    ends_at TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    project_id INTEGER REFERENCES project(id),
    department_id INTEGER REFERENCES department(id),
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
    note TEXT NOT NULL DEFAULT '',
    archived_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    updated_by INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX event_by_date ON event(event_date, id);
CREATE INDEX event_by_series ON event(series_id, event_date);
CREATE INDEX event_by_project ON event(project_id, event_date) WHERE project_id IS NOT NULL;

CREATE TABLE event_organiser (
    event_id INTEGER NOT NULL REFERENCES event(id),
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    PRIMARY KEY (event_id, staff_id)
) WITHOUT ROWID;
CREATE INDEX event_organiser_staff ON event_organiser(staff_id, event_id);

-- Named participants from the register. Only 'present' counts as attendance.
CREATE TABLE event_participant (
    event_id INTEGER NOT NULL REFERENCES event(id),
    person_id INTEGER NOT NULL REFERENCES person(id),
    attendance TEXT NOT NULL DEFAULT 'present' CHECK (attendance IN ('present', 'excused', 'absent')),
    PRIMARY KEY (event_id, person_id)
) WITHOUT ROWID;
CREATE INDEX event_participant_person ON event_participant(person_id, event_id);

-- Anonymous headcounts by audience group, for people who are not in the register (named
-- participants are never counted here as well).
CREATE TABLE event_headcount (
    event_id INTEGER NOT NULL REFERENCES event(id),
    audience TEXT NOT NULL CHECK (audience IN ('women', 'men', 'teenagers', 'children', 'parents', 'specialists', 'volunteers', 'other')),
    count INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (event_id, audience)
) WITHOUT ROWID;

-- A volunteer or mentor, linked to a person of the register or standalone.
CREATE TABLE volunteer (
    id INTEGER PRIMARY KEY,
    person_id INTEGER REFERENCES person(id),
    surname TEXT NOT NULL DEFAULT '',
    first_name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    skills TEXT NOT NULL DEFAULT '',
    since TEXT,
    archived_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    updated_by INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (person_id IS NOT NULL OR surname <> '')
);

-- A volunteer assigned as mentor to a case.
CREATE TABLE mentorship (
    id INTEGER PRIMARY KEY,
    volunteer_id INTEGER NOT NULL REFERENCES volunteer(id),
    case_id INTEGER NOT NULL REFERENCES case_file(id),
    starts_on TEXT NOT NULL,
    ends_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    updated_by INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX mentorship_volunteer ON mentorship(volunteer_id);
CREATE INDEX mentorship_case ON mentorship(case_id);

CREATE TABLE volunteer_hours (
    id INTEGER PRIMARY KEY,
    volunteer_id INTEGER NOT NULL REFERENCES volunteer(id),
    work_date TEXT NOT NULL,
    hours REAL NOT NULL CHECK (hours > 0 AND hours <= 24),
    case_id INTEGER REFERENCES case_file(id),
    event_id INTEGER REFERENCES event(id),
    project_id INTEGER REFERENCES project(id),
    note TEXT NOT NULL DEFAULT '',
    archived_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    updated_by INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX volunteer_hours_volunteer ON volunteer_hours(volunteer_id, work_date);
CREATE INDEX volunteer_hours_project ON volunteer_hours(project_id, work_date) WHERE project_id IS NOT NULL;
