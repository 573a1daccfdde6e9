-- Opora schema 1: settings, accounts, staff, reference lists and the register of people,
-- households and cases. Dates are ISO-8601 text, timestamps UTC ISO-8601 text.
-- Every domain row carries created_at, updated_at, created_by, updated_by and version;
-- archived_at marks a record archived (never hard-deleted in daily work).

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'head', 'specialist', 'psychologist', 'manager', 'trainer')),
    staff_id INTEGER REFERENCES staff(id),
    password_hash TEXT,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE department (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    updated_by INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    surname TEXT NOT NULL,
    first_name TEXT NOT NULL,
    patronymic TEXT NOT NULL DEFAULT '',
    position TEXT NOT NULL DEFAULT '',
    department_id INTEGER REFERENCES department(id),
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    updated_by INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX staff_department ON staff(department_id);

-- Editable reference lists seeded from the region profile. list is one of: category,
-- circumstance, closure_reason, document_type. code is stable; name is shown.
CREATE TABLE ref_item (
    id INTEGER PRIMARY KEY,
    list TEXT NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    updated_by INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (list, code)
);

CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    surname TEXT NOT NULL,
    first_name TEXT NOT NULL,
    patronymic TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    sex TEXT CHECK (sex IN ('f', 'm')),
    phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    document TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    -- normalised search keys (see core/text/normalize.h)
    surname_key TEXT NOT NULL,
    first_name_key TEXT NOT NULL,
    patronymic_key TEXT NOT NULL DEFAULT '',
    phone_key TEXT NOT NULL DEFAULT '',
    phone_rkey TEXT NOT NULL DEFAULT '',
    archived_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    updated_by INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX person_surname_key ON person(surname_key, first_name_key, patronymic_key);
CREATE INDEX person_first_name_key ON person(first_name_key);
CREATE INDEX person_patronymic_key ON person(patronymic_key);
CREATE INDEX person_phone_key ON person(phone_key) WHERE phone_key <> '';
CREATE INDEX person_phone_rkey ON person(phone_rkey) WHERE phone_rkey <> '';
CREATE INDEX person_birth_date ON person(birth_date);

CREATE TABLE person_category (
    person_id INTEGER NOT NULL REFERENCES person(id),
    category_id INTEGER NOT NULL REFERENCES ref_item(id),
    PRIMARY KEY (person_id, category_id)
) WITHOUT ROWID;
CREATE INDEX person_category_category ON person_category(category_id, person_id);

-- Consent to the processing of personal data; signed by the legal representative for a minor.
CREATE TABLE consent (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id),
    given_on TEXT NOT NULL,
    signed_by TEXT NOT NULL,
    scope TEXT NOT NULL,
    withdrawn_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    updated_by INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
);
CREATE INDEX consent_person ON consent(person_id);

CREATE TABLE household (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    archived_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    updated_by INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX household_name_key ON household(name_key);

CREATE TABLE household_member (
    household_id INTEGER NOT NULL REFERENCES household(id),
    person_id INTEGER NOT NULL REFERENCES person(id),
    relation TEXT NOT NULL CHECK (relation IN ('mother', 'father', 'child', 'grandparent', 'guardian', 'partner', 'other')),
    PRIMARY KEY (household_id, person_id)
) WITHOUT ROWID;
CREATE INDEX household_member_person ON household_member(person_id);

-- A case: the period of social support of one person or one household.
CREATE TABLE case_file (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    person_id INTEGER REFERENCES person(id),
    household_id INTEGER REFERENCES household(id),
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'assessment', 'active', 'review', 'closed')),
    opened_on TEXT NOT NULL,
    closed_on TEXT,
    closure_reason_id INTEGER REFERENCES ref_item(id),
    outcome TEXT CHECK (outcome IN ('improved', 'partly_improved', 'unchanged', 'worsened', 'not_assessed')),
    responsible_id INTEGER REFERENCES staff(id),
    department_id INTEGER REFERENCES department(id),
    summary TEXT NOT NULL DEFAULT '',
    archived_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    updated_by INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (year, seq),
    CHECK ((person_id IS NULL) <> (household_id IS NULL)),
    CHECK (closed_on IS NULL OR closed_on >= opened_on),
    CHECK (status <> 'closed' OR (closed_on IS NOT NULL AND closure_reason_id IS NOT NULL AND outcome IS NOT NULL))
);
CREATE INDEX case_file_person ON case_file(person_id);
CREATE INDEX case_file_household ON case_file(household_id);
CREATE INDEX case_file_opened ON case_file(opened_on);
CREATE INDEX case_file_status ON case_file(status, opened_on);
CREATE INDEX case_file_responsible ON case_file(responsible_id, opened_on);
CREATE INDEX case_file_department ON case_file(department_id, opened_on);

CREATE TABLE case_circumstance (
    case_id INTEGER NOT NULL REFERENCES case_file(id),
    circumstance_id INTEGER NOT NULL REFERENCES ref_item(id),
    PRIMARY KEY (case_id, circumstance_id)
) WITHOUT ROWID;

CREATE TABLE case_status_history (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file(id),
    from_status TEXT,
    to_status TEXT NOT NULL,
    changed_on TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    changed_by INTEGER REFERENCES users(id),
    comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_status_history_case ON case_status_history(case_id, changed_at);

CREATE TABLE case_note (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file(id),
    note_date TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'general' CHECK (kind IN ('general', 'psychologist')),
    text TEXT NOT NULL,
    archived_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    updated_by INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX case_note_case ON case_note(case_id, note_date);

-- Who changed what and when. Field names only: values stay in the records themselves.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id),
    action TEXT NOT NULL,
    entity TEXT NOT NULL DEFAULT '',
    entity_id INTEGER,
    fields TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
CREATE INDEX audit_log_user ON audit_log(user_id, at);
