-- Opora schema 7: retention. When the retention period after a closed case has passed, the
-- personal details of the people, families and cases are removed; the rows stay, so figures
-- and indicator facts count them as before, and record the day it was done.

ALTER TABLE person ADD COLUMN anonymised_on TEXT;
ALTER TABLE household ADD COLUMN anonymised_on TEXT;
ALTER TABLE case_file ADD COLUMN anonymised_on TEXT;
