-- Opora schema 10: the statement that inserts a case writes its sort keys (subject_key,
-- responsible_key) itself. The insert triggers of schema 2 now fill them only for a row that
-- comes without them, instead of rewriting every new case and its indexes twice.

DROP TRIGGER case_file_subject_insert;
CREATE TRIGGER case_file_subject_insert AFTER INSERT ON case_file
WHEN NEW.subject_key = ''
BEGIN
    UPDATE case_file SET subject_key = coalesce(
        (SELECT p.surname_key || ' ' || p.first_name_key || ' ' || p.patronymic_key
         FROM person p WHERE p.id = NEW.person_id),
        (SELECT h.name_key FROM household h WHERE h.id = NEW.household_id), '')
    WHERE id = NEW.id;
END;

DROP TRIGGER case_file_responsible_insert;
CREATE TRIGGER case_file_responsible_insert AFTER INSERT ON case_file
WHEN NEW.responsible_key = '' AND NEW.responsible_id IS NOT NULL
BEGIN
    UPDATE case_file SET responsible_key = coalesce(
        (SELECT s.surname || ' ' || s.first_name FROM staff s WHERE s.id = NEW.responsible_id), '')
    WHERE id = NEW.id;
END;
