-- Opora schema 4: sign-in bookkeeping of accounts.

-- Failed sign-ins in a row, and the time until which the account is locked after too many.
ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until TEXT;
