<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>main</name>
    <message>
        <source>Opora: case management for a social-service centre</source>
        <translation>Opora: case management for a social-service centre</translation>
    </message>
    <message>
        <source>Open the database at PATH.</source>
        <translation>Open the database at PATH.</translation>
    </message>
    <message>
        <source>Open a fresh demo database with fictional data (nothing done in it touches the real database).</source>
        <translation>Open a fresh demo database with fictional data (nothing done in it touches the real database).</translation>
    </message>
</context>
<context>
    <name>opora::Accounts</name>
    <message>
        <source>The password library could not start.</source>
        <translation>The password library could not start.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>Not enough memory to protect the password.</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>head of department</source>
        <translation>head of department</translation>
    </message>
    <message>
        <source>specialist</source>
        <translation>specialist</translation>
    </message>
    <message>
        <source>psychologist</source>
        <translation>psychologist</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>trainer</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <source>The administrator already has a password. Sign in to change it.</source>
        <translation>The administrator already has a password. Sign in to change it.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong, or the account is locked for a while after failed attempts.</source>
        <translation>The user name or the password is wrong, or the account is locked for a while after failed attempts.</translation>
    </message>
    <message>
        <source>A trainer&apos;s account opens demo databases only. Ask the administrator for another role to work with this database.</source>
        <translation>A trainer&apos;s account opens demo databases only. Ask the administrator for another role to work with this database.</translation>
    </message>
</context>
<context>
    <name>opora::AttendanceExchange</name>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Event date</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Starts at</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Several events %1 on that date: add the start time.</source>
        <translation>Several events %1 on that date: add the start time.</translation>
    </message>
    <message>
        <source>There is no event %1 on that date: import the events first.</source>
        <translation>There is no event %1 on that date: import the events first.</translation>
    </message>
    <message>
        <source>Attendance: write present, excused or absent (был, уважительная, не был / був, з поважної причини, відсутній).</source>
        <translation>Attendance: write present, excused or absent (был, уважительная, не был / був, з поважної причини, відсутній).</translation>
    </message>
</context>
<context>
    <name>opora::AuditChain</name>
    <message>
        <source>Entry %1 has no seal: it was written or changed outside Opora.</source>
        <translation>Entry %1 has no seal: it was written or changed outside Opora.</translation>
    </message>
    <message>
        <source>The key that seals this audit trail is not on this computer: it can be checked only where the database is used.</source>
        <translation>The key that seals this audit trail is not on this computer: it can be checked only where the database is used.</translation>
    </message>
    <message>
        <source>Entry %1 does not fit the chain: it or an entry before it was changed, removed or moved outside Opora.</source>
        <translation>Entry %1 does not fit the chain: it or an entry before it was changed, removed or moved outside Opora.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n sealed entries.</source>
        <translation>
            <numerusform>The audit trail is intact: %n sealed entry.</numerusform>
            <numerusform>The audit trail is intact: %n sealed entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opora::Backups</name>
    <message>
        <source>The backup could not be written to disk. Check the free space and try again.</source>
        <translation>The backup could not be written to disk. Check the free space and try again.</translation>
    </message>
    <message>
        <source>The backup could not be made. Check that the backup folder is writable and has free space. The database is unchanged.</source>
        <translation>The backup could not be made. Check that the backup folder is writable and has free space. The database is unchanged.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file for the backup.</source>
        <translation>%1 already exists. Choose another file for the backup.</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>The backup file %1 does not exist.</translation>
    </message>
    <message>
        <source>The backup could not be copied. Nothing was changed.</source>
        <translation>The backup could not be copied. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup could not be put in place. The previous database is kept in %1.</source>
        <translation>The backup could not be put in place. The previous database is kept in %1.</translation>
    </message>
</context>
<context>
    <name>opora::CaseExchange</name>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Responsible specialist</source>
        <translation>Responsible specialist</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>The family %1 is not in the register: import families first.</source>
        <translation>The family %1 is not in the register: import families first.</translation>
    </message>
    <message>
        <source>Status: write new, assessment, active, review or closed.</source>
        <translation>Status: write new, assessment, active, review or closed.</translation>
    </message>
    <message>
        <source>Outcome: write improved, partly_improved, unchanged, worsened or not_assessed.</source>
        <translation>Outcome: write improved, partly_improved, unchanged, worsened or not_assessed.</translation>
    </message>
</context>
<context>
    <name>opora::CaseNoteExchange</name>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Kind: write general or psychologist (общая or психолог).</source>
        <translation>Kind: write general or psychologist (общая or психолог).</translation>
    </message>
</context>
<context>
    <name>opora::CaseRepository</name>
    <message>
        <source>Choose the person or the family the case is about.</source>
        <translation>Choose the person or the family the case is about.</translation>
    </message>
    <message>
        <source>Enter the opening date.</source>
        <translation>Enter the opening date.</translation>
    </message>
    <message>
        <source>The opening date is in the future.</source>
        <translation>The opening date is in the future.</translation>
    </message>
    <message>
        <source>The closing date is before the opening date.</source>
        <translation>The closing date is before the opening date.</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Choose a status.</translation>
    </message>
    <message>
        <source>Enter the closing date.</source>
        <translation>Enter the closing date.</translation>
    </message>
    <message>
        <source>Choose the reason for closing the case.</source>
        <translation>Choose the reason for closing the case.</translation>
    </message>
    <message>
        <source>Choose the outcome of the support.</source>
        <translation>Choose the outcome of the support.</translation>
    </message>
    <message>
        <source>This case is no longer in the register.</source>
        <translation>This case is no longer in the register.</translation>
    </message>
    <message>
        <source>A case cannot move from this status to the chosen one.</source>
        <translation>A case cannot move from this status to the chosen one.</translation>
    </message>
    <message>
        <source>Enter the date of the change; it cannot be in the future.</source>
        <translation>Enter the date of the change; it cannot be in the future.</translation>
    </message>
    <message>
        <source>The date of the change is before the case was opened.</source>
        <translation>The date of the change is before the case was opened.</translation>
    </message>
    <message>
        <source>Write the note&apos;s text.</source>
        <translation>Write the note&apos;s text.</translation>
    </message>
    <message>
        <source>Enter the note&apos;s date; it cannot be in the future.</source>
        <translation>Enter the note&apos;s date; it cannot be in the future.</translation>
    </message>
    <message>
        <source>Choose the kind of note.</source>
        <translation>Choose the kind of note.</translation>
    </message>
    <message>
        <source>A specialist writes general notes; a psychologist&apos;s note is written by a psychologist.</source>
        <translation>A specialist writes general notes; a psychologist&apos;s note is written by a psychologist.</translation>
    </message>
    <message>
        <source>A case number is written as YYYY-NNNN, e.g. 2024-0042.</source>
        <translation>A case number is written as YYYY-NNNN, e.g. 2024-0042.</translation>
    </message>
    <message>
        <source>Another case has this number.</source>
        <translation>Another case has this number.</translation>
    </message>
</context>
<context>
    <name>opora::CentreDetails</name>
    <message>
        <source>The centre&apos;s name is too long.</source>
        <translation>The centre&apos;s name is too long.</translation>
    </message>
    <message>
        <source>The logo is too large: choose a smaller picture.</source>
        <translation>The logo is too large: choose a smaller picture.</translation>
    </message>
</context>
<context>
    <name>opora::CliCommands</name>
    <message>
        <source>The profile must be ru or ua.</source>
        <translation>The profile must be ru or ua.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>All checks passed.</translation>
    </message>
    <message>
        <source>create an empty database: init --profile ru|ua</source>
        <translation>create an empty database: init --profile ru|ua</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity, references and schema</source>
        <translation>check the database&apos;s integrity, references and schema</translation>
    </message>
    <message>
        <source>count the records of each kind: stats [--json]</source>
        <translation>count the records of each kind: stats [--json]</translation>
    </message>
    <message>
        <source>The size must be a whole number from 1 to 1000.</source>
        <translation>The size must be a whole number from 1 to 1000.</translation>
    </message>
    <message>
        <source>The seed must be a whole number.</source>
        <translation>The seed must be a whole number.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file for the demo database.</source>
        <translation>%1 already exists. Choose a new file for the demo database.</translation>
    </message>
    <message>
        <source>Created the demo database %1</source>
        <translation>Created the demo database %1</translation>
    </message>
    <message>
        <source>The search text is too long (at most %1 characters).</source>
        <translation>The search text is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>create a fictional demo database: demo [--profile ru|ua] [--size N] [--seed S]</source>
        <translation>create a fictional demo database: demo [--profile ru|ua] [--size N] [--seed S]</translation>
    </message>
    <message>
        <source>find people and cases: search TEXT [--json] [--archived] [--limit N]</source>
        <translation>find people and cases: search TEXT [--json] [--archived] [--limit N]</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Backup: %1</translation>
    </message>
    <message>
        <source>Made: %1 UTC</source>
        <translation>Made: %1 UTC</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Restored %1.</translation>
    </message>
    <message>
        <source>The previous database was kept in %1.</source>
        <translation>The previous database was kept in %1.</translation>
    </message>
    <message>
        <source>make a checked backup now: backup [--to FILE] (default: the backups folder, rotated)</source>
        <translation>make a checked backup now: backup [--to FILE] (default: the backups folder, rotated)</translation>
    </message>
    <message>
        <source>replace the database with a backup, keeping the current one: restore FILE</source>
        <translation>replace the database with a backup, keeping the current one: restore FILE</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was stored.</source>
        <translation>Dry run: nothing was stored.</translation>
    </message>
    <message>
        <source>Nothing was stored: correct the rows above, or import the good rows with --skip-invalid.</source>
        <translation>Nothing was stored: correct the rows above, or import the good rows with --skip-invalid.</translation>
    </message>
    <message>
        <source>The rows with problems are in %1.</source>
        <translation>The rows with problems are in %1.</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>Exported %1 rows to %2.</translation>
    </message>
    <message>
        <source>The audit command knows: audit verify</source>
        <translation>The audit command knows: audit verify</translation>
    </message>
    <message>
        <source>check that the audit trail was not changed outside Opora: audit verify</source>
        <translation>check that the audit trail was not changed outside Opora: audit verify</translation>
    </message>
    <message>
        <source>There are no projects in this database.</source>
        <translation>There are no projects in this database.</translation>
    </message>
    <message>
        <source>--project needs the project&apos;s number (see opora-cli projects).</source>
        <translation>--project needs the project&apos;s number (see opora-cli projects).</translation>
    </message>
    <message>
        <source>The date must be written as YYYY-MM-DD.</source>
        <translation>The date must be written as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <source>list the projects: projects [--json] [--archived]</source>
        <translation>list the projects: projects [--json] [--archived]</translation>
    </message>
    <message>
        <source>plan against fact of a project&apos;s indicators: indicators --project ID [--as-of YYYY-MM-DD] [--json]</source>
        <translation>plan against fact of a project&apos;s indicators: indicators --project ID [--as-of YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>The language must be ru, uk or en.</source>
        <translation>The language must be ru, uk or en.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>There is no case %1.</translation>
    </message>
    <message>
        <source>--event needs the event&apos;s number.</source>
        <translation>--event needs the event&apos;s number.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>Unknown kind: %1. This version imports and exports: %2.</source>
        <translation>Unknown kind: %1. This version imports and exports: %2.</translation>
    </message>
    <message>
        <source>Rows: %1, new and correct: %2, already stored: %3, with problems: %4, imported: %5.</source>
        <translation>Rows: %1, new and correct: %2, already stored: %3, with problems: %4, imported: %5.</translation>
    </message>
    <message>
        <source>Give the person&apos;s number (as opora-cli search shows it).</source>
        <translation>Give the person&apos;s number (as opora-cli search shows it).</translation>
    </message>
    <message>
        <source>Everything held about person %1 is in %2.</source>
        <translation>Everything held about person %1 is in %2.</translation>
    </message>
    <message>
        <source>write everything held about one person as JSON: personal-data PERSON_ID FILE</source>
        <translation>write everything held about one person as JSON: personal-data PERSON_ID FILE</translation>
    </message>
    <message>
        <source>--person needs the person&apos;s number (see opora-cli search).</source>
        <translation>--person needs the person&apos;s number (see opora-cli search).</translation>
    </message>
    <message>
        <source>Unknown report: %1. Known: roundtable, case, plan, attendance, period, personal.</source>
        <translation>Unknown report: %1. Known: roundtable, case, plan, attendance, period, personal.</translation>
    </message>
    <message>
        <source>write a document as PDF: report roundtable --project ID | case --case NUMBER | plan --case NUMBER | attendance --event ID | period --from YYYY-MM-DD --to YYYY-MM-DD | personal --person ID, then --pdf FILE [--lang ru|uk|en]</source>
        <translation>write a document as PDF: report roundtable --project ID | case --case NUMBER | plan --case NUMBER | attendance --event ID | period --from YYYY-MM-DD --to YYYY-MM-DD | personal --person ID, then --pdf FILE [--lang ru|uk|en]</translation>
    </message>
    <message>
        <source>The retention period is from %1 to %2 years.</source>
        <translation>The retention period is from %1 to %2 years.</translation>
    </message>
    <message>
        <source>Anonymised (support ended before %1): %2 people, %3 families, %4 cases.</source>
        <translation>Anonymised (support ended before %1): %2 people, %3 families, %4 cases.</translation>
    </message>
    <message>
        <source>Support ended before %1: %2 people, %3 families and %4 cases would be anonymised. Run with --apply to do it.</source>
        <translation>Support ended before %1: %2 people, %3 families and %4 cases would be anonymised. Run with --apply to do it.</translation>
    </message>
    <message>
        <source>anonymise people whose support ended longer ago than the retention period: retention [--years N] [--apply]</source>
        <translation>anonymise people whose support ended longer ago than the retention period: retention [--years N] [--apply]</translation>
    </message>
    <message>
        <source>import a CSV file: import %1 FILE [--dry-run] [--skip-invalid] [--rejected FILE]</source>
        <translation>import a CSV file: import %1 FILE [--dry-run] [--skip-invalid] [--rejected FILE]</translation>
    </message>
    <message>
        <source>export as CSV: export %1 FILE</source>
        <translation>export as CSV: export %1 FILE</translation>
    </message>
</context>
<context>
    <name>opora::CliMain</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>The option %1 needs a value.</translation>
    </message>
    <message>
        <source>Usage: opora-cli [--db PATH] [--user NAME] COMMAND [OPTIONS]</source>
        <translation>Usage: opora-cli [--db PATH] [--user NAME] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error.</source>
        <translation>Exit codes: 0 success, 1 failure, 2 usage error.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>(see opora-cli --help)</source>
        <translation>(see opora-cli --help)</translation>
    </message>
</context>
<context>
    <name>opora::CliOptions</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>Missing argument.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>The option --%1 is required.</translation>
    </message>
    <message>
        <source>The option --%1 needs a whole number.</source>
        <translation>The option --%1 needs a whole number.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>--user needs the password: type it when asked, or put it in the environment variable OPORA_PASSWORD.</source>
        <translation>--user needs the password: type it when asked, or put it in the environment variable OPORA_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>opora::ConflictError</name>
    <message>
        <source>Someone else changed this record after you opened it. Review their changes before saving yours.</source>
        <translation>Someone else changed this record after you opened it. Review their changes before saving yours.</translation>
    </message>
</context>
<context>
    <name>opora::ConsentExchange</name>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given.</source>
        <translation>A consent cannot be withdrawn before it was given.</translation>
    </message>
</context>
<context>
    <name>opora::ConsentRepository</name>
    <message>
        <source>Enter the date the consent was given; it cannot be in the future.</source>
        <translation>Enter the date the consent was given; it cannot be in the future.</translation>
    </message>
    <message>
        <source>Enter who signed the consent (for a minor: the legal representative).</source>
        <translation>Enter who signed the consent (for a minor: the legal representative).</translation>
    </message>
    <message>
        <source>Enter what the consent covers.</source>
        <translation>Enter what the consent covers.</translation>
    </message>
    <message>
        <source>Enter the date of withdrawal; it cannot be in the future.</source>
        <translation>Enter the date of withdrawal; it cannot be in the future.</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given.</source>
        <translation>A consent cannot be withdrawn before it was given.</translation>
    </message>
</context>
<context>
    <name>opora::CsvHeaderMapper</name>
    <message>
        <source>The columns %1 and %2 both mean %3. Keep only one of them.</source>
        <translation>The columns %1 and %2 both mean %3. Keep only one of them.</translation>
    </message>
    <message>
        <source>The column %1 is missing. Its heading can be any of: %2.</source>
        <translation>The column %1 is missing. Its heading can be any of: %2.</translation>
    </message>
    <message>
        <source>The column %1 is not known and will be ignored.</source>
        <translation>The column %1 is not known and will be ignored.</translation>
    </message>
    <message>
        <source>Line %1 has more cells than there are headings. Perhaps a value contains a semicolon or a comma and is not in quotation marks.</source>
        <translation>Line %1 has more cells than there are headings. Perhaps a value contains a semicolon or a comma and is not in quotation marks.</translation>
    </message>
</context>
<context>
    <name>opora::CsvReader</name>
    <message>
        <source>This is an Excel workbook (.xlsx) or another packed file, not a CSV file. Open it in the spreadsheet program and save it as &quot;CSV UTF-8&quot;.</source>
        <translation>This is an Excel workbook (.xlsx) or another packed file, not a CSV file. Open it in the spreadsheet program and save it as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls), not a CSV file. Open it in the spreadsheet program and save it as &quot;CSV UTF-8&quot;.</source>
        <translation>This is an old Excel workbook (.xls), not a CSV file. Open it in the spreadsheet program and save it as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>The file is damaged: its text is not in a readable encoding. Save it again from the spreadsheet program as &quot;CSV UTF-8&quot;.</source>
        <translation>The file is damaged: its text is not in a readable encoding. Save it again from the spreadsheet program as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>This is not a text file. Choose a CSV file saved from a spreadsheet program.</source>
        <translation>This is not a text file. Choose a CSV file saved from a spreadsheet program.</translation>
    </message>
    <message>
        <source>Line %1: a cell starts with a quotation mark (&quot;) that is never closed. A quotation mark inside a quoted cell must be doubled (&quot;&quot;).</source>
        <translation>Line %1: a cell starts with a quotation mark (&quot;) that is never closed. A quotation mark inside a quoted cell must be doubled (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: there is text after the closing quotation mark of a cell. Put the whole cell in quotation marks and double every quotation mark inside it (&quot;&quot;).</source>
        <translation>Line %1: there is text after the closing quotation mark of a cell. Put the whole cell in quotation marks and double every quotation mark inside it (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The file is empty: it has no heading line and no data.</source>
        <translation>The file is empty: it has no heading line and no data.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be opened: %2</source>
        <translation>The file &quot;%1&quot; could not be opened: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too large to be a table (more than %2 MB).</source>
        <translation>The file &quot;%1&quot; is too large to be a table (more than %2 MB).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read: %2</source>
        <translation>The file &quot;%1&quot; could not be read: %2</translation>
    </message>
</context>
<context>
    <name>opora::CsvValues</name>
    <message>
        <source>The value is empty.</source>
        <translation>The value is empty.</translation>
    </message>
    <message>
        <source>%1 has both a comma and a dot. Use one of them for the decimal part and spaces between thousands, like 1 234,5.</source>
        <translation>%1 has both a comma and a dot. Use one of them for the decimal part and spaces between thousands, like 1 234,5.</translation>
    </message>
    <message>
        <source>%1 is written in exponent form, in which digits are lost. In the spreadsheet, format the column as numbers and save the file again.</source>
        <translation>%1 is written in exponent form, in which digits are lost. In the spreadsheet, format the column as numbers and save the file again.</translation>
    </message>
    <message>
        <source>%1 has too many digits to be stored exactly.</source>
        <translation>%1 has too many digits to be stored exactly.</translation>
    </message>
    <message>
        <source>%1 is not a number. Write numbers like 1234,5 or 1 234.5.</source>
        <translation>%1 is not a number. Write numbers like 1234,5 or 1 234.5.</translation>
    </message>
    <message>
        <source>%1 has a two-digit year. Write the year with four digits, like 25.03.2024.</source>
        <translation>%1 has a two-digit year. Write the year with four digits, like 25.03.2024.</translation>
    </message>
    <message>
        <source>%1 is not a date. Write dates like 25.03.2024 or 2024-03-25.</source>
        <translation>%1 is not a date. Write dates like 25.03.2024 or 2024-03-25.</translation>
    </message>
    <message>
        <source>%1 is not a real date: check the day and the month.</source>
        <translation>%1 is not a real date: check the day and the month.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 is not a whole number.</translation>
    </message>
    <message>
        <source>%1 could mean thousands or decimals. Write the number without the comma or dot, like 1000 or 1 000.</source>
        <translation>%1 could mean thousands or decimals. Write the number without the comma or dot, like 1000 or 1 000.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 is too large.</translation>
    </message>
    <message>
        <source>%1 is not yes or no. Write yes or no (да or нет, так or ні, 1 or 0).</source>
        <translation>%1 is not yes or no. Write yes or no (да or нет, так or ні, 1 or 0).</translation>
    </message>
</context>
<context>
    <name>opora::CsvWriter</name>
    <message>
        <source>The file &quot;%1&quot; could not be saved: %2</source>
        <translation>The file &quot;%1&quot; could not be saved: %2</translation>
    </message>
</context>
<context>
    <name>opora::Database</name>
    <message>
        <source>The file %1 already exists. Choose another name for the new database.</source>
        <translation>The file %1 already exists. Choose another name for the new database.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>The database file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not an Opora database: it is not a database file at all. The file was not changed.</source>
        <translation>%1 is not an Opora database: it is not a database file at all. The file was not changed.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Opora. The file was not changed.</source>
        <translation>%1 is a database of another program, not of Opora. The file was not changed.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Opora. Install that version to open it. The file was not changed.</source>
        <translation>%1 was made by a newer version of Opora. Install that version to open it. The file was not changed.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged. It was not changed; restore the newest good backup.</source>
        <translation>The database file %1 is damaged. It was not changed; restore the newest good backup.</translation>
    </message>
    <message>
        <source>%1 was made by an older version of Opora and must be updated, which cannot be done while it is read-only.</source>
        <translation>%1 was made by an older version of Opora and must be updated, which cannot be done while it is read-only.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened.</source>
        <translation>The database file %1 cannot be opened.</translation>
    </message>
    <message>
        <source>The program is incomplete: a schema update is missing.</source>
        <translation>The program is incomplete: a schema update is missing.</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integrity: %1</translation>
    </message>
    <message>
        <source>Broken reference: table %1, row %2 refers to a missing row in %3</source>
        <translation>Broken reference: table %1, row %2 refers to a missing row in %3</translation>
    </message>
    <message>
        <source>The file is not marked as an Opora database.</source>
        <translation>The file is not marked as an Opora database.</translation>
    </message>
    <message>
        <source>Schema version %1, expected %2.</source>
        <translation>Schema version %1, expected %2.</translation>
    </message>
    <message>
        <source>The table %1 is missing.</source>
        <translation>The table %1 is missing.</translation>
    </message>
    <message>
        <source>The program is incomplete: the region profile is missing.</source>
        <translation>The program is incomplete: the region profile is missing.</translation>
    </message>
    <message>
        <source>The change could not be saved: a part of it failed.</source>
        <translation>The change could not be saved: a part of it failed.</translation>
    </message>
</context>
<context>
    <name>opora::EventExchange</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Starts at</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Ends at</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Teenagers</source>
        <translation>Teenagers</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>Specialists</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Others</translation>
    </message>
    <message>
        <source>Type: write class, parents_school, training, seminar, round_table, club, webinar, outreach or other (занятие, школа родителей, тренинг… / заняття, школа батьків, тренінг…).</source>
        <translation>Type: write class, parents_school, training, seminar, round_table, club, webinar, outreach or other (занятие, школа родителей, тренинг… / заняття, школа батьків, тренінг…).</translation>
    </message>
    <message>
        <source>Status: write planned, held or cancelled (проведено, отменено… / відбулося, скасовано…).</source>
        <translation>Status: write planned, held or cancelled (проведено, отменено… / відбулося, скасовано…).</translation>
    </message>
    <message>
        <source>%1: a whole number of people.</source>
        <translation>%1: a whole number of people.</translation>
    </message>
</context>
<context>
    <name>opora::EventRepository</name>
    <message>
        <source>Choose the kind of event.</source>
        <translation>Choose the kind of event.</translation>
    </message>
    <message>
        <source>Enter the title of the event.</source>
        <translation>Enter the title of the event.</translation>
    </message>
    <message>
        <source>Enter the date of the event.</source>
        <translation>Enter the date of the event.</translation>
    </message>
    <message>
        <source>Choose the status.</source>
        <translation>Choose the status.</translation>
    </message>
    <message>
        <source>An event in the future cannot have been held yet.</source>
        <translation>An event in the future cannot have been held yet.</translation>
    </message>
    <message>
        <source>Write the time as hours and minutes, like 14:30.</source>
        <translation>Write the time as hours and minutes, like 14:30.</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>The event ends before it starts.</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>This event no longer exists.</translation>
    </message>
    <message>
        <source>A series has from 1 to 104 events.</source>
        <translation>A series has from 1 to 104 events.</translation>
    </message>
    <message>
        <source>Events of a series are from 1 to 366 days apart.</source>
        <translation>Events of a series are from 1 to 366 days apart.</translation>
    </message>
    <message>
        <source>Mark the participant present, excused or absent.</source>
        <translation>Mark the participant present, excused or absent.</translation>
    </message>
    <message>
        <source>Choose the participant from the register.</source>
        <translation>Choose the participant from the register.</translation>
    </message>
    <message>
        <source>Unknown audience group.</source>
        <translation>Unknown audience group.</translation>
    </message>
    <message>
        <source>A headcount is a whole number from 0 to 100 000.</source>
        <translation>A headcount is a whole number from 0 to 100 000.</translation>
    </message>
</context>
<context>
    <name>opora::ExchangeIndex</name>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Several people in the register are called %1: add the birth date.</source>
        <translation>Several people in the register are called %1: add the birth date.</translation>
    </message>
    <message>
        <source>%1 is not in the register: import or add the person first.</source>
        <translation>%1 is not in the register: import or add the person first.</translation>
    </message>
    <message>
        <source>Two members of staff are called %1: write the full name.</source>
        <translation>Two members of staff are called %1: write the full name.</translation>
    </message>
    <message>
        <source>%1 is not among the staff (Tools → Staff and accounts).</source>
        <translation>%1 is not among the staff (Tools → Staff and accounts).</translation>
    </message>
    <message>
        <source>There is no department %1.</source>
        <translation>There is no department %1.</translation>
    </message>
    <message>
        <source>There is no reason for closing called %1.</source>
        <translation>There is no reason for closing called %1.</translation>
    </message>
    <message>
        <source>Several people in the register are called %1: add the patronymic.</source>
        <translation>Several people in the register are called %1: add the patronymic.</translation>
    </message>
    <message>
        <source>There is no project %1.</source>
        <translation>There is no project %1.</translation>
    </message>
    <message>
        <source>Two projects are called %1: rename one of them first.</source>
        <translation>Two projects are called %1: rename one of them first.</translation>
    </message>
    <message>
        <source>There is no case %1: import the cases first.</source>
        <translation>There is no case %1: import the cases first.</translation>
    </message>
</context>
<context>
    <name>opora::HouseholdExchange</name>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Family address</source>
        <translation>Family address</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Relation: write mother, father, child, grandparent, guardian, partner or other (мать, отец, ребёнок… or мати, батько, дитина…).</source>
        <translation>Relation: write mother, father, child, grandparent, guardian, partner or other (мать, отец, ребёнок… or мати, батько, дитина…).</translation>
    </message>
</context>
<context>
    <name>opora::HouseholdRepository</name>
    <message>
        <source>Enter the family&apos;s name.</source>
        <translation>Enter the family&apos;s name.</translation>
    </message>
    <message>
        <source>Choose each member&apos;s relation in the family.</source>
        <translation>Choose each member&apos;s relation in the family.</translation>
    </message>
    <message>
        <source>A person is listed twice in the family.</source>
        <translation>A person is listed twice in the family.</translation>
    </message>
    <message>
        <source>This family is no longer in the register.</source>
        <translation>This family is no longer in the register.</translation>
    </message>
</context>
<context>
    <name>opora::IndicatorEngine</name>
    <message>
        <source>achieved</source>
        <translation>achieved</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>on track</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>behind</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>no plan</translation>
    </message>
</context>
<context>
    <name>opora::MentoringExchange</name>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>The mentoring cannot end before it starts.</source>
        <translation>The mentoring cannot end before it starts.</translation>
    </message>
</context>
<context>
    <name>opora::PeopleExchange</name>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sex: write f or m (ж or м, жін or чол).</source>
        <translation>Sex: write f or m (ж or м, жін or чол).</translation>
    </message>
    <message>
        <source>Unknown category: %1</source>
        <translation>Unknown category: %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>opora::Permissions</name>
    <message>
        <source>Your role may not open the records of people and cases.</source>
        <translation>Your role may not open the records of people and cases.</translation>
    </message>
    <message>
        <source>Your role may look at records but not change them.</source>
        <translation>Your role may look at records but not change them.</translation>
    </message>
    <message>
        <source>Only an administrator or a head of department may change projects and their indicators.</source>
        <translation>Only an administrator or a head of department may change projects and their indicators.</translation>
    </message>
    <message>
        <source>Your role may not see reports.</source>
        <translation>Your role may not see reports.</translation>
    </message>
    <message>
        <source>Exporting or printing documents that name people needs the permission of an administrator or a head of department.</source>
        <translation>Exporting or printing documents that name people needs the permission of an administrator or a head of department.</translation>
    </message>
    <message>
        <source>Only an administrator may manage accounts and roles.</source>
        <translation>Only an administrator may manage accounts and roles.</translation>
    </message>
    <message>
        <source>Only an administrator may change staff, departments, reference lists and the service catalogue.</source>
        <translation>Only an administrator may change staff, departments, reference lists and the service catalogue.</translation>
    </message>
    <message>
        <source>Only an administrator may read the audit trail.</source>
        <translation>Only an administrator may read the audit trail.</translation>
    </message>
    <message>
        <source>This case belongs to another department. Ask its head or the administrator if you need to work on it.</source>
        <translation>This case belongs to another department. Ask its head or the administrator if you need to work on it.</translation>
    </message>
    <message>
        <source>Your role may not print documents that name people.</source>
        <translation>Your role may not print documents that name people.</translation>
    </message>
</context>
<context>
    <name>opora::PersonRepository</name>
    <message>
        <source>Enter the surname.</source>
        <translation>Enter the surname.</translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation>Enter the first name.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>The birth date is in the future.</translation>
    </message>
    <message>
        <source>The birth date is too far in the past.</source>
        <translation>The birth date is too far in the past.</translation>
    </message>
    <message>
        <source>Choose female or male, or leave the sex empty.</source>
        <translation>Choose female or male, or leave the sex empty.</translation>
    </message>
    <message>
        <source>The phone number has too few digits.</source>
        <translation>The phone number has too few digits.</translation>
    </message>
    <message>
        <source>A name may have at most 200 characters.</source>
        <translation>A name may have at most 200 characters.</translation>
    </message>
    <message>
        <source>This person is no longer in the register.</source>
        <translation>This person is no longer in the register.</translation>
    </message>
</context>
<context>
    <name>opora::PersonalData</name>
    <message>
        <source>There is no person with this number.</source>
        <translation>There is no person with this number.</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder or file name.</source>
        <translation>Could not write %1. Choose another folder or file name.</translation>
    </message>
</context>
<context>
    <name>opora::PlanRepository</name>
    <message>
        <source>Choose the case the plan belongs to.</source>
        <translation>Choose the case the plan belongs to.</translation>
    </message>
    <message>
        <source>Choose the service from the catalogue.</source>
        <translation>Choose the service from the catalogue.</translation>
    </message>
    <message>
        <source>The planned volume must be more than 0.</source>
        <translation>The planned volume must be more than 0.</translation>
    </message>
    <message>
        <source>Choose how often the service is given.</source>
        <translation>Choose how often the service is given.</translation>
    </message>
    <message>
        <source>Enter the term of the service.</source>
        <translation>Enter the term of the service.</translation>
    </message>
    <message>
        <source>The term cannot end before it starts.</source>
        <translation>The term cannot end before it starts.</translation>
    </message>
</context>
<context>
    <name>opora::ProjectExchange</name>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Amount: a number, e.g. 1 250 000,00.</source>
        <translation>Amount: a number, e.g. 1 250 000,00.</translation>
    </message>
    <message>
        <source>Status: write planned, active, completed or cancelled.</source>
        <translation>Status: write planned, active, completed or cancelled.</translation>
    </message>
</context>
<context>
    <name>opora::ProjectRepository</name>
    <message>
        <source>This project no longer exists.</source>
        <translation>This project no longer exists.</translation>
    </message>
    <message>
        <source>Enter the project&apos;s name.</source>
        <translation>Enter the project&apos;s name.</translation>
    </message>
    <message>
        <source>Enter the date the project starts.</source>
        <translation>Enter the date the project starts.</translation>
    </message>
    <message>
        <source>Enter the date the project ends.</source>
        <translation>Enter the date the project ends.</translation>
    </message>
    <message>
        <source>The project cannot end before it starts.</source>
        <translation>The project cannot end before it starts.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>Choose the currency of the amount.</source>
        <translation>Choose the currency of the amount.</translation>
    </message>
    <message>
        <source>Choose the project&apos;s status.</source>
        <translation>Choose the project&apos;s status.</translation>
    </message>
    <message>
        <source>Choose a person from the register.</source>
        <translation>Choose a person from the register.</translation>
    </message>
    <message>
        <source>Enter the date of enrolment.</source>
        <translation>Enter the date of enrolment.</translation>
    </message>
    <message>
        <source>The enrolment starts after the project has ended.</source>
        <translation>The enrolment starts after the project has ended.</translation>
    </message>
    <message>
        <source>The enrolment cannot end before it starts.</source>
        <translation>The enrolment cannot end before it starts.</translation>
    </message>
    <message>
        <source>This indicator no longer exists.</source>
        <translation>This indicator no longer exists.</translation>
    </message>
    <message>
        <source>Enter the indicator as the funder worded it.</source>
        <translation>Enter the indicator as the funder worded it.</translation>
    </message>
    <message>
        <source>The planned value cannot be negative.</source>
        <translation>The planned value cannot be negative.</translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; does not apply to this way of counting.</source>
        <translation>The filter &quot;%1&quot; does not apply to this way of counting.</translation>
    </message>
    <message>
        <source>Choose what is counted.</source>
        <translation>Choose what is counted.</translation>
    </message>
    <message>
        <source>Each part of the plan needs a period and a value of 0 or more.</source>
        <translation>Each part of the plan needs a period and a value of 0 or more.</translation>
    </message>
    <message>
        <source>This indicator is counted from the records: its values cannot be typed in.</source>
        <translation>This indicator is counted from the records: its values cannot be typed in.</translation>
    </message>
    <message>
        <source>Enter the date of the value.</source>
        <translation>Enter the date of the value.</translation>
    </message>
    <message>
        <source>Choose the team from the centre&apos;s staff.</source>
        <translation>Choose the team from the centre&apos;s staff.</translation>
    </message>
    <message>
        <source>Each staff member is listed in the team once.</source>
        <translation>Each staff member is listed in the team once.</translation>
    </message>
    <message>
        <source>The plan is split by period and its parts add up to %L1: change the parts together with the total.</source>
        <translation>The plan is split by period and its parts add up to %L1: change the parts together with the total.</translation>
    </message>
    <message>
        <source>Each part of the plan lies within the project&apos;s period.</source>
        <translation>Each part of the plan lies within the project&apos;s period.</translation>
    </message>
    <message>
        <source>The parts of the plan must not overlap.</source>
        <translation>The parts of the plan must not overlap.</translation>
    </message>
    <message>
        <source>The parts of the plan add up to %L1, the plan for the whole project is %L2: make them agree.</source>
        <translation>The parts of the plan add up to %L1, the plan for the whole project is %L2: make them agree.</translation>
    </message>
</context>
<context>
    <name>opora::Query</name>
    <message>
        <source>The database is busy in another Opora window. Try again in a moment.</source>
        <translation>The database is busy in another Opora window. Try again in a moment.</translation>
    </message>
    <message>
        <source>The database is open read-only: changes cannot be saved.</source>
        <translation>The database is open read-only: changes cannot be saved.</translation>
    </message>
    <message>
        <source>The change could not be written to disk. Check that the disk has free space, then try again. Nothing was saved.</source>
        <translation>The change could not be written to disk. Check that the disk has free space, then try again. Nothing was saved.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>The database file is damaged. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The database could not carry out the operation. Nothing was changed.</source>
        <translation>The database could not carry out the operation. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>opora::RecordExchange</name>
    <message>
        <source>Volunteer&apos;s surname</source>
        <translation>Volunteer&apos;s surname</translation>
    </message>
    <message>
        <source>Volunteer&apos;s first name</source>
        <translation>Volunteer&apos;s first name</translation>
    </message>
    <message>
        <source>Volunteer&apos;s phone</source>
        <translation>Volunteer&apos;s phone</translation>
    </message>
    <message>
        <source>Two volunteers are called %1 with this phone.</source>
        <translation>Two volunteers are called %1 with this phone.</translation>
    </message>
    <message>
        <source>%1 is not among the volunteers: import the volunteers first.</source>
        <translation>%1 is not among the volunteers: import the volunteers first.</translation>
    </message>
</context>
<context>
    <name>opora::ReferenceRepository</name>
    <message>
        <source>Choose a reference list.</source>
        <translation>Choose a reference list.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Enter the name.</translation>
    </message>
    <message>
        <source>Records use this item: it can be deactivated, not deleted.</source>
        <translation>Records use this item: it can be deactivated, not deleted.</translation>
    </message>
</context>
<context>
    <name>opora::Register</name>
    <message>
        <source>The record no longer exists. It may have been removed in another window.</source>
        <translation>The record no longer exists. It may have been removed in another window.</translation>
    </message>
</context>
<context>
    <name>opora::Retention</name>
    <message>
        <source>The retention period is from %1 to %2 years.</source>
        <translation>The retention period is from %1 to %2 years.</translation>
    </message>
</context>
<context>
    <name>opora::ServiceCatalogue</name>
    <message>
        <source>This service is no longer in the catalogue.</source>
        <translation>This service is no longer in the catalogue.</translation>
    </message>
    <message>
        <source>Enter the code (up to 40 characters), e.g. the classifier&apos;s.</source>
        <translation>Enter the code (up to 40 characters), e.g. the classifier&apos;s.</translation>
    </message>
    <message>
        <source>Another service of the catalogue has this code.</source>
        <translation>Another service of the catalogue has this code.</translation>
    </message>
    <message>
        <source>Enter the name of the service.</source>
        <translation>Enter the name of the service.</translation>
    </message>
    <message>
        <source>Choose the type of service.</source>
        <translation>Choose the type of service.</translation>
    </message>
    <message>
        <source>Choose the unit.</source>
        <translation>Choose the unit.</translation>
    </message>
    <message>
        <source>Tick at least one form in which it is given.</source>
        <translation>Tick at least one form in which it is given.</translation>
    </message>
    <message>
        <source>Records use this service, so its code stays as it is.</source>
        <translation>Records use this service, so its code stays as it is.</translation>
    </message>
    <message>
        <source>Records use this service: deactivate it instead, so they keep it.</source>
        <translation>Records use this service: deactivate it instead, so they keep it.</translation>
    </message>
</context>
<context>
    <name>opora::ServiceExchange</name>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Service code</source>
        <translation>Service code</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>There is no service %1 in the catalogue.</source>
        <translation>There is no service %1 in the catalogue.</translation>
    </message>
    <message>
        <source>Form: write home, day, residential or remote (на дому, полустационарная… / вдома, напівстаціонарно…).</source>
        <translation>Form: write home, day, residential or remote (на дому, полустационарная… / вдома, напівстаціонарно…).</translation>
    </message>
    <message>
        <source>Quantity: a number above 0.</source>
        <translation>Quantity: a number above 0.</translation>
    </message>
    <message>
        <source>Minutes: a whole number.</source>
        <translation>Minutes: a whole number.</translation>
    </message>
    <message>
        <source>No case of this person was open on that date: give the case number.</source>
        <translation>No case of this person was open on that date: give the case number.</translation>
    </message>
    <message>
        <source>Several cases of this person were open on that date: give the case number.</source>
        <translation>Several cases of this person were open on that date: give the case number.</translation>
    </message>
</context>
<context>
    <name>opora::ServiceRepository</name>
    <message>
        <source>This service is not in the catalogue.</source>
        <translation>This service is not in the catalogue.</translation>
    </message>
    <message>
        <source>Choose the case the service belongs to.</source>
        <translation>Choose the case the service belongs to.</translation>
    </message>
    <message>
        <source>The case is archived: restore it before recording services.</source>
        <translation>The case is archived: restore it before recording services.</translation>
    </message>
    <message>
        <source>The service date is before the case was opened.</source>
        <translation>The service date is before the case was opened.</translation>
    </message>
    <message>
        <source>The person served must be the case&apos;s person or a member of its family.</source>
        <translation>The person served must be the case&apos;s person or a member of its family.</translation>
    </message>
    <message>
        <source>Enter the date of the service.</source>
        <translation>Enter the date of the service.</translation>
    </message>
    <message>
        <source>The service date is in the future.</source>
        <translation>The service date is in the future.</translation>
    </message>
    <message>
        <source>The quantity must be more than 0.</source>
        <translation>The quantity must be more than 0.</translation>
    </message>
    <message>
        <source>The duration must be between 0 and 24 hours.</source>
        <translation>The duration must be between 0 and 24 hours.</translation>
    </message>
    <message>
        <source>This service is no longer offered: choose another.</source>
        <translation>This service is no longer offered: choose another.</translation>
    </message>
    <message>
        <source>This service is not given in the chosen form.</source>
        <translation>This service is not given in the chosen form.</translation>
    </message>
    <message>
        <source>Choose the service from the catalogue.</source>
        <translation>Choose the service from the catalogue.</translation>
    </message>
    <message>
        <source>This service record no longer exists.</source>
        <translation>This service record no longer exists.</translation>
    </message>
</context>
<context>
    <name>opora::StaffExchange</name>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Active: write yes or no (да or нет, так or ні).</source>
        <translation>Active: write yes or no (да or нет, так or ні).</translation>
    </message>
</context>
<context>
    <name>opora::StaffRepository</name>
    <message>
        <source>This member of staff no longer exists.</source>
        <translation>This member of staff no longer exists.</translation>
    </message>
    <message>
        <source>Enter the surname.</source>
        <translation>Enter the surname.</translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation>Enter the first name.</translation>
    </message>
    <message>
        <source>The e-mail address should look like name@example.org.</source>
        <translation>The e-mail address should look like name@example.org.</translation>
    </message>
    <message>
        <source>Choose a department from the list.</source>
        <translation>Choose a department from the list.</translation>
    </message>
</context>
<context>
    <name>opora::UserRepository</name>
    <message>
        <source>This account no longer exists.</source>
        <translation>This account no longer exists.</translation>
    </message>
    <message>
        <source>The user name has 2 to 40 letters, digits, dots, hyphens or underscores, without spaces.</source>
        <translation>The user name has 2 to 40 letters, digits, dots, hyphens or underscores, without spaces.</translation>
    </message>
    <message>
        <source>This user name is taken. Choose another one.</source>
        <translation>This user name is taken. Choose another one.</translation>
    </message>
    <message>
        <source>Enter the name shown in the window and the audit trail.</source>
        <translation>Enter the name shown in the window and the audit trail.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Choose a role.</translation>
    </message>
    <message>
        <source>Choose a member of staff from the list.</source>
        <translation>Choose a member of staff from the list.</translation>
    </message>
    <message>
        <source>Nobody changes their own role: ask another administrator.</source>
        <translation>Nobody changes their own role: ask another administrator.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <source>This is the last active administrator; make another one first.</source>
        <translation>This is the last active administrator; make another one first.</translation>
    </message>
</context>
<context>
    <name>opora::VolunteerExchange</name>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Volunteer since</source>
        <translation>Volunteer since</translation>
    </message>
</context>
<context>
    <name>opora::VolunteerHoursExchange</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Event date</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Hours: a number, e.g. 2,5.</source>
        <translation>Hours: a number, e.g. 2,5.</translation>
    </message>
    <message>
        <source>There is no event %1 on that date: import the events first.</source>
        <translation>There is no event %1 on that date: import the events first.</translation>
    </message>
    <message>
        <source>Two events %1 are on that date.</source>
        <translation>Two events %1 are on that date.</translation>
    </message>
</context>
<context>
    <name>opora::VolunteerRepository</name>
    <message>
        <source>This person is no longer in the register.</source>
        <translation>This person is no longer in the register.</translation>
    </message>
    <message>
        <source>Enter the volunteer&apos;s surname, or choose a person of the register.</source>
        <translation>Enter the volunteer&apos;s surname, or choose a person of the register.</translation>
    </message>
    <message>
        <source>The date the volunteer started cannot be in the future.</source>
        <translation>The date the volunteer started cannot be in the future.</translation>
    </message>
    <message>
        <source>This volunteer no longer exists.</source>
        <translation>This volunteer no longer exists.</translation>
    </message>
    <message>
        <source>Choose the case the volunteer mentors.</source>
        <translation>Choose the case the volunteer mentors.</translation>
    </message>
    <message>
        <source>Enter the date the mentoring starts.</source>
        <translation>Enter the date the mentoring starts.</translation>
    </message>
    <message>
        <source>The mentoring cannot end before it starts.</source>
        <translation>The mentoring cannot end before it starts.</translation>
    </message>
    <message>
        <source>This volunteer already mentors this case in these dates.</source>
        <translation>This volunteer already mentors this case in these dates.</translation>
    </message>
    <message>
        <source>Enter the date of the work.</source>
        <translation>Enter the date of the work.</translation>
    </message>
    <message>
        <source>Hours can only be logged for today or a day before.</source>
        <translation>Hours can only be logged for today or a day before.</translation>
    </message>
    <message>
        <source>Hours of one day are more than 0 and at most 24.</source>
        <translation>Hours of one day are more than 0 and at most 24.</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>This case no longer exists.</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>This event no longer exists.</translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation>This project no longer exists.</translation>
    </message>
    <message>
        <source>Enter the date the mentoring ends.</source>
        <translation>Enter the date the mentoring ends.</translation>
    </message>
</context>
<context>
    <name>opora::ui::AboutDialog</name>
    <message>
        <source>About Opora</source>
        <translation>About Opora</translation>
    </message>
    <message>
        <source>Opora</source>
        <translation>Opora</translation>
    </message>
    <message>
        <source>Case management for a social-service centre</source>
        <translation>Case management for a social-service centre</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 (opened read-only)</source>
        <translation>%1 (opened read-only)</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Database file:</translation>
    </message>
    <message>
        <source>Database schema version:</source>
        <translation>Database schema version:</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Qt version:</translation>
    </message>
    <message>
        <source>Opora is free software: you may use, study, share and change it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
        <translation>Opora is free software: you may use, study, share and change it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.</translation>
    </message>
    <message>
        <source>Read the licence</source>
        <translation>Read the licence</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Opora %1</source>
        <translation>Opora %1</translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation>Database file: %1</translation>
    </message>
    <message>
        <source>Database schema version: %1</source>
        <translation>Database schema version: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Qt version: %1</translation>
    </message>
</context>
<context>
    <name>opora::ui::AccountForm</name>
    <message>
        <source>The account may sign in</source>
        <translation>The account may sign in</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>(not a member of staff)</source>
        <translation>(not a member of staff)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Name shown</source>
        <translation>&amp;Name shown</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>Member of &amp;staff</source>
        <translation>Member of &amp;staff</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Re&amp;peat password</source>
        <translation>Re&amp;peat password</translation>
    </message>
    <message>
        <source>A member of staff sees the cases of their department; the role decides what the account may do.</source>
        <translation>A member of staff sees the cases of their department; the role decides what the account may do.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>opora::ui::AuditViewer</name>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exported</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>signed in</translation>
    </message>
    <message>
        <source>failed sign-in</source>
        <translation>failed sign-in</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>password set</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>family</source>
        <translation>family</translation>
    </message>
    <message>
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <source>case note</source>
        <translation>case note</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>plan line</source>
        <translation>plan line</translation>
    </message>
    <message>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>settings</translation>
    </message>
    <message>
        <source>reference list</source>
        <translation>reference list</translation>
    </message>
    <message>
        <source>centre report</source>
        <translation>centre report</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>Did</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>anyone</translation>
    </message>
    <message>
        <source>any record</source>
        <translation>any record</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>any number</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>The trail names fields, never their values. Its entries cannot be changed or removed; opora-cli audit verify checks that nobody did so outside Opora.</source>
        <translation>The trail names fields, never their values. Its entries cannot be changed or removed; opora-cli audit verify checks that nobody did so outside Opora.</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>opened</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <source>mentoring</source>
        <translation>mentoring</translation>
    </message>
    <message>
        <source>volunteer hours</source>
        <translation>volunteer hours</translation>
    </message>
</context>
<context>
    <name>opora::ui::CaseCard</name>
    <message>
        <source>The case is about the whole &amp;family</source>
        <translation>The case is about the whole &amp;family</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Opened on</source>
        <translation>&amp;Opened on</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Su&amp;mmary</translation>
    </message>
    <message>
        <source>C&amp;ircumstances</source>
        <translation>C&amp;ircumstances</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>Change s&amp;tatus…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>general</source>
        <translation>general</translation>
    </message>
    <message>
        <source>psychologist</source>
        <translation>psychologist</translation>
    </message>
    <message>
        <source>Write a note and press Enter</source>
        <translation>Write a note and press Enter</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Add &amp;note</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Status and history</source>
        <translation>Status and history</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>This case is archived. Restore it to make changes.</source>
        <translation>This case is archived. Restore it to make changes.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Circumstances</translation>
    </message>
    <message>
        <source>Discard the changes you made to this card?</source>
        <translation>Discard the changes you made to this card?</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>Case file %1.pdf</source>
        <translation>Case file %1.pdf</translation>
    </message>
    <message>
        <source>Individual plan form</source>
        <translation>Individual plan form</translation>
    </message>
    <message>
        <source>Plan %1.pdf</source>
        <translation>Plan %1.pdf</translation>
    </message>
    <message>
        <source>Individual &amp;plan</source>
        <translation>Individual &amp;plan</translation>
    </message>
</context>
<context>
    <name>opora::ui::CaseDocuments</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>How often</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>No services are planned yet.</source>
        <translation>No services are planned yet.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Responsible specialist</source>
        <translation>Responsible specialist</translation>
    </message>
    <message>
        <source>Case %1 · contains personal data</source>
        <translation>Case %1 · contains personal data</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Circumstances</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Individual plan</source>
        <translation>Individual plan</translation>
    </message>
    <message>
        <source>Services delivered</source>
        <translation>Services delivered</translation>
    </message>
    <message>
        <source>No services recorded yet.</source>
        <translation>No services recorded yet.</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>To whom</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Printed on %1. Psychologists&apos; notes are not part of the printed file.</source>
        <translation>Printed on %1. Psychologists&apos; notes are not part of the printed file.</translation>
    </message>
    <message>
        <source>Individual plan %1</source>
        <translation>Individual plan %1</translation>
    </message>
    <message>
        <source>Individual plan of social services</source>
        <translation>Individual plan of social services</translation>
    </message>
    <message>
        <source>Individual programme of social services</source>
        <translation>Individual programme of social services</translation>
    </message>
    <message>
        <source>Services planned</source>
        <translation>Services planned</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>The recipient (or their legal representative) has read the plan and agrees with it.</source>
        <translation>The recipient (or their legal representative) has read the plan and agrees with it.</translation>
    </message>
    <message>
        <source>Recipient or legal representative</source>
        <translation>Recipient or legal representative</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>Head of department</source>
        <translation>Head of department</translation>
    </message>
    <message>
        <source>Signature, then name and date on the line beside it.</source>
        <translation>Signature, then name and date on the line beside it.</translation>
    </message>
</context>
<context>
    <name>opora::ui::CasePlanView</name>
    <message>
        <source>&amp;Add to the plan</source>
        <translation>&amp;Add to the plan</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Remove line</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>How often</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Overdue: the term is over and the planned volume was not delivered.</source>
        <translation>Overdue: the term is over and the planned volume was not delivered.</translation>
    </message>
</context>
<context>
    <name>opora::ui::CasesModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Person or family</source>
        <translation>Person or family</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>opora::ui::CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Number or name…</source>
        <translation>Number or name…</translation>
    </message>
    <message>
        <source>Opened: any time</source>
        <translation>Opened: any time</translation>
    </message>
    <message>
        <source>Show cases opened on or after this date</source>
        <translation>Show cases opened on or after this date</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>All specialists</source>
        <translation>All specialists</translation>
    </message>
</context>
<context>
    <name>opora::ui::CatalogueDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>Deac&amp;tivate</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>Service catalogue</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>The services staff record and plan. A service that records use is deactivated instead of deleted: it stays on them but is no longer offered, and keeps its code.</source>
        <translation>The services staff record and plan. A service that records use is deactivated instead of deleted: it stays on them but is no longer offered, and keeps its code.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>offered</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>offered, not used yet</source>
        <translation>offered, not used yet</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>Ac&amp;tivate</translation>
    </message>
</context>
<context>
    <name>opora::ui::CatalogueItemForm</name>
    <message>
        <source>Service of the catalogue</source>
        <translation>Service of the catalogue</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>New service</translation>
    </message>
    <message>
        <source>Records use this service, so its code stays as it is.</source>
        <translation>Records use this service, so its code stays as it is.</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>Given &amp;as</source>
        <translation>Given &amp;as</translation>
    </message>
</context>
<context>
    <name>opora::ui::CentreDialog</name>
    <message>
        <source>Centre name and logo</source>
        <translation>Centre name and logo</translation>
    </message>
    <message>
        <source>As it should stand on documents</source>
        <translation>As it should stand on documents</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Choose a picture…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Name of the centre</source>
        <translation>Name of the centre</translation>
    </message>
    <message>
        <source>%1 is not a picture Opora can read (PNG, JPEG or SVG).</source>
        <translation>%1 is not a picture Opora can read (PNG, JPEG or SVG).</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>no logo</translation>
    </message>
</context>
<context>
    <name>opora::ui::CentreDocuments</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Sign-in sheet · contains personal data</source>
        <translation>Sign-in sheet · contains personal data</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Registered participants are listed; others write their name in a blank row. Visitors who do not sign are counted by headcount.</source>
        <translation>Registered participants are listed; others write their name in a blank row. Visitors who do not sign are counted by headcount.</translation>
    </message>
    <message>
        <source>Report for %1</source>
        <translation>Report for %1</translation>
    </message>
    <message>
        <source>Figures only: no personal data</source>
        <translation>Figures only: no personal data</translation>
    </message>
    <message>
        <source>Services by type and month</source>
        <translation>Services by type and month</translation>
    </message>
    <message>
        <source>Type of service</source>
        <translation>Type of service</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Services by department</source>
        <translation>Services by department</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>Cases opened</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Department (cases closed)</source>
        <translation>Department (cases closed)</translation>
    </message>
    <message>
        <source>Events and attendance</source>
        <translation>Events and attendance</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Kind of event</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>registered participants (visits)</source>
        <translation>registered participants (visits)</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Who came</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>opora::ui::Charts</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Save as SVG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <source>Opora</source>
        <translation>Opora</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>The chart could not be saved to %1.</translation>
    </message>
</context>
<context>
    <name>opora::ui::ConflictDialog</name>
    <message>
        <source>Someone else changed this record</source>
        <translation>Someone else changed this record</translation>
    </message>
    <message>
        <source>While you were editing, someone else saved this record. Choose for each field which value to keep, then save.</source>
        <translation>While you were editing, someone else saved this record. Choose for each field which value to keep, then save.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Field&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved by someone else&lt;/b&gt;</source>
        <translation>&lt;b&gt;Saved by someone else&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What you typed&lt;/b&gt;</source>
        <translation>&lt;b&gt;What you typed&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Take all theirs</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Keep all mine</translation>
    </message>
    <message>
        <source>Save the chosen values</source>
        <translation>Save the chosen values</translation>
    </message>
</context>
<context>
    <name>opora::ui::ConsentDialog</name>
    <message>
        <source>processing of personal data to provide social services</source>
        <translation>processing of personal data to provide social services</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Record a consent</translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation>&amp;Given on</translation>
    </message>
    <message>
        <source>&amp;Signed by</source>
        <translation>&amp;Signed by</translation>
    </message>
    <message>
        <source>&amp;Covers</source>
        <translation>&amp;Covers</translation>
    </message>
    <message>
        <source>For a minor, the legal representative signs: write their name.</source>
        <translation>For a minor, the legal representative signs: write their name.</translation>
    </message>
</context>
<context>
    <name>opora::ui::DaySheet</name>
    <message>
        <source>Day sheet of services</source>
        <translation>Day sheet of services</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <source>Type a few letters of a name and pick the person with the arrows and Enter; the case is their newest open one, the service and the numbers those of the row above. Tab goes to the next cell, Enter to the next person, Ctrl+Delete removes a row.</source>
        <translation>Type a few letters of a name and pick the person with the arrows and Enter; the case is their newest open one, the service and the numbers those of the row above. Tab goes to the next cell, Enter to the next person, Ctrl+Delete removes a row.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Speciali&amp;st</source>
        <translation>Speciali&amp;st</translation>
    </message>
    <message>
        <source>&amp;Save the sheet (Ctrl+S)</source>
        <translation>&amp;Save the sheet (Ctrl+S)</translation>
    </message>
    <message>
        <source>The sheet is empty: type the first person.</source>
        <translation>The sheet is empty: type the first person.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) need correcting (see the last column); nothing was saved yet and every row is kept.</source>
        <translation>
            <numerusform>%n row needs correcting (see the last column); nothing was saved yet and every row is kept.</numerusform>
            <numerusform>%n rows need correcting (see the last column); nothing was saved yet and every row is kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved; every row is kept.</source>
        <translation>Nothing was saved; every row is kept.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n service(s). The sheet is ready for more.</source>
        <translation>
            <numerusform>Saved: %n service. The sheet is ready for more.</numerusform>
            <numerusform>Saved: %n services. The sheet is ready for more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opora::ui::DaySheetModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>To correct</source>
        <translation>To correct</translation>
    </message>
</context>
<context>
    <name>opora::ui::DocumentActions</name>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder or file name.</source>
        <translation>Could not write %1. Choose another folder or file name.</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
</context>
<context>
    <name>opora::ui::Documents</name>
    <message>
        <source>Social service centre</source>
        <translation>Social service centre</translation>
    </message>
</context>
<context>
    <name>opora::ui::DrillDownDialog</name>
    <message>
        <source>case %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <source>Records behind the fact</source>
        <translation>Records behind the fact</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), together %1: the fact as of %2.</source>
        <translation>
            <numerusform>%n record, together %1: the fact as of %2.</numerusform>
            <numerusform>%n records, together %1: the fact as of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed case(s) as of %1; the fact is worked out from them.</source>
        <translation>
            <numerusform>%n closed case as of %1; the fact is worked out from them.</numerusform>
            <numerusform>%n closed cases as of %1; the fact is worked out from them.</numerusform>
        </translation>
    </message>
    <message>
        <source>This list names people: it is for the centre&apos;s staff only.</source>
        <translation>This list names people: it is for the centre&apos;s staff only.</translation>
    </message>
</context>
<context>
    <name>opora::ui::EndMentorDialog</name>
    <message>
        <source>End the mentoring</source>
        <translation>End the mentoring</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Mentoring since</source>
        <translation>Mentoring since</translation>
    </message>
    <message>
        <source>&amp;Ended on</source>
        <translation>&amp;Ended on</translation>
    </message>
    <message>
        <source>Someone else changed this mentoring after you opened it. Close this window and open it again.</source>
        <translation>Someone else changed this mentoring after you opened it. Close this window and open it again.</translation>
    </message>
</context>
<context>
    <name>opora::ui::EnrolmentDialog</name>
    <message>
        <source>still in the group</source>
        <translation>still in the group</translation>
    </message>
    <message>
        <source>Dates in the target group</source>
        <translation>Dates in the target group</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>In the group from</source>
        <translation>In the group from</translation>
    </message>
    <message>
        <source>Left the group on</source>
        <translation>Left the group on</translation>
    </message>
    <message>
        <source>Someone else changed these dates after you opened them. Close this window and open the dates again.</source>
        <translation>Someone else changed these dates after you opened them. Close this window and open the dates again.</translation>
    </message>
</context>
<context>
    <name>opora::ui::EventCard</name>
    <message>
        <source>&amp;Weekly, times</source>
        <translation>&amp;Weekly, times</translation>
    </message>
    <message>
        <source>Create a course: the same event every week</source>
        <translation>Create a course: the same event every week</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>T&amp;ime</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Participants from the register</source>
        <translation>Participants from the register</translation>
    </message>
    <message>
        <source>Others who came (headcount)</source>
        <translation>Others who came (headcount)</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Came: %1 (from the register: %2, headcount: %3)</source>
        <translation>Came: %1 (from the register: %2, headcount: %3)</translation>
    </message>
    <message>
        <source>Sign-in &amp;sheet…</source>
        <translation>Sign-in &amp;sheet…</translation>
    </message>
    <message>
        <source>A list to sign at the door: the registered participants and blank rows. Save the event first.</source>
        <translation>A list to sign at the door: the registered participants and blank rows. Save the event first.</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>Sign-in sheet %1.pdf</source>
        <translation>Sign-in sheet %1.pdf</translation>
    </message>
</context>
<context>
    <name>opora::ui::EventsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Came</translation>
    </message>
</context>
<context>
    <name>opora::ui::EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;New event…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
</context>
<context>
    <name>opora::ui::FirstStartDialog</name>
    <message>
        <source>Welcome to Opora</source>
        <translation>Welcome to Opora</translation>
    </message>
    <message>
        <source>Opora keeps the register of people, families and cases of your social-service centre. There is no database on this computer yet.</source>
        <translation>Opora keeps the register of people, families and cases of your social-service centre. There is no database on this computer yet.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Try the demo with fictional data</source>
        <translation>&amp;Try the demo with fictional data</translation>
    </message>
    <message>
        <source>Or create your centre&apos;s database. Its reference lists follow the law of your country:</source>
        <translation>Or create your centre&apos;s database. Its reference lists follow the law of your country:</translation>
    </message>
    <message>
        <source>&amp;Russia: Federal Law 442-FZ, lists in Russian</source>
        <translation>&amp;Russia: Federal Law 442-FZ, lists in Russian</translation>
    </message>
    <message>
        <source>&amp;Ukraine: Law on social services, lists in Ukrainian</source>
        <translation>&amp;Ukraine: Law on social services, lists in Ukrainian</translation>
    </message>
    <message>
        <source>&amp;Create the centre&apos;s database</source>
        <translation>&amp;Create the centre&apos;s database</translation>
    </message>
    <message>
        <source>&amp;Open an existing database file…</source>
        <translation>&amp;Open an existing database file…</translation>
    </message>
</context>
<context>
    <name>opora::ui::HoursDialog</name>
    <message>
        <source>Log volunteer hours</source>
        <translation>Log volunteer hours</translation>
    </message>
    <message>
        <source>no project</source>
        <translation>no project</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <source>P&amp;roject</source>
        <translation>P&amp;roject</translation>
    </message>
    <message>
        <source>&amp;What was done</source>
        <translation>&amp;What was done</translation>
    </message>
</context>
<context>
    <name>opora::ui::HouseholdCard</name>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>Add &amp;member</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>&amp;Remove member</translation>
    </message>
    <message>
        <source>Family &amp;name</source>
        <translation>Family &amp;name</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <source>%1 family</source>
        <translation>%1 family</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>New family</translation>
    </message>
</context>
<context>
    <name>opora::ui::IndicatorDialog</name>
    <message>
        <source>The funder set a number</source>
        <translation>The funder set a number</translation>
    </message>
    <message>
        <source>Count &quot;partly improved&quot; as improved</source>
        <translation>Count &quot;partly improved&quot; as improved</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>any service</source>
        <translation>any service</translation>
    </message>
    <message>
        <source>any type</source>
        <translation>any type</translation>
    </message>
    <message>
        <source>any form</source>
        <translation>any form</translation>
    </message>
    <message>
        <source>any category</source>
        <translation>any category</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Indicator (the funder&apos;s words)</source>
        <translation>Indicator (the funder&apos;s words)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Plan for the whole project</source>
        <translation>Plan for the whole project</translation>
    </message>
    <message>
        <source>How it is counted</source>
        <translation>How it is counted</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>What is counted</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Type of service</source>
        <translation>Type of service</translation>
    </message>
    <message>
        <source>Form of service</source>
        <translation>Form of service</translation>
    </message>
    <message>
        <source>Kinds of event (none: all)</source>
        <translation>Kinds of event (none: all)</translation>
    </message>
    <message>
        <source>Headcount groups (none: all)</source>
        <translation>Headcount groups (none: all)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Age at enrolment from</source>
        <translation>Age at enrolment from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Plan split</source>
        <translation>Plan split</translation>
    </message>
</context>
<context>
    <name>opora::ui::IndicatorText</name>
    <message>
        <source>People enrolled in the target group</source>
        <translation>People enrolled in the target group</translation>
    </message>
    <message>
        <source>People who received services</source>
        <translation>People who received services</translation>
    </message>
    <message>
        <source>Families who received services</source>
        <translation>Families who received services</translation>
    </message>
    <message>
        <source>Services delivered</source>
        <translation>Services delivered</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Events held</translation>
    </message>
    <message>
        <source>Event participants</source>
        <translation>Event participants</translation>
    </message>
    <message>
        <source>Specialists trained</source>
        <translation>Specialists trained</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Share of closed cases with improvement</source>
        <translation>Share of closed cases with improvement</translation>
    </message>
    <message>
        <source>Average length of support</source>
        <translation>Average length of support</translation>
    </message>
    <message>
        <source>Counted by hand</source>
        <translation>Counted by hand</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantity</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>different people</source>
        <translation>different people</translation>
    </message>
    <message>
        <source>visits of registered people</source>
        <translation>visits of registered people</translation>
    </message>
    <message>
        <source>headcount of unregistered people</source>
        <translation>headcount of unregistered people</translation>
    </message>
    <message>
        <source>visits and headcount together</source>
        <translation>visits and headcount together</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>under way</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>service: %1</source>
        <translation>service: %1</translation>
    </message>
    <message>
        <source>type: %1</source>
        <translation>type: %1</translation>
    </message>
    <message>
        <source>form: %1</source>
        <translation>form: %1</translation>
    </message>
    <message>
        <source>events: %1</source>
        <translation>events: %1</translation>
    </message>
    <message>
        <source>course: %1</source>
        <translation>course: %1</translation>
    </message>
    <message>
        <source>groups: %1</source>
        <translation>groups: %1</translation>
    </message>
    <message>
        <source>category: %1</source>
        <translation>category: %1</translation>
    </message>
    <message>
        <source>aged %1 to %2 at enrolment</source>
        <translation>aged %1 to %2 at enrolment</translation>
    </message>
    <message>
        <source>Different people in the project&apos;s target group at any time of the period.</source>
        <translation>Different people in the project&apos;s target group at any time of the period.</translation>
    </message>
    <message>
        <source>Different people who received at least one service of the project; each person counts once.</source>
        <translation>Different people who received at least one service of the project; each person counts once.</translation>
    </message>
    <message>
        <source>Different families of the people who received services of the project; a person without a family counts as one.</source>
        <translation>Different families of the people who received services of the project; a person without a family counts as one.</translation>
    </message>
    <message>
        <source>Hours of services of the project.</source>
        <translation>Hours of services of the project.</translation>
    </message>
    <message>
        <source>Services of the project, by the quantity recorded.</source>
        <translation>Services of the project, by the quantity recorded.</translation>
    </message>
    <message>
        <source>Services of the project, each record once.</source>
        <translation>Services of the project, each record once.</translation>
    </message>
    <message>
        <source>Events of the project that were held; planned and cancelled ones do not count.</source>
        <translation>Events of the project that were held; planned and cancelled ones do not count.</translation>
    </message>
    <message>
        <source>Different registered people present at held events; each counts once.</source>
        <translation>Different registered people present at held events; each counts once.</translation>
    </message>
    <message>
        <source>Visits of registered people to held events.</source>
        <translation>Visits of registered people to held events.</translation>
    </message>
    <message>
        <source>People counted by headcount at held events (not in the register).</source>
        <translation>People counted by headcount at held events (not in the register).</translation>
    </message>
    <message>
        <source>Everyone present at held events: visits of registered people plus headcounts; nobody is counted twice.</source>
        <translation>Everyone present at held events: visits of registered people plus headcounts; nobody is counted twice.</translation>
    </message>
    <message>
        <source>Registered people present at held trainings, seminars and webinars, plus the specialists counted there by headcount.</source>
        <translation>Registered people present at held trainings, seminars and webinars, plus the specialists counted there by headcount.</translation>
    </message>
    <message>
        <source>Hours logged by volunteers for the project.</source>
        <translation>Hours logged by volunteers for the project.</translation>
    </message>
    <message>
        <source>Different volunteers who logged hours for the project.</source>
        <translation>Different volunteers who logged hours for the project.</translation>
    </message>
    <message>
        <source>Percent of the project&apos;s cases closed in the period whose situation improved or partly improved.</source>
        <translation>Percent of the project&apos;s cases closed in the period whose situation improved or partly improved.</translation>
    </message>
    <message>
        <source>Percent of the project&apos;s cases closed in the period whose situation improved.</source>
        <translation>Percent of the project&apos;s cases closed in the period whose situation improved.</translation>
    </message>
    <message>
        <source>Average days from opening to closing of the project&apos;s cases closed in the period.</source>
        <translation>Average days from opening to closing of the project&apos;s cases closed in the period.</translation>
    </message>
    <message>
        <source>The sum of the values entered by hand, dated within the period.</source>
        <translation>The sum of the values entered by hand, dated within the period.</translation>
    </message>
    <message>
        <source>From the project&apos;s start to the report date, both days included; archived records are left out.</source>
        <translation>From the project&apos;s start to the report date, both days included; archived records are left out.</translation>
    </message>
    <message>
        <source>Only %1.</source>
        <translation>Only %1.</translation>
    </message>
</context>
<context>
    <name>opora::ui::JournalModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
</context>
<context>
    <name>opora::ui::ListPage</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>opora::ui::MainWindow</name>
    <message>
        <source>Opora — DEMO (fictional data)</source>
        <translation>Opora — DEMO (fictional data)</translation>
    </message>
    <message>
        <source>Opora</source>
        <translation>Opora</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation>Open &amp;demo</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>New &amp;person…</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>New &amp;case…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <source>&amp;Find a person or case</source>
        <translation>&amp;Find a person or case</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>F&amp;ull screen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Reference lists and departments…</source>
        <translation>&amp;Reference lists and departments…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Opora</source>
        <translation>&amp;About Opora</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>A demo database with fictional people. Nothing here touches your centre&apos;s real database.</source>
        <translation>A demo database with fictional people. Nothing here touches your centre&apos;s real database.</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <source>&amp;Reset demo (start again with fresh fictional data)</source>
        <translation>&amp;Reset demo (start again with fresh fictional data)</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Events</translation>
    </message>
    <message>
        <source>&amp;Record services…</source>
        <translation>&amp;Record services…</translation>
    </message>
    <message>
        <source>New &amp;event…</source>
        <translation>New &amp;event…</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Restore from a &amp;backup…</translation>
    </message>
    <message>
        <source>&amp;Import people from CSV…</source>
        <translation>&amp;Import people from CSV…</translation>
    </message>
    <message>
        <source>Import people from CSV</source>
        <translation>Import people from CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import the rows without problems</source>
        <translation>Import the rows without problems</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Imported: %1.</translation>
    </message>
    <message>
        <source>The rows with problems are in %1.</source>
        <translation>The rows with problems are in %1.</translation>
    </message>
    <message>
        <source>Rows in the file: %1. New and correct: %2. Already in the register: %3. With problems: %4.</source>
        <translation>Rows in the file: %1. New and correct: %2. Already in the register: %3. With problems: %4.</translation>
    </message>
    <message>
        <source>This database is open read-only: you can look and print, but no change can be saved. To work in it, ask the administrator for write access to the file and its folder, or copy it to a folder of your own.</source>
        <translation>This database is open read-only: you can look and print, but no change can be saved. To work in it, ask the administrator for write access to the file and its folder, or copy it to a folder of your own.</translation>
    </message>
    <message>
        <source>This database is on a network share. If several computers work in one file over the network, it can be damaged. Keep it on this computer&apos;s disk with regular backups; a centre that needs several workplaces should move to a database server (see the README).</source>
        <translation>This database is on a network share. If several computers work in one file over the network, it can be damaged. Keep it on this computer&apos;s disk with regular backups; a centre that needs several workplaces should move to a database server (see the README).</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>P&amp;rojects</source>
        <translation>P&amp;rojects</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Report for a &amp;period…</source>
        <translation>Report for a &amp;period…</translation>
    </message>
    <message>
        <source>Centre &amp;name and logo…</source>
        <translation>Centre &amp;name and logo…</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Lock after inactivity</translation>
    </message>
    <message>
        <source>Lock Opora after this many minutes without use (0: never):</source>
        <translation>Lock Opora after this many minutes without use (0: never):</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity…</source>
        <translation>Lock after &amp;inactivity…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <source>Day s&amp;heet of services…</source>
        <translation>Day s&amp;heet of services…</translation>
    </message>
    <message>
        <source>&amp;Volunteers</source>
        <translation>&amp;Volunteers</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>&amp;Staff and accounts…</source>
        <translation>&amp;Staff and accounts…</translation>
    </message>
    <message>
        <source>Service &amp;catalogue…</source>
        <translation>Service &amp;catalogue…</translation>
    </message>
    <message>
        <source>R&amp;etention of personal data…</source>
        <translation>R&amp;etention of personal data…</translation>
    </message>
</context>
<context>
    <name>opora::ui::MentorDialog</name>
    <message>
        <source>Mentor a case</source>
        <translation>Mentor a case</translation>
    </message>
    <message>
        <source>Surname of the person the case is about</source>
        <translation>Surname of the person the case is about</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>This person has no open case.</source>
        <translation>This person has no open case.</translation>
    </message>
</context>
<context>
    <name>opora::ui::OverviewPage</name>
    <message>
        <source>active cases</source>
        <translation>active cases</translation>
    </message>
    <message>
        <source>services this month</source>
        <translation>services this month</translation>
    </message>
    <message>
        <source>events held this month</source>
        <translation>events held this month</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>opened</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Cases opened and closed per month</source>
        <translation>Cases opened and closed per month</translation>
    </message>
    <message>
        <source>Services per month by department</source>
        <translation>Services per month by department</translation>
    </message>
    <message>
        <source>Active cases by category</source>
        <translation>Active cases by category</translation>
    </message>
    <message>
        <source>Events ahead</source>
        <translation>Events ahead</translation>
    </message>
    <message>
        <source>Open the demo (fictional data)…</source>
        <translation>Open the demo (fictional data)…</translation>
    </message>
</context>
<context>
    <name>opora::ui::PagedDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>opora::ui::PasswordForm</name>
    <message>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Re&amp;peat password</source>
        <translation>Re&amp;peat password</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>opora::ui::PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>opora::ui::PeoplePage</name>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Filter by name…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
</context>
<context>
    <name>opora::ui::PeriodReportDialog</name>
    <message>
        <source>Report for a period</source>
        <translation>Report for a period</translation>
    </message>
    <message>
        <source>Report %1 – %2.pdf</source>
        <translation>Report %1 – %2.pdf</translation>
    </message>
    <message>
        <source>Preview and &amp;print…</source>
        <translation>Preview and &amp;print…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>opora::ui::PersonCard</name>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>&amp;Patronymic</translation>
    </message>
    <message>
        <source>&amp;Born on</source>
        <translation>&amp;Born on</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Se&amp;x</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <source>Identity &amp;document</source>
        <translation>Identity &amp;document</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Categories</translation>
    </message>
    <message>
        <source>Families and cases</source>
        <translation>Families and cases</translation>
    </message>
    <message>
        <source>&amp;Family…</source>
        <translation>&amp;Family…</translation>
    </message>
    <message>
        <source>Open the person&apos;s family, or create one with them in it</source>
        <translation>Open the person&apos;s family, or create one with them in it</translation>
    </message>
    <message>
        <source>Consents to the processing of personal data</source>
        <translation>Consents to the processing of personal data</translation>
    </message>
    <message>
        <source>Record c&amp;onsent…</source>
        <translation>Record c&amp;onsent…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>This person is archived. Restore them to make changes.</source>
        <translation>This person is archived. Restore them to make changes.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>New &amp;case…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Given %1 by %2: %3</source>
        <translation>Given %1 by %2: %3</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>withdrawn %1</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>Case %1 — %2</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Born on</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Discard the changes you made to this card?</source>
        <translation>Discard the changes you made to this card?</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n member(s))</source>
        <translation>
            <numerusform>%1 (%2, %n member)</numerusform>
            <numerusform>%1 (%2, %n members)</numerusform>
        </translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>Detai&amp;ls</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>His&amp;tory</translation>
    </message>
    <message>
        <source>P&amp;ersonal data…</source>
        <translation>P&amp;ersonal data…</translation>
    </message>
    <message>
        <source>Everything held about this person, for their own request: JSON or PDF, nothing about the rest of the family</source>
        <translation>Everything held about this person, for their own request: JSON or PDF, nothing about the rest of the family</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>Save as &amp;JSON…</translation>
    </message>
    <message>
        <source>Personal data as JSON</source>
        <translation>Personal data as JSON</translation>
    </message>
    <message>
        <source>personal-data-%1.json</source>
        <translation>personal-data-%1.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Personal data as PDF</source>
        <translation>Personal data as PDF</translation>
    </message>
    <message>
        <source>personal-data-%1.pdf</source>
        <translation>personal-data-%1.pdf</translation>
    </message>
</context>
<context>
    <name>opora::ui::PersonPicker</name>
    <message>
        <source>Type a surname or phone, then choose…</source>
        <translation>Type a surname or phone, then choose…</translation>
    </message>
</context>
<context>
    <name>opora::ui::PersonTimelineView</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <source>case status</source>
        <translation>case status</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
</context>
<context>
    <name>opora::ui::PersonalDataDocument</name>
    <message>
        <source>Nothing is recorded.</source>
        <translation>Nothing is recorded.</translation>
    </message>
    <message>
        <source>Personal data · %1</source>
        <translation>Personal data · %1</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Everything held about a person</source>
        <translation>Everything held about a person</translation>
    </message>
    <message>
        <source>Made on %1 at the person&apos;s request. It holds nothing about other members of the family; psychologists&apos; notes are not part of it.</source>
        <translation>Made on %1 at the person&apos;s request. It holds nothing about other members of the family; psychologists&apos; notes are not part of it.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Families</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Planned service</source>
        <translation>Planned service</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Individual plan</source>
        <translation>Individual plan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Cases of the family</source>
        <translation>Cases of the family</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Services received</source>
        <translation>Services received</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
</context>
<context>
    <name>opora::ui::PlanPeriodsEditor</name>
    <message>
        <source>Q%1 %2: %3</source>
        <translation>Q%1 %2: %3</translation>
    </message>
    <message>
        <source>for the whole project only</source>
        <translation>for the whole project only</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>by quarter</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>by month</translation>
    </message>
    <message>
        <source>Part of the period</source>
        <translation>Part of the period</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>opora::ui::PresentationWindow</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Figures as of</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>About the project</source>
        <translation>About the project</translation>
    </message>
    <message>
        <source>Indicators: plan and fact (%1 of %2)</source>
        <translation>Indicators: plan and fact (%1 of %2)</translation>
    </message>
    <message>
        <source>Indicators: plan and fact</source>
        <translation>Indicators: plan and fact</translation>
    </message>
    <message>
        <source>Fact as percent of plan</source>
        <translation>Fact as percent of plan</translation>
    </message>
    <message>
        <source>Over the months</source>
        <translation>Over the months</translation>
    </message>
    <message>
        <source>Services by type</source>
        <translation>Services by type</translation>
    </message>
    <message>
        <source>Attendance by group</source>
        <translation>Attendance by group</translation>
    </message>
    <message>
        <source>Activity per month</source>
        <translation>Activity per month</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>← → PageUp PageDown: slides · Esc: leave</source>
        <translation>← → PageUp PageDown: slides · Esc: leave</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fact</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Events held</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>By kind</translation>
    </message>
    <message>
        <source>Participants (visits and headcounts)</source>
        <translation>Participants (visits and headcounts)</translation>
    </message>
</context>
<context>
    <name>opora::ui::ProjectActivity</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Who joins the target group: surname and first name</source>
        <translation>Who joins the target group: surname and first name</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Enrol</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>Services attributed to the project: %1</source>
        <translation>Services attributed to the project: %1</translation>
    </message>
    <message>
        <source>Events of the project: %1</source>
        <translation>Events of the project: %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>The last day in the group, when it is known</source>
        <translation>The last day in the group, when it is known</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>C&amp;hange dates…</source>
        <translation>C&amp;hange dates…</translation>
    </message>
    <message>
        <source>Take &amp;out of the group…</source>
        <translation>Take &amp;out of the group…</translation>
    </message>
    <message>
        <source>Take out of the target group</source>
        <translation>Take out of the target group</translation>
    </message>
    <message>
        <source>Take %1 out of the project&apos;s target group? Do this for an enrolment made in error; when the person has left the group, change the dates instead.</source>
        <translation>Take %1 out of the project&apos;s target group? Do this for an enrolment made in error; when the person has left the group, change the dates instead.</translation>
    </message>
</context>
<context>
    <name>opora::ui::ProjectDashboard</name>
    <message>
        <source>registered participants</source>
        <translation>registered participants</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <source>Fact as percent of plan</source>
        <translation>Fact as percent of plan</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>fact</translation>
    </message>
    <message>
        <source>plan by date</source>
        <translation>plan by date</translation>
    </message>
    <message>
        <source>Services by type</source>
        <translation>Services by type</translation>
    </message>
    <message>
        <source>Attendance by group</source>
        <translation>Attendance by group</translation>
    </message>
    <message>
        <source>services</source>
        <translation>services</translation>
    </message>
    <message>
        <source>event participants</source>
        <translation>event participants</translation>
    </message>
    <message>
        <source>Activity per month</source>
        <translation>Activity per month</translation>
    </message>
</context>
<context>
    <name>opora::ui::ProjectPassport</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>Agreement number</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Someone else saved this project after you opened it. Your text is kept here: copy what you need, close the window and open the project again.</source>
        <translation>Someone else saved this project after you opened it. Your text is kept here: copy what you need, close the window and open the project again.</translation>
    </message>
    <message>
        <source>For the round-table document, in your own words:</source>
        <translation>For the round-table document, in your own words:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
</context>
<context>
    <name>opora::ui::ProjectTeam</name>
    <message>
        <source>&amp;Save the team</source>
        <translation>&amp;Save the team</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Role in the project</source>
        <translation>Role in the project</translation>
    </message>
    <message>
        <source>Tick who works in the project (Space) and write their role in it (type in the last column).</source>
        <translation>Tick who works in the project (Space) and write their role in it (type in the last column).</translation>
    </message>
</context>
<context>
    <name>opora::ui::ProjectWindow</name>
    <message>
        <source>&amp;Records behind the fact…</source>
        <translation>&amp;Records behind the fact…</translation>
    </message>
    <message>
        <source>&amp;Add indicator…</source>
        <translation>&amp;Add indicator…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Enter a &amp;value…</source>
        <translation>Enter a &amp;value…</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Expected by date</source>
        <translation>Expected by date</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fact</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% of plan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>How it is counted: %1</source>
        <translation>How it is counted: %1</translation>
    </message>
    <message>
        <source>&amp;Save the passport</source>
        <translation>&amp;Save the passport</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Indicators</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Passport</source>
        <translation>&amp;Passport</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>No indicators yet: add the ones in the grant agreement, in the funder&apos;s words.</source>
        <translation>No indicators yet: add the ones in the grant agreement, in the funder&apos;s words.</translation>
    </message>
    <message>
        <source>Enter a value</source>
        <translation>Enter a value</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value to add</source>
        <translation>Value to add</translation>
    </message>
    <message>
        <source>Comment (what was counted)</source>
        <translation>Comment (what was counted)</translation>
    </message>
    <message>
        <source>Presen&amp;tation</source>
        <translation>Presen&amp;tation</translation>
    </message>
    <message>
        <source>Full screen for a round table (F5); Esc leaves</source>
        <translation>Full screen for a round table (F5); Esc leaves</translation>
    </message>
    <message>
        <source>Round-table &amp;document…</source>
        <translation>Round-table &amp;document…</translation>
    </message>
    <message>
        <source>Target &amp;group and activities</source>
        <translation>Target &amp;group and activities</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>Tea&amp;m</translation>
    </message>
</context>
<context>
    <name>opora::ui::ProjectsPage</name>
    <message>
        <source>no indicators</source>
        <translation>no indicators</translation>
    </message>
    <message>
        <source>%1 of %2 achieved, %3 behind</source>
        <translation>%1 of %2 achieved, %3 behind</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Indicators today</source>
        <translation>Indicators today</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
</context>
<context>
    <name>opora::ui::ReferenceListsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Reference lists</source>
        <translation>Reference lists</translation>
    </message>
    <message>
        <source>Categories of people</source>
        <translation>Categories of people</translation>
    </message>
    <message>
        <source>Circumstances of a case</source>
        <translation>Circumstances of a case</translation>
    </message>
    <message>
        <source>Reasons for closing a case</source>
        <translation>Reasons for closing a case</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename. Items that records use can be deactivated: they stay on those records but are no longer offered.</source>
        <translation>Double-click or press F2 to rename. Items that records use can be deactivated: they stay on those records but are no longer offered.</translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation>De&amp;activate</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in use</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>active, not used yet</source>
        <translation>active, not used yet</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Add an item</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>opora::ui::RegisterNames</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Active support</source>
        <translation>Active support</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Improved</translation>
    </message>
    <message>
        <source>Partly improved</source>
        <translation>Partly improved</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation>Worsened</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Grandparent</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Other relative</translation>
    </message>
</context>
<context>
    <name>opora::ui::RetentionDialog</name>
    <message>
        <source>&amp;Anonymise now…</source>
        <translation>&amp;Anonymise now…</translation>
    </message>
    <message>
        <source>Retention of personal data</source>
        <translation>Retention of personal data</translation>
    </message>
    <message>
        <source>When the support of a person and their family ended longer ago than this period, Opora removes their personal details: name, phone, address, document, notes and the texts of their cases. Dates, services, attendance, outcomes, birth dates and categories stay, so reports and project indicators do not change. People still supported, volunteers and anyone with newer records are kept as they are.</source>
        <translation>When the support of a person and their family ended longer ago than this period, Opora removes their personal details: name, phone, address, document, notes and the texts of their cases. Dates, services, attendance, outcomes, birth dates and categories stay, so reports and project indicators do not change. People still supported, volunteers and anyone with newer records are kept as they are.</translation>
    </message>
    <message>
        <source>&amp;Keep personal data</source>
        <translation>&amp;Keep personal data</translation>
    </message>
    <message>
        <source>Nobody&apos;s support ended before %1: there is nothing to anonymise.</source>
        <translation>Nobody&apos;s support ended before %1: there is nothing to anonymise.</translation>
    </message>
    <message numerus="yes">
        <source>Support ended before %1 for %n people; with them %2 families and %3 cases would be anonymised.</source>
        <translation>
            <numerusform>Support ended before %1 for %n person; with them %2 families and %3 cases would be anonymised.</numerusform>
            <numerusform>Support ended before %1 for %n people; with them %2 families and %3 cases would be anonymised.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the personal details now? This cannot be undone (a backup made before keeps them).</source>
        <translation>Remove the personal details now? This cannot be undone (a backup made before keeps them).</translation>
    </message>
    <message numerus="yes">
        <source>Anonymised: %n people, %1 families and %2 cases.</source>
        <translation>
            <numerusform>Anonymised: %n person, %1 families and %2 cases.</numerusform>
            <numerusform>Anonymised: %n people, %1 families and %2 cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) after the case was closed</source>
        <translation>
            <numerusform>%n year after the case was closed</numerusform>
            <numerusform>%n years after the case was closed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opora::ui::RoundTableDialog</name>
    <message>
        <source>Show counts of 1 or 2 as &quot;&lt;3&quot;</source>
        <translation>Show counts of 1 or 2 as &quot;&lt;3&quot;</translation>
    </message>
    <message>
        <source>Named variant for internal use (lists the target group by name)</source>
        <translation>Named variant for internal use (lists the target group by name)</translation>
    </message>
    <message>
        <source>Round-table document</source>
        <translation>Round-table document</translation>
    </message>
    <message>
        <source>The document is anonymised: it holds figures only, never a recipient&apos;s name, birth date, address, phone or case number.</source>
        <translation>The document is anonymised: it holds figures only, never a recipient&apos;s name, birth date, address, phone or case number.</translation>
    </message>
    <message>
        <source>The named variant contains personal data: do not hand it out or send it outside the centre.</source>
        <translation>The named variant contains personal data: do not hand it out or send it outside the centre.</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Figures as of</translation>
    </message>
    <message>
        <source>Preview and &amp;print…</source>
        <translation>Preview and &amp;print…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder or file name.</source>
        <translation>Could not write %1. Choose another folder or file name.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>opora::ui::RoundTableDocument</name>
    <message>
        <source>age not recorded</source>
        <translation>age not recorded</translation>
    </message>
    <message>
        <source>35 and older</source>
        <translation>35 and older</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>FOR INTERNAL USE: contains personal data</source>
        <translation>FOR INTERNAL USE: contains personal data</translation>
    </message>
    <message>
        <source>Anonymised: no personal data of recipients</source>
        <translation>Anonymised: no personal data of recipients</translation>
    </message>
    <message>
        <source>Information and analytical materials for the round table</source>
        <translation>Information and analytical materials for the round table</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Round table; figures as of</source>
        <translation>Round table; figures as of</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>The project</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Indicators: plan and fact</source>
        <translation>Indicators: plan and fact</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fact</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% of plan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Facts are counted by Opora from the centre&apos;s records as of %1: services and events attributed to the project within its period, both days included; cancelled events and archived records are left out.</source>
        <translation>Facts are counted by Opora from the centre&apos;s records as of %1: services and events attributed to the project within its period, both days included; cancelled events and archived records are left out.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Kind of event</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>registered participants (visits)</source>
        <translation>registered participants (visits)</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Who came</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Events held</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Came</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Type of service</source>
        <translation>Type of service</translation>
    </message>
    <message>
        <source>Form of service</source>
        <translation>Form of service</translation>
    </message>
    <message>
        <source>The target group</source>
        <translation>The target group</translation>
    </message>
    <message>
        <source>People enrolled in the target group: %1.</source>
        <translation>People enrolled in the target group: %1.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Age at enrolment</source>
        <translation>Age at enrolment</translation>
    </message>
    <message>
        <source>Volunteers and partners</source>
        <translation>Volunteers and partners</translation>
    </message>
    <message>
        <source>Volunteers: %1; hours given: %2.</source>
        <translation>Volunteers: %1; hours given: %2.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Annex: the target group by name (internal use only)</source>
        <translation>Annex: the target group by name (internal use only)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>opora::ui::SearchField</name>
    <message>
        <source>Find a person or case (Ctrl+F): surname, case number, phone</source>
        <translation>Find a person or case (Ctrl+F): surname, case number, phone</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>Case %1 — %2</translation>
    </message>
    <message>
        <source>[archived]</source>
        <translation>[archived]</translation>
    </message>
</context>
<context>
    <name>opora::ui::ServiceNames</name>
    <message>
        <source>social and domestic</source>
        <translation>social and domestic</translation>
    </message>
    <message>
        <source>social and medical</source>
        <translation>social and medical</translation>
    </message>
    <message>
        <source>psychological</source>
        <translation>psychological</translation>
    </message>
    <message>
        <source>pedagogical</source>
        <translation>pedagogical</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>employment</translation>
    </message>
    <message>
        <source>legal</source>
        <translation>legal</translation>
    </message>
    <message>
        <source>communication skills</source>
        <translation>communication skills</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>consulting</source>
        <translation>consulting</translation>
    </message>
    <message>
        <source>social support</source>
        <translation>social support</translation>
    </message>
    <message>
        <source>prevention</source>
        <translation>prevention</translation>
    </message>
    <message>
        <source>adaptation and integration</source>
        <translation>adaptation and integration</translation>
    </message>
    <message>
        <source>crisis intervention</source>
        <translation>crisis intervention</translation>
    </message>
    <message>
        <source>care</source>
        <translation>care</translation>
    </message>
    <message>
        <source>rehabilitation</source>
        <translation>rehabilitation</translation>
    </message>
    <message>
        <source>representation</source>
        <translation>representation</translation>
    </message>
    <message>
        <source>mediation</source>
        <translation>mediation</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>aid in kind</source>
        <translation>aid in kind</translation>
    </message>
    <message>
        <source>at home</source>
        <translation>at home</translation>
    </message>
    <message>
        <source>day care</source>
        <translation>day care</translation>
    </message>
    <message>
        <source>residential</source>
        <translation>residential</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>remote</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hour</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>class or lecture</source>
        <translation>class or lecture</translation>
    </message>
    <message>
        <source>school of motherhood / parents</source>
        <translation>school of motherhood / parents</translation>
    </message>
    <message>
        <source>training for specialists</source>
        <translation>training for specialists</translation>
    </message>
    <message>
        <source>seminar or conference</source>
        <translation>seminar or conference</translation>
    </message>
    <message>
        <source>round table</source>
        <translation>round table</translation>
    </message>
    <message>
        <source>club or leisure</source>
        <translation>club or leisure</translation>
    </message>
    <message>
        <source>webinar or supervision</source>
        <translation>webinar or supervision</translation>
    </message>
    <message>
        <source>mobile brigade visit</source>
        <translation>mobile brigade visit</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>women</source>
        <translation>women</translation>
    </message>
    <message>
        <source>men</source>
        <translation>men</translation>
    </message>
    <message>
        <source>teenagers</source>
        <translation>teenagers</translation>
    </message>
    <message>
        <source>children</source>
        <translation>children</translation>
    </message>
    <message>
        <source>parents</source>
        <translation>parents</translation>
    </message>
    <message>
        <source>specialists</source>
        <translation>specialists</translation>
    </message>
    <message>
        <source>volunteers</source>
        <translation>volunteers</translation>
    </message>
    <message>
        <source>others</source>
        <translation>others</translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>excused</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>once</source>
        <translation>once</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>weekly</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>as needed</translation>
    </message>
</context>
<context>
    <name>opora::ui::ServiceRecordDialog</name>
    <message>
        <source>Record services</source>
        <translation>Record services</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <source>D&amp;uration, minutes</source>
        <translation>D&amp;uration, minutes</translation>
    </message>
    <message>
        <source>Speciali&amp;st</source>
        <translation>Speciali&amp;st</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Save and &amp;next (Ctrl+S)</source>
        <translation>Save and &amp;next (Ctrl+S)</translation>
    </message>
    <message>
        <source>no open case: open one first</source>
        <translation>no open case: open one first</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n service(s). Type the next person.</source>
        <translation>
            <numerusform>Saved: %n service. Type the next person.</numerusform>
            <numerusform>Saved: %n services. Type the next person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opora::ui::ServicesPage</name>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>&amp;Record a service…</source>
        <translation>&amp;Record a service…</translation>
    </message>
    <message>
        <source>All types of service</source>
        <translation>All types of service</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>All forms</translation>
    </message>
    <message>
        <source>All specialists</source>
        <translation>All specialists</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n service(s)</source>
        <translation>
            <numerusform>Total: %n service</numerusform>
            <numerusform>Total: %n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) served</source>
        <translation>
            <numerusform>%n person served</numerusform>
            <numerusform>%n people served</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>Day s&amp;heet…</source>
        <translation>Day s&amp;heet…</translation>
    </message>
</context>
<context>
    <name>opora::ui::Session</name>
    <message>
        <source>Opora databases (*.sqlite *.db);;All files (*)</source>
        <translation>Opora databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Opora</source>
        <translation>Opora</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 cannot be opened.</translation>
    </message>
    <message>
        <source>No folder for the demo database could be made.</source>
        <translation>No folder for the demo database could be made.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Russia (442-FZ, lists in Russian)</source>
        <translation>Russia (442-FZ, lists in Russian)</translation>
    </message>
    <message>
        <source>Ukraine (Law on social services, lists in Ukrainian)</source>
        <translation>Ukraine (Law on social services, lists in Ukrainian)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Region profile:</source>
        <translation>Region profile:</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name.</source>
        <translation>%1 already exists. Choose a new file name.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>The backup is made and checked:
%1</source>
        <translation>The backup is made and checked:
%1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>The backup was made %1 and holds:
%2

Replace the current database with it? The current database is kept as a backup first.</source>
        <translation>The backup was made %1 and holds:
%2

Replace the current database with it? The current database is kept as a backup first.</translation>
    </message>
    <message>
        <source>The database is restored. The previous one is kept in %1.</source>
        <translation>The database is restored. The previous one is kept in %1.</translation>
    </message>
    <message>
        <source>The newest good backup was made %1. Restore it? The file that cannot be opened is kept, unchanged, in %2.</source>
        <translation>The newest good backup was made %1. Restore it? The file that cannot be opened is kept, unchanged, in %2.</translation>
    </message>
</context>
<context>
    <name>opora::ui::SignInDialog</name>
    <message>
        <source>Set the administrator&apos;s password</source>
        <translation>Set the administrator&apos;s password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>This database is new. Choose the administrator&apos;s password (at least 8 characters). Keep it safe: the case files of minors and vulnerable families are behind it.</source>
        <translation>This database is new. Choose the administrator&apos;s password (at least 8 characters). Keep it safe: the case files of minors and vulnerable families are behind it.</translation>
    </message>
    <message>
        <source>Opora keeps personal data of the people your centre supports. Sign in with your user name and password.</source>
        <translation>Opora keeps personal data of the people your centre supports. Sign in with your user name and password.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Repeat the password</translation>
    </message>
    <message>
        <source>Set and sign in</source>
        <translation>Set and sign in</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Opora is locked</source>
        <translation>Opora is locked</translation>
    </message>
    <message>
        <source>Opora locked itself after a while without use. Enter your password to go on: nothing you were doing is lost.</source>
        <translation>Opora locked itself after a while without use. Enter your password to go on: nothing you were doing is lost.</translation>
    </message>
</context>
<context>
    <name>opora::ui::StaffAccountsDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Name shown</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation>Member of staff</translation>
    </message>
    <message>
        <source>Staff and accounts</source>
        <translation>Staff and accounts</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Staff are responsible for cases, deliver services and organise events. Someone who leaves is deactivated: the records keep their name.</source>
        <translation>Staff are responsible for cases, deliver services and organise events. Someone who leaves is deactivated: the records keep their name.</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;dd…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>New &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Roles: an administrator manages accounts and reference lists; a head of department and specialists keep the records; a manager sees reports only; a trainer opens demo databases only. Nobody changes their own role.</source>
        <translation>Roles: an administrator manages accounts and reference lists; a head of department and specialists keep the records; a manager sees reports only; a trainer opens demo databases only. Nobody changes their own role.</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>A&amp;ccounts</translation>
    </message>
    <message>
        <source>works here</source>
        <translation>works here</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>locked after failed sign-ins</source>
        <translation>locked after failed sign-ins</translation>
    </message>
    <message>
        <source>no password yet</source>
        <translation>no password yet</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>Deac&amp;tivate</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>Ac&amp;tivate</translation>
    </message>
</context>
<context>
    <name>opora::ui::StaffForm</name>
    <message>
        <source>Member of staff</source>
        <translation>Member of staff</translation>
    </message>
    <message>
        <source>New member of staff</source>
        <translation>New member of staff</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(no department)</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>&amp;Patronymic</translation>
    </message>
    <message>
        <source>P&amp;osition</source>
        <translation>P&amp;osition</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
</context>
<context>
    <name>opora::ui::StatusChangeDialog</name>
    <message>
        <source>Change the status of case %1</source>
        <translation>Change the status of case %1</translation>
    </message>
    <message>
        <source>Re-open: %1</source>
        <translation>Re-open: %1</translation>
    </message>
    <message>
        <source>New &amp;status</source>
        <translation>New &amp;status</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <source>&amp;Reason for closing</source>
        <translation>&amp;Reason for closing</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
</context>
<context>
    <name>opora::ui::VolunteerCard</name>
    <message>
        <source>Not in the re&amp;gister</source>
        <translation>Not in the re&amp;gister</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>&amp;Mentor a case…</source>
        <translation>&amp;Mentor a case…</translation>
    </message>
    <message>
        <source>&amp;End the mentoring…</source>
        <translation>&amp;End the mentoring…</translation>
    </message>
    <message>
        <source>&amp;Log hours…</source>
        <translation>&amp;Log hours…</translation>
    </message>
    <message>
        <source>Remo&amp;ve the entry</source>
        <translation>Remo&amp;ve the entry</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Type a surname if the volunteer is in the register</source>
        <translation>Type a surname if the volunteer is in the register</translation>
    </message>
    <message>
        <source>&amp;Person of the register</source>
        <translation>&amp;Person of the register</translation>
    </message>
    <message>
        <source>S&amp;urname</source>
        <translation>S&amp;urname</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>S&amp;kills and interests</source>
        <translation>S&amp;kills and interests</translation>
    </message>
    <message>
        <source>Volunteer s&amp;ince</source>
        <translation>Volunteer s&amp;ince</translation>
    </message>
    <message>
        <source>Men&amp;toring</source>
        <translation>Men&amp;toring</translation>
    </message>
    <message>
        <source>H&amp;ours</source>
        <translation>H&amp;ours</translation>
    </message>
    <message>
        <source>Volunteer — %1</source>
        <translation>Volunteer — %1</translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation>New volunteer</translation>
    </message>
    <message>
        <source>still mentoring</source>
        <translation>still mentoring</translation>
    </message>
    <message>
        <source>In all: %1 h</source>
        <translation>In all: %1 h</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>Bring &amp;back</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>Save the volunteer first</source>
        <translation>Save the volunteer first</translation>
    </message>
    <message>
        <source>Someone else changed this volunteer after you opened the card. What you typed is still here: copy what you need, close the card and open it again.</source>
        <translation>Someone else changed this volunteer after you opened the card. What you typed is still here: copy what you need, close the card and open it again.</translation>
    </message>
    <message>
        <source>Archive this volunteer? Their mentoring and hours stay in the records and in the indicators.</source>
        <translation>Archive this volunteer? Their mentoring and hours stay in the records and in the indicators.</translation>
    </message>
    <message>
        <source>Remove the entry of %1 h on %2? Use this for an entry made in error.</source>
        <translation>Remove the entry of %1 h on %2? Use this for an entry made in error.</translation>
    </message>
</context>
<context>
    <name>opora::ui::VolunteersModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <source>Cases mentored</source>
        <translation>Cases mentored</translation>
    </message>
</context>
<context>
    <name>opora::ui::VolunteersPage</name>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Name, phone or skills</source>
        <translation>Name, phone or skills</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Show &amp;archived</translation>
    </message>
    <message>
        <source>&amp;New volunteer…</source>
        <translation>&amp;New volunteer…</translation>
    </message>
</context>
</TS>
