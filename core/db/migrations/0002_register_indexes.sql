-- Opora schema 2: what the register's search and lists need to stay fast with 100,000 cases.

-- "0042" finds case 2025-0042 and 2026-0042: the sequence number alone.
CREATE INDEX case_file_seq ON case_file(seq);

-- Counting and paging the cases that are not archived walks these without reading the rows.
CREATE INDEX case_file_live_number ON case_file(year, seq) WHERE archived_at IS NULL;
CREATE INDEX case_file_live_status ON case_file(status, opened_on) WHERE archived_at IS NULL;
CREATE INDEX case_file_live_opened ON case_file(opened_on) WHERE archived_at IS NULL;

-- The name of the person or family a case is about, normalised, for sorting the case list.
-- Kept current by triggers when a case changes its subject or the person or family is renamed.
ALTER TABLE case_file ADD COLUMN subject_key TEXT NOT NULL DEFAULT '';
UPDATE case_file SET subject_key = coalesce(
    (SELECT p.surname_key || ' ' || p.first_name_key || ' ' || p.patronymic_key
     FROM person p WHERE p.id = case_file.person_id),
    (SELECT h.name_key FROM household h WHERE h.id = case_file.household_id), '');
CREATE INDEX case_file_subject ON case_file(subject_key);

CREATE TRIGGER case_file_subject_insert AFTER INSERT ON case_file
BEGIN
    UPDATE case_file SET subject_key = coalesce(
        (SELECT p.surname_key || ' ' || p.first_name_key || ' ' || p.patronymic_key
         FROM person p WHERE p.id = NEW.person_id),
        (SELECT h.name_key FROM household h WHERE h.id = NEW.household_id), '')
    WHERE id = NEW.id;
END;

CREATE TRIGGER case_file_subject_update AFTER UPDATE OF person_id, household_id ON case_file
BEGIN
    UPDATE case_file SET subject_key = coalesce(
        (SELECT p.surname_key || ' ' || p.first_name_key || ' ' || p.patronymic_key
         FROM person p WHERE p.id = NEW.person_id),
        (SELECT h.name_key FROM household h WHERE h.id = NEW.household_id), '')
    WHERE id = NEW.id;
END;

CREATE TRIGGER person_subject_rename AFTER UPDATE OF surname_key, first_name_key, patronymic_key ON person
BEGIN
    UPDATE case_file
    SET subject_key = NEW.surname_key || ' ' || NEW.first_name_key || ' ' || NEW.patronymic_key
    WHERE person_id = NEW.id;
END;

CREATE TRIGGER household_subject_rename AFTER UPDATE OF name_key ON household
BEGIN
    UPDATE case_file SET subject_key = NEW.name_key WHERE household_id = NEW.id;
END;

-- The responsible specialist's name, for sorting the case list, kept the same way.
ALTER TABLE case_file ADD COLUMN responsible_key TEXT NOT NULL DEFAULT '';
UPDATE case_file SET responsible_key = coalesce(
    (SELECT s.surname || ' ' || s.first_name FROM staff s WHERE s.id = case_file.responsible_id), '');
CREATE INDEX case_file_responsible_key ON case_file(responsible_key);

CREATE TRIGGER case_file_responsible_insert AFTER INSERT ON case_file
BEGIN
    UPDATE case_file SET responsible_key = coalesce(
        (SELECT s.surname || ' ' || s.first_name FROM staff s WHERE s.id = NEW.responsible_id), '')
    WHERE id = NEW.id;
END;

CREATE TRIGGER case_file_responsible_update AFTER UPDATE OF responsible_id ON case_file
BEGIN
    UPDATE case_file SET responsible_key = coalesce(
        (SELECT s.surname || ' ' || s.first_name FROM staff s WHERE s.id = NEW.responsible_id), '')
    WHERE id = NEW.id;
END;

CREATE TRIGGER staff_responsible_rename AFTER UPDATE OF surname, first_name ON staff
BEGIN
    UPDATE case_file SET responsible_key = NEW.surname || ' ' || NEW.first_name
    WHERE responsible_id = NEW.id;
END;
