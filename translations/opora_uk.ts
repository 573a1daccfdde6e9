<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>main</name>
    <message>
        <source>Opora: case management for a social-service centre</source>
        <translation>Опора: облік випадків соціального супроводу в центрі соціальних послуг</translation>
    </message>
    <message>
        <source>Open the database at PATH.</source>
        <translation>Відкрити базу даних за шляхом PATH.</translation>
    </message>
    <message>
        <source>Open a fresh demo database with fictional data (nothing done in it touches the real database).</source>
        <translation>Відкрити нову демонстраційну базу з вигаданими даними (ніщо в ній не зачіпає робочу базу).</translation>
    </message>
</context>
<context>
    <name>opora::Accounts</name>
    <message>
        <source>The password library could not start.</source>
        <translation>Не вдалося запустити бібліотеку паролів.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>Недостатньо пам&apos;яті, щоб захистити пароль.</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>адміністратор</translation>
    </message>
    <message>
        <source>head of department</source>
        <translation>завідувач відділення</translation>
    </message>
    <message>
        <source>specialist</source>
        <translation>фахівець</translation>
    </message>
    <message>
        <source>psychologist</source>
        <translation>психолог</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>керівник</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>тренер</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Пароль має містити щонайменше 8 знаків.</translation>
    </message>
    <message>
        <source>The administrator already has a password. Sign in to change it.</source>
        <translation>Адміністратор уже має пароль. Увійдіть, щоб змінити його.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong, or the account is locked for a while after failed attempts.</source>
        <translation>Неправильне ім&apos;я користувача або пароль, або обліковий запис тимчасово заблоковано після невдалих спроб.</translation>
    </message>
    <message>
        <source>A trainer&apos;s account opens demo databases only. Ask the administrator for another role to work with this database.</source>
        <translation>Обліковий запис тренера відкриває лише демонстраційні бази. Щоб працювати з цією базою, попросіть адміністратора дати іншу роль.</translation>
    </message>
</context>
<context>
    <name>opora::AttendanceExchange</name>
    <message>
        <source>Event</source>
        <translation>Захід</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Дата заходу</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Відвідування</translation>
    </message>
    <message>
        <source>Several events %1 on that date: add the start time.</source>
        <translation>Цього дня кілька заходів «%1»: додайте час початку.</translation>
    </message>
    <message>
        <source>There is no event %1 on that date: import the events first.</source>
        <translation>Цього дня немає заходу «%1»: спочатку імпортуйте заходи.</translation>
    </message>
    <message>
        <source>Attendance: write present, excused or absent (был, уважительная, не был / був, з поважної причини, відсутній).</source>
        <translation>Відвідування: напишіть був, з поважної причини або відсутній (або present, excused, absent).</translation>
    </message>
</context>
<context>
    <name>opora::AuditChain</name>
    <message>
        <source>Entry %1 has no seal: it was written or changed outside Opora.</source>
        <translation>Запис %1 не запечатано: його записали або змінили в обхід «Опори».</translation>
    </message>
    <message>
        <source>The key that seals this audit trail is not on this computer: it can be checked only where the database is used.</source>
        <translation>Ключа, яким запечатано журнал аудиту, немає на цьому комп&apos;ютері: перевірити журнал можна лише там, де працюють з базою.</translation>
    </message>
    <message>
        <source>Entry %1 does not fit the chain: it or an entry before it was changed, removed or moved outside Opora.</source>
        <translation>Запис %1 випадає з ланцюжка: його або запис перед ним змінено, видалено чи переставлено в обхід «Опори».</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n sealed entries.</source>
        <translation>
            <numerusform>Журнал аудиту цілий: %n запечатаний запис.</numerusform>
            <numerusform>Журнал аудиту цілий: %n запечатані записи.</numerusform>
            <numerusform>Журнал аудиту цілий: %n запечатаних записів.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opora::Backups</name>
    <message>
        <source>The backup could not be written to disk. Check the free space and try again.</source>
        <translation>Резервну копію не вдалося записати на диск. Перевірте вільне місце та спробуйте знову.</translation>
    </message>
    <message>
        <source>The backup could not be made. Check that the backup folder is writable and has free space. The database is unchanged.</source>
        <translation>Не вдалося зробити резервну копію. Перевірте, що до теки копій можна писати і на диску є місце. Базу не змінено.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file for the backup.</source>
        <translation>%1 вже існує. Оберіть інший файл для копії.</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>Файлу резервної копії %1 не існує.</translation>
    </message>
    <message>
        <source>The backup could not be copied. Nothing was changed.</source>
        <translation>Резервну копію не вдалося скопіювати. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The backup could not be put in place. The previous database is kept in %1.</source>
        <translation>Резервну копію не вдалося поставити на місце. Попередню базу збережено в %1.</translation>
    </message>
</context>
<context>
    <name>opora::CaseExchange</name>
    <message>
        <source>Case number</source>
        <translation>Номер випадку</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Дата відкриття</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Дата закриття</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Причина закриття</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Responsible specialist</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Відділ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>The family %1 is not in the register: import families first.</source>
        <translation>Родини «%1» немає в реєстрі: спочатку імпортуйте родини.</translation>
    </message>
    <message>
        <source>Status: write new, assessment, active, review or closed.</source>
        <translation>Статус: напишіть новий, оцінка, супровід, перегляд або закрито (або new, assessment, active, review, closed).</translation>
    </message>
    <message>
        <source>Outcome: write improved, partly_improved, unchanged, worsened or not_assessed.</source>
        <translation>Результат: напишіть покращення, часткове покращення, без змін, погіршення або не оцінювалося.</translation>
    </message>
</context>
<context>
    <name>opora::CaseNoteExchange</name>
    <message>
        <source>Case number</source>
        <translation>Номер випадку</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Kind: write general or psychologist (общая or психолог).</source>
        <translation>Вид: напишіть «загальна» або «психолог».</translation>
    </message>
</context>
<context>
    <name>opora::CaseRepository</name>
    <message>
        <source>Choose the person or the family the case is about.</source>
        <translation>Оберіть особу або сім&apos;ю, якої стосується випадок.</translation>
    </message>
    <message>
        <source>Enter the opening date.</source>
        <translation>Зазначте дату відкриття.</translation>
    </message>
    <message>
        <source>The opening date is in the future.</source>
        <translation>Дата відкриття ще не настала.</translation>
    </message>
    <message>
        <source>The closing date is before the opening date.</source>
        <translation>Дата закриття раніша за дату відкриття.</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Оберіть статус.</translation>
    </message>
    <message>
        <source>Enter the closing date.</source>
        <translation>Зазначте дату закриття.</translation>
    </message>
    <message>
        <source>Choose the reason for closing the case.</source>
        <translation>Оберіть причину закриття випадку.</translation>
    </message>
    <message>
        <source>Choose the outcome of the support.</source>
        <translation>Оберіть результат супроводу.</translation>
    </message>
    <message>
        <source>This case is no longer in the register.</source>
        <translation>Цього випадку більше немає в реєстрі.</translation>
    </message>
    <message>
        <source>A case cannot move from this status to the chosen one.</source>
        <translation>З цього статусу випадок не можна перевести в обраний.</translation>
    </message>
    <message>
        <source>Enter the date of the change; it cannot be in the future.</source>
        <translation>Зазначте дату зміни; вона не може бути в майбутньому.</translation>
    </message>
    <message>
        <source>The date of the change is before the case was opened.</source>
        <translation>Дата зміни раніша за відкриття випадку.</translation>
    </message>
    <message>
        <source>Write the note&apos;s text.</source>
        <translation>Напишіть текст запису.</translation>
    </message>
    <message>
        <source>Enter the note&apos;s date; it cannot be in the future.</source>
        <translation>Зазначте дату запису; вона не може бути в майбутньому.</translation>
    </message>
    <message>
        <source>Choose the kind of note.</source>
        <translation>Оберіть вид запису.</translation>
    </message>
    <message>
        <source>A specialist writes general notes; a psychologist&apos;s note is written by a psychologist.</source>
        <translation>Фахівець пише загальні нотатки; нотатку психолога пише психолог.</translation>
    </message>
    <message>
        <source>A case number is written as YYYY-NNNN, e.g. 2024-0042.</source>
        <translation>Номер випадку пишеться як РРРР-NNNN, наприклад 2024-0042.</translation>
    </message>
    <message>
        <source>Another case has this number.</source>
        <translation>Цей номер уже має інший випадок.</translation>
    </message>
</context>
<context>
    <name>opora::CentreDetails</name>
    <message>
        <source>The centre&apos;s name is too long.</source>
        <translation>Назва центру задовга.</translation>
    </message>
    <message>
        <source>The logo is too large: choose a smaller picture.</source>
        <translation>Логотип завеликий: виберіть менше зображення.</translation>
    </message>
</context>
<context>
    <name>opora::CliCommands</name>
    <message>
        <source>The profile must be ru or ua.</source>
        <translation>Профіль має бути ru або ua.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Створено базу %1</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Усі перевірки пройдено.</translation>
    </message>
    <message>
        <source>create an empty database: init --profile ru|ua</source>
        <translation>створити порожню базу: init --profile ru|ua</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity, references and schema</source>
        <translation>перевірити цілісність бази, посилання та схему</translation>
    </message>
    <message>
        <source>count the records of each kind: stats [--json]</source>
        <translation>порахувати записи кожного виду: stats [--json]</translation>
    </message>
    <message>
        <source>The size must be a whole number from 1 to 1000.</source>
        <translation>Розмір має бути цілим числом від 1 до 1000.</translation>
    </message>
    <message>
        <source>The seed must be a whole number.</source>
        <translation>Початкове число (seed) має бути цілим.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file for the demo database.</source>
        <translation>%1 вже існує. Оберіть новий файл для демонстраційної бази.</translation>
    </message>
    <message>
        <source>Created the demo database %1</source>
        <translation>Створено демонстраційну базу %1</translation>
    </message>
    <message>
        <source>The search text is too long (at most %1 characters).</source>
        <translation>Задовгий текст пошуку (не більше %1 знаків).</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Нічого не знайдено.</translation>
    </message>
    <message>
        <source>create a fictional demo database: demo [--profile ru|ua] [--size N] [--seed S]</source>
        <translation>створити демонстраційну базу з вигаданими даними: demo [--profile ru|ua] [--size N] [--seed S]</translation>
    </message>
    <message>
        <source>find people and cases: search TEXT [--json] [--archived] [--limit N]</source>
        <translation>знайти людей і випадки: search ТЕКСТ [--json] [--archived] [--limit N]</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Копія: %1</translation>
    </message>
    <message>
        <source>Made: %1 UTC</source>
        <translation>Зроблено: %1 UTC</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Версія схеми: %1</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Базу %1 відновлено.</translation>
    </message>
    <message>
        <source>The previous database was kept in %1.</source>
        <translation>Попередню базу збережено в %1.</translation>
    </message>
    <message>
        <source>make a checked backup now: backup [--to FILE] (default: the backups folder, rotated)</source>
        <translation>зробити перевірену резервну копію: backup [--to ФАЙЛ] (типово — до теки копій, з ротацією)</translation>
    </message>
    <message>
        <source>replace the database with a backup, keeping the current one: restore FILE</source>
        <translation>замінити базу резервною копією, зберігши поточну: restore ФАЙЛ</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Рядок %1: %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was stored.</source>
        <translation>Пробний прогін: нічого не збережено.</translation>
    </message>
    <message>
        <source>Nothing was stored: correct the rows above, or import the good rows with --skip-invalid.</source>
        <translation>Нічого не збережено: виправте рядки вище або завантажте правильні рядки з --skip-invalid.</translation>
    </message>
    <message>
        <source>The rows with problems are in %1.</source>
        <translation>Рядки з помилками записано до %1.</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>Вивантажено рядків: %1, файл %2.</translation>
    </message>
    <message>
        <source>The audit command knows: audit verify</source>
        <translation>Команда audit знає: audit verify</translation>
    </message>
    <message>
        <source>check that the audit trail was not changed outside Opora: audit verify</source>
        <translation>перевірити, що журнал аудиту не змінювали в обхід «Опори»: audit verify</translation>
    </message>
    <message>
        <source>There are no projects in this database.</source>
        <translation>У цій базі немає проєктів.</translation>
    </message>
    <message>
        <source>--project needs the project&apos;s number (see opora-cli projects).</source>
        <translation>Для --project потрібен номер проєкту (див. opora-cli projects).</translation>
    </message>
    <message>
        <source>The date must be written as YYYY-MM-DD.</source>
        <translation>Дату потрібно записати як РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>станом на %1</translation>
    </message>
    <message>
        <source>list the projects: projects [--json] [--archived]</source>
        <translation>показати проєкти: projects [--json] [--archived]</translation>
    </message>
    <message>
        <source>plan against fact of a project&apos;s indicators: indicators --project ID [--as-of YYYY-MM-DD] [--json]</source>
        <translation>план і факт показників проєкту: indicators --project ID [--as-of РРРР-ММ-ДД] [--json]</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не вдалося записати %1.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Записано файл %1</translation>
    </message>
    <message>
        <source>The language must be ru, uk or en.</source>
        <translation>Мова має бути ru, uk або en.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Випадку %1 немає.</translation>
    </message>
    <message>
        <source>--event needs the event&apos;s number.</source>
        <translation>Для --event потрібен номер заходу.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Період закінчується раніше, ніж починається.</translation>
    </message>
    <message>
        <source>Unknown kind: %1. This version imports and exports: %2.</source>
        <translation>Невідомий вид: %1. Ця версія імпортує та вивантажує: %2.</translation>
    </message>
    <message>
        <source>Rows: %1, new and correct: %2, already stored: %3, with problems: %4, imported: %5.</source>
        <translation>Рядків: %1, нових і правильних: %2, уже є: %3, з помилками: %4, імпортовано: %5.</translation>
    </message>
    <message>
        <source>Give the person&apos;s number (as opora-cli search shows it).</source>
        <translation>Вкажіть номер людини (як його показує opora-cli search).</translation>
    </message>
    <message>
        <source>Everything held about person %1 is in %2.</source>
        <translation>Усі дані про людину %1 записано в %2.</translation>
    </message>
    <message>
        <source>write everything held about one person as JSON: personal-data PERSON_ID FILE</source>
        <translation>записати всі дані про одну людину в JSON: personal-data НОМЕР ФАЙЛ</translation>
    </message>
    <message>
        <source>--person needs the person&apos;s number (see opora-cli search).</source>
        <translation>Для --person потрібен номер людини (див. opora-cli search).</translation>
    </message>
    <message>
        <source>Unknown report: %1. Known: roundtable, case, plan, attendance, period, personal.</source>
        <translation>Невідомий звіт: %1. Відомі: roundtable, case, plan, attendance, period, personal.</translation>
    </message>
    <message>
        <source>write a document as PDF: report roundtable --project ID | case --case NUMBER | plan --case NUMBER | attendance --event ID | period --from YYYY-MM-DD --to YYYY-MM-DD | personal --person ID, then --pdf FILE [--lang ru|uk|en]</source>
        <translation>записати документ у PDF: report roundtable --project ID | case --case НОМЕР | plan --case НОМЕР | attendance --event ID | period --from РРРР-ММ-ДД --to РРРР-ММ-ДД | personal --person ID, потім --pdf ФАЙЛ [--lang ru|uk|en]</translation>
    </message>
    <message>
        <source>The retention period is from %1 to %2 years.</source>
        <translation>Строк зберігання — від %1 до %2 років.</translation>
    </message>
    <message>
        <source>Anonymised (support ended before %1): %2 people, %3 families, %4 cases.</source>
        <translation>Знеособлено (супровід закінчився до %1): людей — %2, родин — %3, випадків — %4.</translation>
    </message>
    <message>
        <source>Support ended before %1: %2 people, %3 families and %4 cases would be anonymised. Run with --apply to do it.</source>
        <translation>Супровід закінчився до %1: буде знеособлено людей — %2, родин — %3, випадків — %4. Щоб зробити це, запустіть з --apply.</translation>
    </message>
    <message>
        <source>anonymise people whose support ended longer ago than the retention period: retention [--years N] [--apply]</source>
        <translation>знеособити людей, супровід яких закінчився раніше строку зберігання: retention [--years N] [--apply]</translation>
    </message>
    <message>
        <source>import a CSV file: import %1 FILE [--dry-run] [--skip-invalid] [--rejected FILE]</source>
        <translation>імпорт CSV-файлу: import %1 ФАЙЛ [--dry-run] [--skip-invalid] [--rejected ФАЙЛ]</translation>
    </message>
    <message>
        <source>export as CSV: export %1 FILE</source>
        <translation>вивантаження в CSV: export %1 ФАЙЛ</translation>
    </message>
</context>
<context>
    <name>opora::CliMain</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Параметру %1 потрібне значення.</translation>
    </message>
    <message>
        <source>Usage: opora-cli [--db PATH] [--user NAME] COMMAND [OPTIONS]</source>
        <translation>Використання: opora-cli [--db ШЛЯХ] [--user ІМ&apos;Я] КОМАНДА [ПАРАМЕТРИ]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команди:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error.</source>
        <translation>Коди завершення: 0 — успіх, 1 — помилка, 2 — неправильний виклик.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Невідома команда: %1</translation>
    </message>
    <message>
        <source>(see opora-cli --help)</source>
        <translation>(див. opora-cli --help)</translation>
    </message>
</context>
<context>
    <name>opora::CliOptions</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Параметру --%1 потрібне значення.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Невідомий параметр: %1</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>Бракує аргументу.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Зайвий аргумент: %1</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>Параметр --%1 обов&apos;язковий.</translation>
    </message>
    <message>
        <source>The option --%1 needs a whole number.</source>
        <translation>Параметру --%1 потрібне ціле число.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>--user needs the password: type it when asked, or put it in the environment variable OPORA_PASSWORD.</source>
        <translation>Для --user потрібен пароль: введіть його на запит або задайте у змінній середовища OPORA_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>opora::ConflictError</name>
    <message>
        <source>Someone else changed this record after you opened it. Review their changes before saving yours.</source>
        <translation>Хтось інший змінив цей запис після того, як ви його відкрили. Перегляньте його зміни, перш ніж зберігати свої.</translation>
    </message>
</context>
<context>
    <name>opora::ConsentExchange</name>
    <message>
        <source>Given</source>
        <translation>Дата згоди</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Підписав</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Обсяг</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Відкликано</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given.</source>
        <translation>Згоду не можна відкликати раніше, ніж її надано.</translation>
    </message>
</context>
<context>
    <name>opora::ConsentRepository</name>
    <message>
        <source>Enter the date the consent was given; it cannot be in the future.</source>
        <translation>Зазначте дату згоди; вона не може бути в майбутньому.</translation>
    </message>
    <message>
        <source>Enter who signed the consent (for a minor: the legal representative).</source>
        <translation>Зазначте, хто підписав згоду (за неповнолітнього — законний представник).</translation>
    </message>
    <message>
        <source>Enter what the consent covers.</source>
        <translation>Зазначте, на що надано згоду.</translation>
    </message>
    <message>
        <source>Enter the date of withdrawal; it cannot be in the future.</source>
        <translation>Зазначте дату відкликання; вона не може бути в майбутньому.</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given.</source>
        <translation>Згоду не можна відкликати раніше, ніж її надано.</translation>
    </message>
</context>
<context>
    <name>opora::CsvHeaderMapper</name>
    <message>
        <source>The columns %1 and %2 both mean %3. Keep only one of them.</source>
        <translation>Стовпці %1 і %2 обидва означають «%3». Залиште лише один.</translation>
    </message>
    <message>
        <source>The column %1 is missing. Its heading can be any of: %2.</source>
        <translation>Бракує стовпця %1. Його заголовок може бути будь-яким із: %2.</translation>
    </message>
    <message>
        <source>The column %1 is not known and will be ignored.</source>
        <translation>Стовпець %1 невідомий і буде пропущений.</translation>
    </message>
    <message>
        <source>Line %1 has more cells than there are headings. Perhaps a value contains a semicolon or a comma and is not in quotation marks.</source>
        <translation>У рядку %1 більше клітинок, ніж заголовків. Можливо, значення містить крапку з комою або кому і не взяте в лапки.</translation>
    </message>
</context>
<context>
    <name>opora::CsvReader</name>
    <message>
        <source>This is an Excel workbook (.xlsx) or another packed file, not a CSV file. Open it in the spreadsheet program and save it as &quot;CSV UTF-8&quot;.</source>
        <translation>Це книга Excel (.xlsx) або інший запакований файл, а не CSV. Відкрийте його в табличній програмі та збережіть як «CSV UTF-8».</translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls), not a CSV file. Open it in the spreadsheet program and save it as &quot;CSV UTF-8&quot;.</source>
        <translation>Це стара книга Excel (.xls), а не CSV. Відкрийте її в табличній програмі та збережіть як «CSV UTF-8».</translation>
    </message>
    <message>
        <source>The file is damaged: its text is not in a readable encoding. Save it again from the spreadsheet program as &quot;CSV UTF-8&quot;.</source>
        <translation>Файл пошкоджено: текст у нечитабельному кодуванні. Збережіть його знову з табличної програми як «CSV UTF-8».</translation>
    </message>
    <message>
        <source>This is not a text file. Choose a CSV file saved from a spreadsheet program.</source>
        <translation>Це не текстовий файл. Оберіть CSV-файл, збережений з табличної програми.</translation>
    </message>
    <message>
        <source>Line %1: a cell starts with a quotation mark (&quot;) that is never closed. A quotation mark inside a quoted cell must be doubled (&quot;&quot;).</source>
        <translation>Рядок %1: клітинка починається з лапки (&quot;), яку не закрито. Лапку всередині клітинки в лапках треба подвоїти (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: there is text after the closing quotation mark of a cell. Put the whole cell in quotation marks and double every quotation mark inside it (&quot;&quot;).</source>
        <translation>Рядок %1: після закривної лапки клітинки є текст. Візьміть усю клітинку в лапки й подвойте кожну лапку всередині неї (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The file is empty: it has no heading line and no data.</source>
        <translation>Файл порожній: у ньому немає ні рядка заголовків, ні даних.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be opened: %2</source>
        <translation>Не вдалося відкрити файл «%1»: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too large to be a table (more than %2 MB).</source>
        <translation>Файл «%1» завеликий для таблиці (понад %2 МБ).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read: %2</source>
        <translation>Не вдалося прочитати файл «%1»: %2</translation>
    </message>
</context>
<context>
    <name>opora::CsvValues</name>
    <message>
        <source>The value is empty.</source>
        <translation>Значення порожнє.</translation>
    </message>
    <message>
        <source>%1 has both a comma and a dot. Use one of them for the decimal part and spaces between thousands, like 1 234,5.</source>
        <translation>У «%1» є і кома, і крапка. Використовуйте одну з них для дробової частини та пробіли між тисячами, наприклад 1 234,5.</translation>
    </message>
    <message>
        <source>%1 is written in exponent form, in which digits are lost. In the spreadsheet, format the column as numbers and save the file again.</source>
        <translation>«%1» записано в експоненційній формі, у якій губляться цифри. У таблиці задайте стовпцю числовий формат і збережіть файл знову.</translation>
    </message>
    <message>
        <source>%1 has too many digits to be stored exactly.</source>
        <translation>У «%1» забагато цифр, щоб зберегти його точно.</translation>
    </message>
    <message>
        <source>%1 is not a number. Write numbers like 1234,5 or 1 234.5.</source>
        <translation>«%1» — не число. Пишіть числа так: 1234,5 або 1 234.5.</translation>
    </message>
    <message>
        <source>%1 has a two-digit year. Write the year with four digits, like 25.03.2024.</source>
        <translation>У «%1» рік із двох цифр. Пишіть рік чотирма цифрами, наприклад 25.03.2024.</translation>
    </message>
    <message>
        <source>%1 is not a date. Write dates like 25.03.2024 or 2024-03-25.</source>
        <translation>«%1» — не дата. Пишіть дати так: 25.03.2024 або 2024-03-25.</translation>
    </message>
    <message>
        <source>%1 is not a real date: check the day and the month.</source>
        <translation>«%1» — неіснуюча дата: перевірте день і місяць.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>«%1» — не ціле число.</translation>
    </message>
    <message>
        <source>%1 could mean thousands or decimals. Write the number without the comma or dot, like 1000 or 1 000.</source>
        <translation>«%1» можна зрозуміти як тисячі або як дріб. Напишіть число без коми й крапки, наприклад 1000 або 1 000.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>«%1» завелике.</translation>
    </message>
    <message>
        <source>%1 is not yes or no. Write yes or no (да or нет, так or ні, 1 or 0).</source>
        <translation>«%1» — не «так» і не «ні». Пишіть так або ні (yes/no, да/нет, 1/0).</translation>
    </message>
</context>
<context>
    <name>opora::CsvWriter</name>
    <message>
        <source>The file &quot;%1&quot; could not be saved: %2</source>
        <translation>Не вдалося зберегти файл «%1»: %2</translation>
    </message>
</context>
<context>
    <name>opora::Database</name>
    <message>
        <source>The file %1 already exists. Choose another name for the new database.</source>
        <translation>Файл %1 вже існує. Оберіть інше ім&apos;я для нової бази.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не вдається створити теку %1.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Файлу бази %1 не існує.</translation>
    </message>
    <message>
        <source>%1 is not an Opora database: it is not a database file at all. The file was not changed.</source>
        <translation>%1 — не база «Опори»: це взагалі не файл бази даних. Файл не змінено.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Opora. The file was not changed.</source>
        <translation>%1 — база іншої програми, не «Опори». Файл не змінено.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Opora. Install that version to open it. The file was not changed.</source>
        <translation>%1 створено новішою версією «Опори». Встановіть цю версію, щоб відкрити його. Файл не змінено.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged. It was not changed; restore the newest good backup.</source>
        <translation>Файл бази %1 пошкоджено. Його не змінено; відновіть останню справну резервну копію.</translation>
    </message>
    <message>
        <source>%1 was made by an older version of Opora and must be updated, which cannot be done while it is read-only.</source>
        <translation>%1 створено старою версією «Опори», і його треба оновити, а це неможливо, поки він лише для читання.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened.</source>
        <translation>Не вдається відкрити файл бази %1.</translation>
    </message>
    <message>
        <source>The program is incomplete: a schema update is missing.</source>
        <translation>Програма пошкоджена: бракує оновлення схеми.</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Цілісність: %1</translation>
    </message>
    <message>
        <source>Broken reference: table %1, row %2 refers to a missing row in %3</source>
        <translation>Порушено посилання: таблиця %1, рядок %2 посилається на відсутній рядок у %3</translation>
    </message>
    <message>
        <source>The file is not marked as an Opora database.</source>
        <translation>Файл не позначено як базу «Опори».</translation>
    </message>
    <message>
        <source>Schema version %1, expected %2.</source>
        <translation>Версія схеми %1, очікувалася %2.</translation>
    </message>
    <message>
        <source>The table %1 is missing.</source>
        <translation>Бракує таблиці %1.</translation>
    </message>
    <message>
        <source>The program is incomplete: the region profile is missing.</source>
        <translation>Програма пошкоджена: немає профілю регіону.</translation>
    </message>
    <message>
        <source>The change could not be saved: a part of it failed.</source>
        <translation>Зміну не збережено: одна з її частин не вдалася.</translation>
    </message>
</context>
<context>
    <name>opora::EventExchange</name>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Відділ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Жінки</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Чоловіки</translation>
    </message>
    <message>
        <source>Teenagers</source>
        <translation>Підлітки</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Діти</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Батьки</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>Фахівці</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Волонтери</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Інші</translation>
    </message>
    <message>
        <source>Type: write class, parents_school, training, seminar, round_table, club, webinar, outreach or other (занятие, школа родителей, тренинг… / заняття, школа батьків, тренінг…).</source>
        <translation>Вид: напишіть заняття, школа батьків, тренінг, семінар, круглий стіл, клуб, вебінар, виїзд або інше (або class, parents_school…).</translation>
    </message>
    <message>
        <source>Status: write planned, held or cancelled (проведено, отменено… / відбулося, скасовано…).</source>
        <translation>Статус: напишіть заплановано, відбулося або скасовано (або planned, held, cancelled).</translation>
    </message>
    <message>
        <source>%1: a whole number of people.</source>
        <translation>%1: потрібне ціле число людей.</translation>
    </message>
</context>
<context>
    <name>opora::EventRepository</name>
    <message>
        <source>Choose the kind of event.</source>
        <translation>Оберіть вид заходу.</translation>
    </message>
    <message>
        <source>Enter the title of the event.</source>
        <translation>Зазначте назву заходу.</translation>
    </message>
    <message>
        <source>Enter the date of the event.</source>
        <translation>Зазначте дату заходу.</translation>
    </message>
    <message>
        <source>Choose the status.</source>
        <translation>Оберіть статус.</translation>
    </message>
    <message>
        <source>An event in the future cannot have been held yet.</source>
        <translation>Захід у майбутньому ще не міг відбутися.</translation>
    </message>
    <message>
        <source>Write the time as hours and minutes, like 14:30.</source>
        <translation>Зазначте час у годинах і хвилинах, наприклад 14:30.</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>Захід закінчується раніше, ніж починається.</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>Цього заходу більше немає.</translation>
    </message>
    <message>
        <source>A series has from 1 to 104 events.</source>
        <translation>У циклі може бути від 1 до 104 заходів.</translation>
    </message>
    <message>
        <source>Events of a series are from 1 to 366 days apart.</source>
        <translation>Заходи циклу йдуть з проміжком від 1 до 366 днів.</translation>
    </message>
    <message>
        <source>Mark the participant present, excused or absent.</source>
        <translation>Позначте учасника: був присутній, відсутній з поважної причини чи не прийшов.</translation>
    </message>
    <message>
        <source>Choose the participant from the register.</source>
        <translation>Оберіть учасника з реєстру.</translation>
    </message>
    <message>
        <source>Unknown audience group.</source>
        <translation>Невідома група учасників.</translation>
    </message>
    <message>
        <source>A headcount is a whole number from 0 to 100 000.</source>
        <translation>Кількість учасників — ціле число від 0 до 100 000.</translation>
    </message>
</context>
<context>
    <name>opora::ExchangeIndex</name>
    <message>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Several people in the register are called %1: add the birth date.</source>
        <translation>У реєстрі кілька людей з ім&apos;ям «%1»: додайте дату народження.</translation>
    </message>
    <message>
        <source>%1 is not in the register: import or add the person first.</source>
        <translation>У реєстрі немає людини «%1»: спочатку імпортуйте або додайте її.</translation>
    </message>
    <message>
        <source>Two members of staff are called %1: write the full name.</source>
        <translation>Серед працівників двоє з ім&apos;ям «%1»: напишіть повне ПІБ.</translation>
    </message>
    <message>
        <source>%1 is not among the staff (Tools → Staff and accounts).</source>
        <translation>Серед працівників немає «%1» (Сервіс → Працівники та облікові записи).</translation>
    </message>
    <message>
        <source>There is no department %1.</source>
        <translation>Відділу «%1» немає.</translation>
    </message>
    <message>
        <source>There is no reason for closing called %1.</source>
        <translation>Причини закриття «%1» немає.</translation>
    </message>
    <message>
        <source>Several people in the register are called %1: add the patronymic.</source>
        <translation>У реєстрі кілька людей з ім&apos;ям «%1»: додайте по батькові.</translation>
    </message>
    <message>
        <source>There is no project %1.</source>
        <translation>Проєкту «%1» немає.</translation>
    </message>
    <message>
        <source>Two projects are called %1: rename one of them first.</source>
        <translation>Два проєкти мають назву «%1»: спершу перейменуйте один із них.</translation>
    </message>
    <message>
        <source>There is no case %1: import the cases first.</source>
        <translation>Випадку %1 немає: спершу імпортуйте випадки.</translation>
    </message>
</context>
<context>
    <name>opora::HouseholdExchange</name>
    <message>
        <source>Family</source>
        <translation>Родина</translation>
    </message>
    <message>
        <source>Family address</source>
        <translation>Адреса родини</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Спорідненість</translation>
    </message>
    <message>
        <source>Relation: write mother, father, child, grandparent, guardian, partner or other (мать, отец, ребёнок… or мати, батько, дитина…).</source>
        <translation>Спорідненість: напишіть мати, батько, дитина, бабуся, опікун, партнер або інше (або mother, father, child…).</translation>
    </message>
</context>
<context>
    <name>opora::HouseholdRepository</name>
    <message>
        <source>Enter the family&apos;s name.</source>
        <translation>Зазначте назву сім&apos;ї.</translation>
    </message>
    <message>
        <source>Choose each member&apos;s relation in the family.</source>
        <translation>Зазначте спорідненість кожного члена сім&apos;ї.</translation>
    </message>
    <message>
        <source>A person is listed twice in the family.</source>
        <translation>Одну й ту саму особу зазначено в сім&apos;ї двічі.</translation>
    </message>
    <message>
        <source>This family is no longer in the register.</source>
        <translation>Цієї сім&apos;ї більше немає в реєстрі.</translation>
    </message>
</context>
<context>
    <name>opora::IndicatorEngine</name>
    <message>
        <source>achieved</source>
        <translation>виконано</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>за графіком</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>відстає</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>без плану</translation>
    </message>
</context>
<context>
    <name>opora::MentoringExchange</name>
    <message>
        <source>Case number</source>
        <translation>Номер випадку</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>The mentoring cannot end before it starts.</source>
        <translation>Наставництво не може закінчитися раніше, ніж почалося.</translation>
    </message>
</context>
<context>
    <name>opora::PeopleExchange</name>
    <message>
        <source>Birth date</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категорії</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Sex: write f or m (ж or м, жін or чол).</source>
        <translation>Стать: напишіть жін або чол (f або m).</translation>
    </message>
    <message>
        <source>Unknown category: %1</source>
        <translation>Невідома категорія: %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>opora::Permissions</name>
    <message>
        <source>Your role may not open the records of people and cases.</source>
        <translation>Ваша роль не дозволяє відкривати записи про людей і випадки.</translation>
    </message>
    <message>
        <source>Your role may look at records but not change them.</source>
        <translation>Ваша роль дозволяє переглядати записи, але не змінювати їх.</translation>
    </message>
    <message>
        <source>Only an administrator or a head of department may change projects and their indicators.</source>
        <translation>Змінювати проєкти та їхні показники може лише адміністратор або завідувач відділу.</translation>
    </message>
    <message>
        <source>Your role may not see reports.</source>
        <translation>Ваша роль не дозволяє бачити звіти.</translation>
    </message>
    <message>
        <source>Exporting or printing documents that name people needs the permission of an administrator or a head of department.</source>
        <translation>Вивантаження та друк документів з іменами людей доступні лише адміністратору та завідувачу відділу.</translation>
    </message>
    <message>
        <source>Only an administrator may manage accounts and roles.</source>
        <translation>Керувати обліковими записами та ролями може лише адміністратор.</translation>
    </message>
    <message>
        <source>Only an administrator may change staff, departments, reference lists and the service catalogue.</source>
        <translation>Змінювати працівників, відділи, довідники та перелік послуг може лише адміністратор.</translation>
    </message>
    <message>
        <source>Only an administrator may read the audit trail.</source>
        <translation>Журнал аудиту може читати лише адміністратор.</translation>
    </message>
    <message>
        <source>This case belongs to another department. Ask its head or the administrator if you need to work on it.</source>
        <translation>Цей випадок веде інший відділ. Якщо вам потрібно з ним працювати, зверніться до завідувача або адміністратора.</translation>
    </message>
    <message>
        <source>Your role may not print documents that name people.</source>
        <translation>Ваша роль не дозволяє друкувати документи з іменами людей.</translation>
    </message>
</context>
<context>
    <name>opora::PersonRepository</name>
    <message>
        <source>Enter the surname.</source>
        <translation>Зазначте прізвище.</translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation>Зазначте ім&apos;я.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>Дата народження ще не настала.</translation>
    </message>
    <message>
        <source>The birth date is too far in the past.</source>
        <translation>Дата народження надто давня.</translation>
    </message>
    <message>
        <source>Choose female or male, or leave the sex empty.</source>
        <translation>Оберіть жіночу чи чоловічу стать або залиште поле порожнім.</translation>
    </message>
    <message>
        <source>The phone number has too few digits.</source>
        <translation>У номері телефону замало цифр.</translation>
    </message>
    <message>
        <source>A name may have at most 200 characters.</source>
        <translation>Ім&apos;я може містити не більше 200 знаків.</translation>
    </message>
    <message>
        <source>This person is no longer in the register.</source>
        <translation>Цієї особи більше немає в реєстрі.</translation>
    </message>
</context>
<context>
    <name>opora::PersonalData</name>
    <message>
        <source>There is no person with this number.</source>
        <translation>Людини з таким номером немає.</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder or file name.</source>
        <translation>Не вдалося записати %1. Виберіть іншу теку або ім&apos;я файлу.</translation>
    </message>
</context>
<context>
    <name>opora::PlanRepository</name>
    <message>
        <source>Choose the case the plan belongs to.</source>
        <translation>Виберіть випадок, до якого належить план.</translation>
    </message>
    <message>
        <source>Choose the service from the catalogue.</source>
        <translation>Виберіть послугу з переліку.</translation>
    </message>
    <message>
        <source>The planned volume must be more than 0.</source>
        <translation>Плановий обсяг має бути більшим за 0.</translation>
    </message>
    <message>
        <source>Choose how often the service is given.</source>
        <translation>Виберіть, як часто надається послуга.</translation>
    </message>
    <message>
        <source>Enter the term of the service.</source>
        <translation>Зазначте строк надання послуги.</translation>
    </message>
    <message>
        <source>The term cannot end before it starts.</source>
        <translation>Строк не може закінчитися раніше, ніж почався.</translation>
    </message>
</context>
<context>
    <name>opora::ProjectExchange</name>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Грантодавець</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Договір</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Мета</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Цільові групи</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнери</translation>
    </message>
    <message>
        <source>Amount: a number, e.g. 1 250 000,00.</source>
        <translation>Сума: число, наприклад 1 250 000,00.</translation>
    </message>
    <message>
        <source>Status: write planned, active, completed or cancelled.</source>
        <translation>Стан: напишіть «запланований», «триває», «завершений» або «скасований».</translation>
    </message>
</context>
<context>
    <name>opora::ProjectRepository</name>
    <message>
        <source>This project no longer exists.</source>
        <translation>Цього проєкту більше немає.</translation>
    </message>
    <message>
        <source>Enter the project&apos;s name.</source>
        <translation>Введіть назву проєкту.</translation>
    </message>
    <message>
        <source>Enter the date the project starts.</source>
        <translation>Введіть дату початку проєкту.</translation>
    </message>
    <message>
        <source>Enter the date the project ends.</source>
        <translation>Введіть дату завершення проєкту.</translation>
    </message>
    <message>
        <source>The project cannot end before it starts.</source>
        <translation>Проєкт не може завершитися раніше, ніж почався.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Сума не може бути від’ємною.</translation>
    </message>
    <message>
        <source>Choose the currency of the amount.</source>
        <translation>Виберіть валюту суми.</translation>
    </message>
    <message>
        <source>Choose the project&apos;s status.</source>
        <translation>Виберіть статус проєкту.</translation>
    </message>
    <message>
        <source>Choose a person from the register.</source>
        <translation>Виберіть особу з реєстру.</translation>
    </message>
    <message>
        <source>Enter the date of enrolment.</source>
        <translation>Введіть дату включення до цільової групи.</translation>
    </message>
    <message>
        <source>The enrolment starts after the project has ended.</source>
        <translation>Включення починається після завершення проєкту.</translation>
    </message>
    <message>
        <source>The enrolment cannot end before it starts.</source>
        <translation>Участь не може завершитися раніше, ніж почалася.</translation>
    </message>
    <message>
        <source>This indicator no longer exists.</source>
        <translation>Цього показника більше немає.</translation>
    </message>
    <message>
        <source>Enter the indicator as the funder worded it.</source>
        <translation>Введіть показник так, як його сформулював грантодавець.</translation>
    </message>
    <message>
        <source>The planned value cannot be negative.</source>
        <translation>Планове значення не може бути від’ємним.</translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; does not apply to this way of counting.</source>
        <translation>Відбір «%1» не підходить до цього способу підрахунку.</translation>
    </message>
    <message>
        <source>Choose what is counted.</source>
        <translation>Виберіть, що рахувати.</translation>
    </message>
    <message>
        <source>Each part of the plan needs a period and a value of 0 or more.</source>
        <translation>Для кожної частини плану потрібні період і значення не менше 0.</translation>
    </message>
    <message>
        <source>This indicator is counted from the records: its values cannot be typed in.</source>
        <translation>Цей показник рахується за записами: його значення не можна ввести вручну.</translation>
    </message>
    <message>
        <source>Enter the date of the value.</source>
        <translation>Введіть дату значення.</translation>
    </message>
    <message>
        <source>Choose the team from the centre&apos;s staff.</source>
        <translation>Оберіть команду з працівників центру.</translation>
    </message>
    <message>
        <source>Each staff member is listed in the team once.</source>
        <translation>Кожен працівник входить до команди один раз.</translation>
    </message>
    <message>
        <source>The plan is split by period and its parts add up to %L1: change the parts together with the total.</source>
        <translation>План розбито за періодами, і їхня сума — %L1: змінюйте частини разом із загальним планом.</translation>
    </message>
    <message>
        <source>Each part of the plan lies within the project&apos;s period.</source>
        <translation>Кожна частина плану має бути в межах строку проєкту.</translation>
    </message>
    <message>
        <source>The parts of the plan must not overlap.</source>
        <translation>Частини плану не повинні перетинатися.</translation>
    </message>
    <message>
        <source>The parts of the plan add up to %L1, the plan for the whole project is %L2: make them agree.</source>
        <translation>Частини плану в сумі дають %L1, а план на весь проєкт — %L2: узгодьте їх.</translation>
    </message>
</context>
<context>
    <name>opora::Query</name>
    <message>
        <source>The database is busy in another Opora window. Try again in a moment.</source>
        <translation>База зайнята в іншому вікні «Опори». Спробуйте ще раз за хвилину.</translation>
    </message>
    <message>
        <source>The database is open read-only: changes cannot be saved.</source>
        <translation>Базу відкрито лише для читання: зміни не можна зберегти.</translation>
    </message>
    <message>
        <source>The change could not be written to disk. Check that the disk has free space, then try again. Nothing was saved.</source>
        <translation>Зміну не вдалося записати на диск. Перевірте, чи є на диску вільне місце, і спробуйте знову. Нічого не збережено.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>Файл бази пошкоджено. Відновіть його з резервної копії.</translation>
    </message>
    <message>
        <source>The database could not carry out the operation. Nothing was changed.</source>
        <translation>База не змогла виконати операцію. Нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>opora::RecordExchange</name>
    <message>
        <source>Volunteer&apos;s surname</source>
        <translation>Прізвище волонтера</translation>
    </message>
    <message>
        <source>Volunteer&apos;s first name</source>
        <translation>Ім&apos;я волонтера</translation>
    </message>
    <message>
        <source>Volunteer&apos;s phone</source>
        <translation>Телефон волонтера</translation>
    </message>
    <message>
        <source>Two volunteers are called %1 with this phone.</source>
        <translation>Два волонтери з ім&apos;ям «%1» і цим телефоном.</translation>
    </message>
    <message>
        <source>%1 is not among the volunteers: import the volunteers first.</source>
        <translation>Серед волонтерів немає «%1»: спершу імпортуйте волонтерів.</translation>
    </message>
</context>
<context>
    <name>opora::ReferenceRepository</name>
    <message>
        <source>Choose a reference list.</source>
        <translation>Оберіть довідник.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Зазначте назву.</translation>
    </message>
    <message>
        <source>Records use this item: it can be deactivated, not deleted.</source>
        <translation>Цей елемент використовується в записах: його можна вимкнути, але не видалити.</translation>
    </message>
</context>
<context>
    <name>opora::Register</name>
    <message>
        <source>The record no longer exists. It may have been removed in another window.</source>
        <translation>Запису більше немає. Можливо, його видалили в іншому вікні.</translation>
    </message>
</context>
<context>
    <name>opora::Retention</name>
    <message>
        <source>The retention period is from %1 to %2 years.</source>
        <translation>Строк зберігання — від %1 до %2 років.</translation>
    </message>
</context>
<context>
    <name>opora::ServiceCatalogue</name>
    <message>
        <source>This service is no longer in the catalogue.</source>
        <translation>Цієї послуги більше немає в переліку.</translation>
    </message>
    <message>
        <source>Enter the code (up to 40 characters), e.g. the classifier&apos;s.</source>
        <translation>Введіть код (до 40 знаків), наприклад за класифікатором.</translation>
    </message>
    <message>
        <source>Another service of the catalogue has this code.</source>
        <translation>Цей код уже має інша послуга переліку.</translation>
    </message>
    <message>
        <source>Enter the name of the service.</source>
        <translation>Введіть назву послуги.</translation>
    </message>
    <message>
        <source>Choose the type of service.</source>
        <translation>Виберіть вид послуги.</translation>
    </message>
    <message>
        <source>Choose the unit.</source>
        <translation>Виберіть одиницю.</translation>
    </message>
    <message>
        <source>Tick at least one form in which it is given.</source>
        <translation>Позначте хоча б одну форму надання.</translation>
    </message>
    <message>
        <source>Records use this service, so its code stays as it is.</source>
        <translation>Послуга вже є в записах, тому її код не змінюється.</translation>
    </message>
    <message>
        <source>Records use this service: deactivate it instead, so they keep it.</source>
        <translation>Послуга вже є в записах: вимкніть її замість видалення, щоб записи її зберегли.</translation>
    </message>
</context>
<context>
    <name>opora::ServiceExchange</name>
    <message>
        <source>Case number</source>
        <translation>Номер випадку</translation>
    </message>
    <message>
        <source>Service code</source>
        <translation>Код послуги</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Фахівець</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Хвилини</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>There is no service %1 in the catalogue.</source>
        <translation>Послуги «%1» немає в переліку.</translation>
    </message>
    <message>
        <source>Form: write home, day, residential or remote (на дому, полустационарная… / вдома, напівстаціонарно…).</source>
        <translation>Форма: напишіть вдома, напівстаціонарно, стаціонарно або дистанційно (або home, day, residential, remote).</translation>
    </message>
    <message>
        <source>Quantity: a number above 0.</source>
        <translation>Кількість: число більше за 0.</translation>
    </message>
    <message>
        <source>Minutes: a whole number.</source>
        <translation>Хвилини: ціле число.</translation>
    </message>
    <message>
        <source>No case of this person was open on that date: give the case number.</source>
        <translation>Цього дня людина не мала відкритого випадку: вкажіть номер випадку.</translation>
    </message>
    <message>
        <source>Several cases of this person were open on that date: give the case number.</source>
        <translation>Цього дня людина мала кілька відкритих випадків: вкажіть номер випадку.</translation>
    </message>
</context>
<context>
    <name>opora::ServiceRepository</name>
    <message>
        <source>This service is not in the catalogue.</source>
        <translation>Цієї послуги немає в переліку.</translation>
    </message>
    <message>
        <source>Choose the case the service belongs to.</source>
        <translation>Оберіть випадок, до якого належить послуга.</translation>
    </message>
    <message>
        <source>The case is archived: restore it before recording services.</source>
        <translation>Випадок в архіві: відновіть його, перш ніж записувати послуги.</translation>
    </message>
    <message>
        <source>The service date is before the case was opened.</source>
        <translation>Дата послуги раніша за відкриття випадку.</translation>
    </message>
    <message>
        <source>The person served must be the case&apos;s person or a member of its family.</source>
        <translation>Отримувач послуги має бути особою випадку або членом її сім&apos;ї.</translation>
    </message>
    <message>
        <source>Enter the date of the service.</source>
        <translation>Зазначте дату послуги.</translation>
    </message>
    <message>
        <source>The service date is in the future.</source>
        <translation>Дата послуги ще не настала.</translation>
    </message>
    <message>
        <source>The quantity must be more than 0.</source>
        <translation>Кількість має бути більшою за 0.</translation>
    </message>
    <message>
        <source>The duration must be between 0 and 24 hours.</source>
        <translation>Тривалість має бути від 0 до 24 годин.</translation>
    </message>
    <message>
        <source>This service is no longer offered: choose another.</source>
        <translation>Ця послуга більше не надається: оберіть іншу.</translation>
    </message>
    <message>
        <source>This service is not given in the chosen form.</source>
        <translation>Ця послуга не надається у вибраній формі.</translation>
    </message>
    <message>
        <source>Choose the service from the catalogue.</source>
        <translation>Оберіть послугу з переліку.</translation>
    </message>
    <message>
        <source>This service record no longer exists.</source>
        <translation>Цього запису про послугу більше немає.</translation>
    </message>
</context>
<context>
    <name>opora::StaffExchange</name>
    <message>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Відділ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Працює</translation>
    </message>
    <message>
        <source>Active: write yes or no (да or нет, так or ні).</source>
        <translation>Працює: напишіть «так» або «ні».</translation>
    </message>
</context>
<context>
    <name>opora::StaffRepository</name>
    <message>
        <source>This member of staff no longer exists.</source>
        <translation>Цього працівника більше немає в базі.</translation>
    </message>
    <message>
        <source>Enter the surname.</source>
        <translation>Введіть прізвище.</translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation>Введіть ім&apos;я.</translation>
    </message>
    <message>
        <source>The e-mail address should look like name@example.org.</source>
        <translation>Адреса електронної пошти має виглядати як name@example.org.</translation>
    </message>
    <message>
        <source>Choose a department from the list.</source>
        <translation>Виберіть відділ зі списку.</translation>
    </message>
</context>
<context>
    <name>opora::UserRepository</name>
    <message>
        <source>This account no longer exists.</source>
        <translation>Цього облікового запису більше немає.</translation>
    </message>
    <message>
        <source>The user name has 2 to 40 letters, digits, dots, hyphens or underscores, without spaces.</source>
        <translation>Ім&apos;я користувача — від 2 до 40 літер, цифр, крапок, дефісів або підкреслень, без пробілів.</translation>
    </message>
    <message>
        <source>This user name is taken. Choose another one.</source>
        <translation>Це ім&apos;я користувача вже зайняте. Виберіть інше.</translation>
    </message>
    <message>
        <source>Enter the name shown in the window and the audit trail.</source>
        <translation>Введіть ім&apos;я, яке буде видно у вікні та в журналі аудиту.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Виберіть роль.</translation>
    </message>
    <message>
        <source>Choose a member of staff from the list.</source>
        <translation>Виберіть працівника зі списку.</translation>
    </message>
    <message>
        <source>Nobody changes their own role: ask another administrator.</source>
        <translation>Свою роль змінити не можна: попросіть іншого адміністратора.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Не можна вимкнути власний обліковий запис.</translation>
    </message>
    <message>
        <source>This is the last active administrator; make another one first.</source>
        <translation>Це останній активний адміністратор; спершу призначте іншого.</translation>
    </message>
</context>
<context>
    <name>opora::VolunteerExchange</name>
    <message>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Навички</translation>
    </message>
    <message>
        <source>Volunteer since</source>
        <translation>Волонтер з</translation>
    </message>
</context>
<context>
    <name>opora::VolunteerHoursExchange</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Години</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер випадку</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Захід</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Дата заходу</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Hours: a number, e.g. 2,5.</source>
        <translation>Години: число, наприклад 2,5.</translation>
    </message>
    <message>
        <source>There is no event %1 on that date: import the events first.</source>
        <translation>Заходу «%1» цього дня немає: спершу імпортуйте заходи.</translation>
    </message>
    <message>
        <source>Two events %1 are on that date.</source>
        <translation>Цього дня два заходи «%1».</translation>
    </message>
</context>
<context>
    <name>opora::VolunteerRepository</name>
    <message>
        <source>This person is no longer in the register.</source>
        <translation>Цієї особи більше немає в реєстрі.</translation>
    </message>
    <message>
        <source>Enter the volunteer&apos;s surname, or choose a person of the register.</source>
        <translation>Введіть прізвище волонтера або оберіть особу з реєстру.</translation>
    </message>
    <message>
        <source>The date the volunteer started cannot be in the future.</source>
        <translation>Дата початку волонтерства не може бути в майбутньому.</translation>
    </message>
    <message>
        <source>This volunteer no longer exists.</source>
        <translation>Цього волонтера більше немає.</translation>
    </message>
    <message>
        <source>Choose the case the volunteer mentors.</source>
        <translation>Оберіть випадок, який супроводжує наставник.</translation>
    </message>
    <message>
        <source>Enter the date the mentoring starts.</source>
        <translation>Введіть дату початку наставництва.</translation>
    </message>
    <message>
        <source>The mentoring cannot end before it starts.</source>
        <translation>Наставництво не може завершитися раніше, ніж почалося.</translation>
    </message>
    <message>
        <source>This volunteer already mentors this case in these dates.</source>
        <translation>Цей волонтер уже наставник у цьому випадку в ці дати.</translation>
    </message>
    <message>
        <source>Enter the date of the work.</source>
        <translation>Введіть дату роботи.</translation>
    </message>
    <message>
        <source>Hours can only be logged for today or a day before.</source>
        <translation>Години можна записати лише за сьогодні або за минулий день.</translation>
    </message>
    <message>
        <source>Hours of one day are more than 0 and at most 24.</source>
        <translation>Годин за день більше 0 і не більше 24.</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>Цього випадку більше немає.</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>Цього заходу більше немає.</translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation>Цього проєкту більше немає.</translation>
    </message>
    <message>
        <source>Enter the date the mentoring ends.</source>
        <translation>Введіть дату завершення наставництва.</translation>
    </message>
</context>
<context>
    <name>opora::ui::AboutDialog</name>
    <message>
        <source>About Opora</source>
        <translation>Про програму «Опора»</translation>
    </message>
    <message>
        <source>Opora</source>
        <translation>Опора</translation>
    </message>
    <message>
        <source>Case management for a social-service centre</source>
        <translation>Облік випадків соціального супроводу в центрі соціальних послуг</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версія %1</translation>
    </message>
    <message>
        <source>%1 (opened read-only)</source>
        <translation>%1 (відкрито лише для читання)</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Файл бази:</translation>
    </message>
    <message>
        <source>Database schema version:</source>
        <translation>Версія схеми бази:</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Версія Qt:</translation>
    </message>
    <message>
        <source>Opora is free software: you may use, study, share and change it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
        <translation>«Опора» — вільна програма: її можна використовувати, вивчати, поширювати та змінювати на умовах GNU General Public License версії 3 або будь-якої пізнішої. Вона постачається без жодних гарантій.</translation>
    </message>
    <message>
        <source>Read the licence</source>
        <translation>Прочитати ліцензію</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Скопіювати відомості</translation>
    </message>
    <message>
        <source>Opora %1</source>
        <translation>Опора %1</translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation>Файл бази: %1</translation>
    </message>
    <message>
        <source>Database schema version: %1</source>
        <translation>Версія схеми бази: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Версія Qt: %1</translation>
    </message>
</context>
<context>
    <name>opora::ui::AccountForm</name>
    <message>
        <source>The account may sign in</source>
        <translation>Обліковий запис може входити в програму</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Обліковий запис</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Новий обліковий запис</translation>
    </message>
    <message>
        <source>(not a member of staff)</source>
        <translation>(не працівник)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Ім&apos;я користувача</translation>
    </message>
    <message>
        <source>&amp;Name shown</source>
        <translation>&amp;Показане ім&apos;я</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <source>Member of &amp;staff</source>
        <translation>&amp;Працівник</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>П&amp;ароль</translation>
    </message>
    <message>
        <source>Re&amp;peat password</source>
        <translation>П&amp;овторіть пароль</translation>
    </message>
    <message>
        <source>A member of staff sees the cases of their department; the role decides what the account may do.</source>
        <translation>Працівник бачить випадки свого відділу; роль визначає, що може обліковий запис.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Паролі не збігаються.</translation>
    </message>
</context>
<context>
    <name>opora::ui::AuditViewer</name>
    <message>
        <source>created</source>
        <translation>створив(ла)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>змінив(ла)</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>до архіву</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>з архіву</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>видалив(ла)</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>вивантажив(ла)</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>надрукував(ла)</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>вхід</translation>
    </message>
    <message>
        <source>failed sign-in</source>
        <translation>невдалий вхід</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>пароль задано</translation>
    </message>
    <message>
        <source>person</source>
        <translation>особа</translation>
    </message>
    <message>
        <source>family</source>
        <translation>сім’я</translation>
    </message>
    <message>
        <source>case</source>
        <translation>випадок</translation>
    </message>
    <message>
        <source>case note</source>
        <translation>нотатка до випадку</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>згода</translation>
    </message>
    <message>
        <source>service</source>
        <translation>послуга</translation>
    </message>
    <message>
        <source>plan line</source>
        <translation>рядок плану</translation>
    </message>
    <message>
        <source>event</source>
        <translation>захід</translation>
    </message>
    <message>
        <source>project</source>
        <translation>проєкт</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>показник</translation>
    </message>
    <message>
        <source>account</source>
        <translation>обліковий запис</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>налаштування</translation>
    </message>
    <message>
        <source>reference list</source>
        <translation>довідник</translation>
    </message>
    <message>
        <source>centre report</source>
        <translation>звіт центру</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудиту</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>усі користувачі</translation>
    </message>
    <message>
        <source>any record</source>
        <translation>будь-які записи</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>будь-який номер</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записів</numerusform>
        </translation>
    </message>
    <message>
        <source>The trail names fields, never their values. Its entries cannot be changed or removed; opora-cli audit verify checks that nobody did so outside Opora.</source>
        <translation>Журнал називає поля, але не їхні значення. Його записи не можна змінити чи видалити; opora-cli audit verify перевіряє, що цього не зробили в обхід «Опори».</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>відкрив(ла)</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>волонтер</translation>
    </message>
    <message>
        <source>mentoring</source>
        <translation>наставництво</translation>
    </message>
    <message>
        <source>volunteer hours</source>
        <translation>години волонтера</translation>
    </message>
</context>
<context>
    <name>opora::ui::CaseCard</name>
    <message>
        <source>The case is about the whole &amp;family</source>
        <translation>Випадок стосується всієї &amp;сім&apos;ї</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>не обрано</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Кого стосується</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Особа</translation>
    </message>
    <message>
        <source>&amp;Opened on</source>
        <translation>&amp;Відкрито</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Відділення</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Відповідальний</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>&amp;Суть звернення</translation>
    </message>
    <message>
        <source>C&amp;ircumstances</source>
        <translation>&amp;Обставини</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>Змінити с&amp;татус…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>general</source>
        <translation>загальний</translation>
    </message>
    <message>
        <source>psychologist</source>
        <translation>психолога</translation>
    </message>
    <message>
        <source>Write a note and press Enter</source>
        <translation>Напишіть запис і натисніть Enter</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Додати &amp;запис</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Відомості</translation>
    </message>
    <message>
        <source>Status and history</source>
        <translation>Статус та історія</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>This case is archived. Restore it to make changes.</source>
        <translation>Випадок в архіві. Відновіть його, щоб вносити зміни.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Зберегти (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>До &amp;архіву</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Випадок %1</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новий випадок</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Статус: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Відділення</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Суть звернення</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Обставини</translation>
    </message>
    <message>
        <source>Discard the changes you made to this card?</source>
        <translation>Скасувати зміни, внесені в цю картку?</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друк…</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Особова справа (випадок)</translation>
    </message>
    <message>
        <source>Case file %1.pdf</source>
        <translation>Справа %1.pdf</translation>
    </message>
    <message>
        <source>Individual plan form</source>
        <translation>Бланк індивідуального плану</translation>
    </message>
    <message>
        <source>Plan %1.pdf</source>
        <translation>План %1.pdf</translation>
    </message>
    <message>
        <source>Individual &amp;plan</source>
        <translation>Індивідуальний &amp;план</translation>
    </message>
</context>
<context>
    <name>opora::ui::CaseDocuments</name>
    <message>
        <source>Person</source>
        <translation>Отримувач</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Сім’я</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Як часто</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Надано</translation>
    </message>
    <message>
        <source>No services are planned yet.</source>
        <translation>Послуги поки не заплановано.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Випадок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Відділення</translation>
    </message>
    <message>
        <source>Responsible specialist</source>
        <translation>Відповідальний фахівець</translation>
    </message>
    <message>
        <source>Case %1 · contains personal data</source>
        <translation>Випадок %1 · містить персональні дані</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Особова справа (випадок)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Прізвище, ім’я, по батькові</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Спорідненість</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Обставини</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Історія статусів</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Individual plan</source>
        <translation>Індивідуальний план</translation>
    </message>
    <message>
        <source>Services delivered</source>
        <translation>Надані послуги</translation>
    </message>
    <message>
        <source>No services recorded yet.</source>
        <translation>Послуги поки не записано.</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>К-сть</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Printed on %1. Psychologists&apos; notes are not part of the printed file.</source>
        <translation>Надруковано %1. Нотатки психолога до друкованої справи не входять.</translation>
    </message>
    <message>
        <source>Individual plan %1</source>
        <translation>Індивідуальний план %1</translation>
    </message>
    <message>
        <source>Individual plan of social services</source>
        <translation>Індивідуальний план надання соціальних послуг</translation>
    </message>
    <message>
        <source>Individual programme of social services</source>
        <translation>Індивідуальна програма надання соціальних послуг</translation>
    </message>
    <message>
        <source>Services planned</source>
        <translation>Заплановані послуги</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Погоджено</translation>
    </message>
    <message>
        <source>The recipient (or their legal representative) has read the plan and agrees with it.</source>
        <translation>Отримувач (або його законний представник) з планом ознайомлений і згоден.</translation>
    </message>
    <message>
        <source>Recipient or legal representative</source>
        <translation>Отримувач або законний представник</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Фахівець</translation>
    </message>
    <message>
        <source>Head of department</source>
        <translation>Завідувач відділення</translation>
    </message>
    <message>
        <source>Signature, then name and date on the line beside it.</source>
        <translation>Підпис, далі прізвище та дата на сусідньому рядку.</translation>
    </message>
</context>
<context>
    <name>opora::ui::CasePlanView</name>
    <message>
        <source>&amp;Add to the plan</source>
        <translation>&amp;Додати до плану</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Прибрати рядок</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Періодичність</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Надано</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Overdue: the term is over and the planned volume was not delivered.</source>
        <translation>Прострочено: строк минув, а плановий обсяг не надано.</translation>
    </message>
</context>
<context>
    <name>opora::ui::CasesModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Person or family</source>
        <translation>Особа або сім&apos;я</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Відділення</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архіві</translation>
    </message>
</context>
<context>
    <name>opora::ui::CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>Випадки</translation>
    </message>
    <message>
        <source>Number or name…</source>
        <translation>Номер або ім&apos;я…</translation>
    </message>
    <message>
        <source>Opened: any time</source>
        <translation>Відкрито: будь-коли</translation>
    </message>
    <message>
        <source>Show cases opened on or after this date</source>
        <translation>Показати випадки, відкриті цієї дати або пізніше</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показати архів</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Новий випадок…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Усі відділення</translation>
    </message>
    <message>
        <source>All specialists</source>
        <translation>Усі фахівці</translation>
    </message>
</context>
<context>
    <name>opora::ui::CatalogueDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>&amp;Вимкнути</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>В&amp;идалити</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>Перелік послуг</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Форми</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>The services staff record and plan. A service that records use is deactivated instead of deleted: it stays on them but is no longer offered, and keeps its code.</source>
        <translation>Послуги, які працівники записують і планують. Послугу, яка вже є в записах, не видаляють, а вимикають: у записах вона залишається, але більше не пропонується, і її код не змінюється.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>пропонується</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>вимкнено</translation>
    </message>
    <message>
        <source>offered, not used yet</source>
        <translation>пропонується, ще не використовувалася</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>&amp;Увімкнути</translation>
    </message>
</context>
<context>
    <name>opora::ui::CatalogueItemForm</name>
    <message>
        <source>Service of the catalogue</source>
        <translation>Послуга переліку</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Нова послуга</translation>
    </message>
    <message>
        <source>Records use this service, so its code stays as it is.</source>
        <translation>Послуга вже є в записах, тому її код не змінюється.</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Одиниця</translation>
    </message>
    <message>
        <source>Given &amp;as</source>
        <translation>&amp;Форма надання</translation>
    </message>
</context>
<context>
    <name>opora::ui::CentreDialog</name>
    <message>
        <source>Centre name and logo</source>
        <translation>Назва та логотип центру</translation>
    </message>
    <message>
        <source>As it should stand on documents</source>
        <translation>Як вона має стояти в документах</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Вибрати зображення…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Зображення (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Name of the centre</source>
        <translation>Назва центру</translation>
    </message>
    <message>
        <source>%1 is not a picture Opora can read (PNG, JPEG or SVG).</source>
        <translation>%1 — не зображення, яке «Опора» може прочитати (PNG, JPEG або SVG).</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>немає логотипа</translation>
    </message>
</context>
<context>
    <name>opora::ui::CentreDocuments</name>
    <message>
        <source>Total</source>
        <translation>Усього</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Sign-in sheet · contains personal data</source>
        <translation>Реєстраційний лист · містить персональні дані</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Реєстраційний лист учасників</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Прізвище, ім’я, по батькові</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Підпис</translation>
    </message>
    <message>
        <source>Registered participants are listed; others write their name in a blank row. Visitors who do not sign are counted by headcount.</source>
        <translation>Учасників з реєстру вже внесено; інші вписують себе в порожні рядки. Хто не підписується, враховується за чисельністю.</translation>
    </message>
    <message>
        <source>Report for %1</source>
        <translation>Звіт за %1</translation>
    </message>
    <message>
        <source>Figures only: no personal data</source>
        <translation>Лише цифри: без персональних даних</translation>
    </message>
    <message>
        <source>Services by type and month</source>
        <translation>Послуги за видами та місяцями</translation>
    </message>
    <message>
        <source>Type of service</source>
        <translation>Вид послуг</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Послуг</translation>
    </message>
    <message>
        <source>Services by department</source>
        <translation>Послуги за відділеннями</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Відділення</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>Відкрито випадків</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Випадків</translation>
    </message>
    <message>
        <source>Department (cases closed)</source>
        <translation>Відділення (закрито випадків)</translation>
    </message>
    <message>
        <source>Events and attendance</source>
        <translation>Заходи та учасники</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Вид заходу</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>registered participants (visits)</source>
        <translation>учасники з реєстру (відвідування)</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Хто прийшов</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Осіб</translation>
    </message>
</context>
<context>
    <name>opora::ui::Charts</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Зберегти як PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Зберегти як SVG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Малюнки SVG (*.svg)</translation>
    </message>
    <message>
        <source>Opora</source>
        <translation>Опора</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>Не вдалося зберегти діаграму в %1.</translation>
    </message>
</context>
<context>
    <name>opora::ui::ConflictDialog</name>
    <message>
        <source>Someone else changed this record</source>
        <translation>Цей запис змінив хтось інший</translation>
    </message>
    <message>
        <source>While you were editing, someone else saved this record. Choose for each field which value to keep, then save.</source>
        <translation>Поки ви редагували, хтось інший зберіг цей запис. Оберіть для кожного поля, яке значення залишити, і збережіть.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Поле&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved by someone else&lt;/b&gt;</source>
        <translation>&lt;b&gt;Збережено іншим&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What you typed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Введено вами&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Взяти все чуже</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Залишити все моє</translation>
    </message>
    <message>
        <source>Save the chosen values</source>
        <translation>Зберегти обране</translation>
    </message>
</context>
<context>
    <name>opora::ui::ConsentDialog</name>
    <message>
        <source>processing of personal data to provide social services</source>
        <translation>обробка персональних даних для надання соціальних послуг</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Записати згоду</translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Signed by</source>
        <translation>&amp;Підписав(ла)</translation>
    </message>
    <message>
        <source>&amp;Covers</source>
        <translation>&amp;На що</translation>
    </message>
    <message>
        <source>For a minor, the legal representative signs: write their name.</source>
        <translation>За неповнолітнього підписує законний представник: зазначте його ПІБ.</translation>
    </message>
</context>
<context>
    <name>opora::ui::DaySheet</name>
    <message>
        <source>Day sheet of services</source>
        <translation>Аркуш послуг за день</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>не обрано</translation>
    </message>
    <message>
        <source>Type a few letters of a name and pick the person with the arrows and Enter; the case is their newest open one, the service and the numbers those of the row above. Tab goes to the next cell, Enter to the next person, Ctrl+Delete removes a row.</source>
        <translation>Наберіть кілька літер імені й оберіть особу стрілками та Enter; випадок — її останній відкритий, послуга й числа — як у рядку вище. Tab — до наступної клітинки, Enter — до наступної особи, Ctrl+Delete видаляє рядок.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>Speciali&amp;st</source>
        <translation>&amp;Фахівець</translation>
    </message>
    <message>
        <source>&amp;Save the sheet (Ctrl+S)</source>
        <translation>З&amp;берегти аркуш (Ctrl+S)</translation>
    </message>
    <message>
        <source>The sheet is empty: type the first person.</source>
        <translation>Аркуш порожній: введіть першу особу.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) need correcting (see the last column); nothing was saved yet and every row is kept.</source>
        <translation>
            <numerusform>%n рядок треба виправити (див. останній стовпець); нічого ще не збережено, усі рядки на місці.</numerusform>
            <numerusform>%n рядки треба виправити (див. останній стовпець); нічого ще не збережено, усі рядки на місці.</numerusform>
            <numerusform>%n рядків треба виправити (див. останній стовпець); нічого ще не збережено, усі рядки на місці.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved; every row is kept.</source>
        <translation>Нічого не збережено; усі рядки на місці.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n service(s). The sheet is ready for more.</source>
        <translation>
            <numerusform>Збережено %n послугу. Аркуш готовий для наступних.</numerusform>
            <numerusform>Збережено %n послуги. Аркуш готовий для наступних.</numerusform>
            <numerusform>Збережено %n послуг. Аркуш готовий для наступних.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opora::ui::DaySheetModel</name>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Випадок</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Хвилини</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>To correct</source>
        <translation>Виправити</translation>
    </message>
</context>
<context>
    <name>opora::ui::DocumentActions</name>
    <message>
        <source>Save as PDF</source>
        <translation>Зберегти в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder or file name.</source>
        <translation>Не вдалося записати %1. Виберіть іншу теку або ім’я файлу.</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Перегляд і друк…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Зберегти в PDF…</translation>
    </message>
</context>
<context>
    <name>opora::ui::Documents</name>
    <message>
        <source>Social service centre</source>
        <translation>Центр соціальних служб</translation>
    </message>
</context>
<context>
    <name>opora::ui::DrillDownDialog</name>
    <message>
        <source>case %1</source>
        <translation>випадок %1</translation>
    </message>
    <message>
        <source>Records behind the fact</source>
        <translation>Записи, з яких склався факт</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Враховано</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), together %1: the fact as of %2.</source>
        <translation>
            <numerusform>%n запис, разом %1: факт станом на %2.</numerusform>
            <numerusform>%n записи, разом %1: факт станом на %2.</numerusform>
            <numerusform>%n записів, разом %1: факт станом на %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed case(s) as of %1; the fact is worked out from them.</source>
        <translation>
            <numerusform>%n закритий випадок станом на %1; факт обчислено за ними.</numerusform>
            <numerusform>%n закриті випадки станом на %1; факт обчислено за ними.</numerusform>
            <numerusform>%n закритих випадків станом на %1; факт обчислено за ними.</numerusform>
        </translation>
    </message>
    <message>
        <source>This list names people: it is for the centre&apos;s staff only.</source>
        <translation>У списку є імена: він лише для працівників центру.</translation>
    </message>
</context>
<context>
    <name>opora::ui::EndMentorDialog</name>
    <message>
        <source>End the mentoring</source>
        <translation>Завершити наставництво</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Випадок</translation>
    </message>
    <message>
        <source>Mentoring since</source>
        <translation>Наставництво з</translation>
    </message>
    <message>
        <source>&amp;Ended on</source>
        <translation>&amp;Завершено</translation>
    </message>
    <message>
        <source>Someone else changed this mentoring after you opened it. Close this window and open it again.</source>
        <translation>Хтось інший змінив це наставництво після того, як ви його відкрили. Закрийте вікно й відкрийте його знову.</translation>
    </message>
</context>
<context>
    <name>opora::ui::EnrolmentDialog</name>
    <message>
        <source>still in the group</source>
        <translation>ще в групі</translation>
    </message>
    <message>
        <source>Dates in the target group</source>
        <translation>Строки в цільовій групі</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>In the group from</source>
        <translation>У групі з</translation>
    </message>
    <message>
        <source>Left the group on</source>
        <translation>Вийшов(ла) з групи</translation>
    </message>
    <message>
        <source>Someone else changed these dates after you opened them. Close this window and open the dates again.</source>
        <translation>Хтось інший змінив ці дати після того, як ви їх відкрили. Закрийте вікно й відкрийте дати знову.</translation>
    </message>
</context>
<context>
    <name>opora::ui::EventCard</name>
    <message>
        <source>&amp;Weekly, times</source>
        <translation>&amp;Щотижня, разів</translation>
    </message>
    <message>
        <source>Create a course: the same event every week</source>
        <translation>Створити цикл: той самий захід щотижня</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>&amp;Час</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Місце</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Присутність</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Прибрати</translation>
    </message>
    <message>
        <source>Participants from the register</source>
        <translation>Учасники з реєстру</translation>
    </message>
    <message>
        <source>Others who came (headcount)</source>
        <translation>Інші присутні (за кількістю)</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новий захід</translation>
    </message>
    <message>
        <source>Came: %1 (from the register: %2, headcount: %3)</source>
        <translation>Прийшли: %1 (з реєстру: %2, за кількістю: %3)</translation>
    </message>
    <message>
        <source>Sign-in &amp;sheet…</source>
        <translation>Реєстраційний &amp;лист…</translation>
    </message>
    <message>
        <source>A list to sign at the door: the registered participants and blank rows. Save the event first.</source>
        <translation>Список для підпису на вході: учасники з реєстру та порожні рядки. Спершу збережіть захід.</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Реєстраційний лист</translation>
    </message>
    <message>
        <source>Sign-in sheet %1.pdf</source>
        <translation>Реєстраційний лист %1.pdf</translation>
    </message>
</context>
<context>
    <name>opora::ui::EventsModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Прийшли</translation>
    </message>
</context>
<context>
    <name>opora::ui::EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Заходи</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Новий захід…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Усі види</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Будь-який статус</translation>
    </message>
</context>
<context>
    <name>opora::ui::FirstStartDialog</name>
    <message>
        <source>Welcome to Opora</source>
        <translation>Ласкаво просимо до «Опори»</translation>
    </message>
    <message>
        <source>Opora keeps the register of people, families and cases of your social-service centre. There is no database on this computer yet.</source>
        <translation>«Опора» веде реєстр людей, сімей і випадків вашого центру соціальних послуг. На цьому комп&apos;ютері бази ще немає.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>&amp;Try the demo with fictional data</source>
        <translation>&amp;Спробувати демо з вигаданими даними</translation>
    </message>
    <message>
        <source>Or create your centre&apos;s database. Its reference lists follow the law of your country:</source>
        <translation>Або створіть базу свого центру. Її довідники відповідають законодавству вашої країни:</translation>
    </message>
    <message>
        <source>&amp;Russia: Federal Law 442-FZ, lists in Russian</source>
        <translation>&amp;Росія: Федеральний закон № 442-ФЗ, довідники російською</translation>
    </message>
    <message>
        <source>&amp;Ukraine: Law on social services, lists in Ukrainian</source>
        <translation>&amp;Україна: Закон «Про соціальні послуги», довідники українською</translation>
    </message>
    <message>
        <source>&amp;Create the centre&apos;s database</source>
        <translation>С&amp;творити базу центру</translation>
    </message>
    <message>
        <source>&amp;Open an existing database file…</source>
        <translation>&amp;Відкрити наявний файл бази…</translation>
    </message>
</context>
<context>
    <name>opora::ui::HoursDialog</name>
    <message>
        <source>Log volunteer hours</source>
        <translation>Записати години волонтера</translation>
    </message>
    <message>
        <source>no project</source>
        <translation>без проєкту</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Години</translation>
    </message>
    <message>
        <source>P&amp;roject</source>
        <translation>&amp;Проєкт</translation>
    </message>
    <message>
        <source>&amp;What was done</source>
        <translation>&amp;Що зроблено</translation>
    </message>
</context>
<context>
    <name>opora::ui::HouseholdCard</name>
    <message>
        <source>Member</source>
        <translation>Член сім&apos;ї</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Спорідненість</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>&amp;Додати члена сім&apos;ї</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>&amp;Прибрати з сім&apos;ї</translation>
    </message>
    <message>
        <source>Family &amp;name</source>
        <translation>&amp;Назва сім&apos;ї</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Адреса</translation>
    </message>
    <message>
        <source>%1 family</source>
        <translation>Сім&apos;я %1</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Нова сім&apos;я</translation>
    </message>
</context>
<context>
    <name>opora::ui::IndicatorDialog</name>
    <message>
        <source>The funder set a number</source>
        <translation>Грантодавець задав число</translation>
    </message>
    <message>
        <source>Count &quot;partly improved&quot; as improved</source>
        <translation>Вважати «частково покращилося» покращенням</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показник</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Новий показник</translation>
    </message>
    <message>
        <source>any service</source>
        <translation>будь-яка послуга</translation>
    </message>
    <message>
        <source>any type</source>
        <translation>будь-який вид</translation>
    </message>
    <message>
        <source>any form</source>
        <translation>будь-яка форма</translation>
    </message>
    <message>
        <source>any category</source>
        <translation>будь-яка категорія</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без обмеження</translation>
    </message>
    <message>
        <source>Indicator (the funder&apos;s words)</source>
        <translation>Показник (словами грантодавця)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <source>Plan for the whole project</source>
        <translation>План на весь проєкт</translation>
    </message>
    <message>
        <source>How it is counted</source>
        <translation>Як рахується</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>Що рахувати</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>Type of service</source>
        <translation>Вид послуги</translation>
    </message>
    <message>
        <source>Form of service</source>
        <translation>Форма надання</translation>
    </message>
    <message>
        <source>Kinds of event (none: all)</source>
        <translation>Види заходів (не вибрано — усі)</translation>
    </message>
    <message>
        <source>Headcount groups (none: all)</source>
        <translation>Групи обліку за чисельністю (не вибрано — усі)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Age at enrolment from</source>
        <translation>Вік на час включення від</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Plan split</source>
        <translation>Розподіл плану</translation>
    </message>
</context>
<context>
    <name>opora::ui::IndicatorText</name>
    <message>
        <source>People enrolled in the target group</source>
        <translation>Люди в цільовій групі</translation>
    </message>
    <message>
        <source>People who received services</source>
        <translation>Люди, які отримали послуги</translation>
    </message>
    <message>
        <source>Families who received services</source>
        <translation>Сім’ї, які отримали послуги</translation>
    </message>
    <message>
        <source>Services delivered</source>
        <translation>Надані послуги</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Проведені заходи</translation>
    </message>
    <message>
        <source>Event participants</source>
        <translation>Учасники заходів</translation>
    </message>
    <message>
        <source>Specialists trained</source>
        <translation>Навчені фахівці</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Волонтери</translation>
    </message>
    <message>
        <source>Share of closed cases with improvement</source>
        <translation>Частка закритих випадків із покращенням</translation>
    </message>
    <message>
        <source>Average length of support</source>
        <translation>Середня тривалість супроводу</translation>
    </message>
    <message>
        <source>Counted by hand</source>
        <translation>Рахується вручну</translation>
    </message>
    <message>
        <source>number</source>
        <translation>кількість</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>кількість за записом</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>години</translation>
    </message>
    <message>
        <source>different people</source>
        <translation>різні люди</translation>
    </message>
    <message>
        <source>visits of registered people</source>
        <translation>відвідування людей з реєстру</translation>
    </message>
    <message>
        <source>headcount of unregistered people</source>
        <translation>облік за чисельністю (не в реєстрі)</translation>
    </message>
    <message>
        <source>visits and headcount together</source>
        <translation>відвідування й облік за чисельністю разом</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>готується</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>триває</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <source>service: %1</source>
        <translation>послуга: %1</translation>
    </message>
    <message>
        <source>type: %1</source>
        <translation>вид: %1</translation>
    </message>
    <message>
        <source>form: %1</source>
        <translation>форма: %1</translation>
    </message>
    <message>
        <source>events: %1</source>
        <translation>заходи: %1</translation>
    </message>
    <message>
        <source>course: %1</source>
        <translation>цикл: %1</translation>
    </message>
    <message>
        <source>groups: %1</source>
        <translation>групи: %1</translation>
    </message>
    <message>
        <source>category: %1</source>
        <translation>категорія: %1</translation>
    </message>
    <message>
        <source>aged %1 to %2 at enrolment</source>
        <translation>вік на час включення від %1 до %2</translation>
    </message>
    <message>
        <source>Different people in the project&apos;s target group at any time of the period.</source>
        <translation>Різні люди, які входили до цільової групи проєкту будь-коли протягом періоду.</translation>
    </message>
    <message>
        <source>Different people who received at least one service of the project; each person counts once.</source>
        <translation>Різні люди, які отримали хоча б одну послугу проєкту; кожен враховується один раз.</translation>
    </message>
    <message>
        <source>Different families of the people who received services of the project; a person without a family counts as one.</source>
        <translation>Різні сім’ї людей, які отримали послуги проєкту; особа без сім’ї рахується окремо.</translation>
    </message>
    <message>
        <source>Hours of services of the project.</source>
        <translation>Години послуг проєкту.</translation>
    </message>
    <message>
        <source>Services of the project, by the quantity recorded.</source>
        <translation>Послуги проєкту за кількістю, зазначеною в записі.</translation>
    </message>
    <message>
        <source>Services of the project, each record once.</source>
        <translation>Послуги проєкту, кожен запис один раз.</translation>
    </message>
    <message>
        <source>Events of the project that were held; planned and cancelled ones do not count.</source>
        <translation>Проведені заходи проєкту; заплановані та скасовані не враховуються.</translation>
    </message>
    <message>
        <source>Different registered people present at held events; each counts once.</source>
        <translation>Різні люди з реєстру, присутні на проведених заходах; кожен один раз.</translation>
    </message>
    <message>
        <source>Visits of registered people to held events.</source>
        <translation>Відвідування проведених заходів людьми з реєстру.</translation>
    </message>
    <message>
        <source>People counted by headcount at held events (not in the register).</source>
        <translation>Люди, враховані за чисельністю на проведених заходах (не в реєстрі).</translation>
    </message>
    <message>
        <source>Everyone present at held events: visits of registered people plus headcounts; nobody is counted twice.</source>
        <translation>Усі присутні на проведених заходах: відвідування людей з реєстру та облік за чисельністю; ніхто не враховується двічі.</translation>
    </message>
    <message>
        <source>Registered people present at held trainings, seminars and webinars, plus the specialists counted there by headcount.</source>
        <translation>Люди з реєстру на проведених тренінгах, семінарах і вебінарах та фахівці, враховані там за чисельністю.</translation>
    </message>
    <message>
        <source>Hours logged by volunteers for the project.</source>
        <translation>Години, відпрацьовані волонтерами в проєкті.</translation>
    </message>
    <message>
        <source>Different volunteers who logged hours for the project.</source>
        <translation>Різні волонтери, які відпрацювали години в проєкті.</translation>
    </message>
    <message>
        <source>Percent of the project&apos;s cases closed in the period whose situation improved or partly improved.</source>
        <translation>Відсоток закритих за період випадків проєкту, де становище покращилося або частково покращилося.</translation>
    </message>
    <message>
        <source>Percent of the project&apos;s cases closed in the period whose situation improved.</source>
        <translation>Відсоток закритих за період випадків проєкту, де становище покращилося.</translation>
    </message>
    <message>
        <source>Average days from opening to closing of the project&apos;s cases closed in the period.</source>
        <translation>Середня кількість днів від відкриття до закриття випадків проєкту, закритих за період.</translation>
    </message>
    <message>
        <source>The sum of the values entered by hand, dated within the period.</source>
        <translation>Сума значень, введених вручну, з датами в межах періоду.</translation>
    </message>
    <message>
        <source>From the project&apos;s start to the report date, both days included; archived records are left out.</source>
        <translation>Від початку проєкту до дати звіту включно; записи в архіві не враховуються.</translation>
    </message>
    <message>
        <source>Only %1.</source>
        <translation>Лише %1.</translation>
    </message>
</context>
<context>
    <name>opora::ui::JournalModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Випадок</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Отримувач</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>К-сть</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Хвилин</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Фахівець</translation>
    </message>
</context>
<context>
    <name>opora::ui::ListPage</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записів</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Вивантажити CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Вивантаження CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>opora::ui::MainWindow</name>
    <message>
        <source>Opora — DEMO (fictional data)</source>
        <translation>Опора — ДЕМО (вигадані дані)</translation>
    </message>
    <message>
        <source>Opora</source>
        <translation>Опора</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Нова база…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Відкрити базу…</translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation>Відкрити &amp;демо</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Нова &amp;особа…</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>Новий &amp;випадок…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ихід</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Випадки</translation>
    </message>
    <message>
        <source>&amp;Find a person or case</source>
        <translation>&amp;Знайти особу або випадок</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>&amp;Повний екран</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Сервіс</translation>
    </message>
    <message>
        <source>&amp;Reference lists and departments…</source>
        <translation>&amp;Довідники та відділення…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;About Opora</source>
        <translation>&amp;Про програму</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Панель інструментів</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Випадки</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>ДЕМО</translation>
    </message>
    <message>
        <source>A demo database with fictional people. Nothing here touches your centre&apos;s real database.</source>
        <translation>Демонстраційна база з вигаданими людьми. Ніщо тут не зачіпає робочу базу вашого центру.</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(лише читання)</translation>
    </message>
    <message>
        <source>&amp;Reset demo (start again with fresh fictional data)</source>
        <translation>&amp;Скинути демо (почати знову з новими вигаданими даними)</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Послуги</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Заходи</translation>
    </message>
    <message>
        <source>&amp;Record services…</source>
        <translation>&amp;Записати послуги…</translation>
    </message>
    <message>
        <source>New &amp;event…</source>
        <translation>Новий &amp;захід…</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Послуги</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Заходи</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Зробити &amp;резервну копію</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>&amp;Відновити з копії…</translation>
    </message>
    <message>
        <source>&amp;Import people from CSV…</source>
        <translation>&amp;Завантажити людей з CSV…</translation>
    </message>
    <message>
        <source>Import people from CSV</source>
        <translation>Завантаження людей з CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файли CSV (*.csv *.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Рядок %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… і ще %n помилка.</numerusform>
            <numerusform>… і ще %n помилки.</numerusform>
            <numerusform>… і ще %n помилок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Завантажити</translation>
    </message>
    <message>
        <source>Import the rows without problems</source>
        <translation>Завантажити рядки без помилок</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Завантажено: %1.</translation>
    </message>
    <message>
        <source>The rows with problems are in %1.</source>
        <translation>Рядки з помилками записано до %1.</translation>
    </message>
    <message>
        <source>Rows in the file: %1. New and correct: %2. Already in the register: %3. With problems: %4.</source>
        <translation>Рядків у файлі: %1. Нових без помилок: %2. Вже в реєстрі: %3. З помилками: %4.</translation>
    </message>
    <message>
        <source>This database is open read-only: you can look and print, but no change can be saved. To work in it, ask the administrator for write access to the file and its folder, or copy it to a folder of your own.</source>
        <translation>Базу відкрито лише для читання: її можна переглядати й друкувати, але зміни зберегти не можна. Щоб працювати в ній, попросіть адміністратора надати право запису на файл і його теку або скопіюйте файл у власну теку.</translation>
    </message>
    <message>
        <source>This database is on a network share. If several computers work in one file over the network, it can be damaged. Keep it on this computer&apos;s disk with regular backups; a centre that needs several workplaces should move to a database server (see the README).</source>
        <translation>База лежить у мережевій теці. Якщо з одним файлом через мережу працюють кілька комп’ютерів, його може бути пошкоджено. Тримайте базу на диску цього комп’ютера й робіть резервні копії; центру, якому потрібно кілька робочих місць, слід перейти на сервер баз даних (див. README).</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Огляд</translation>
    </message>
    <message>
        <source>P&amp;rojects</source>
        <translation>П&amp;роєкти</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проєкти</translation>
    </message>
    <message>
        <source>Report for a &amp;period…</source>
        <translation>Звіт за &amp;період…</translation>
    </message>
    <message>
        <source>Centre &amp;name and logo…</source>
        <translation>&amp;Назва та логотип центру…</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Блокування під час бездіяльності</translation>
    </message>
    <message>
        <source>Lock Opora after this many minutes without use (0: never):</source>
        <translation>Блокувати «Опору» через стільки хвилин без роботи (0 — ніколи):</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Заблокувати зараз</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity…</source>
        <translation>Блокування під час &amp;бездіяльності…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>Журнал &amp;аудиту…</translation>
    </message>
    <message>
        <source>Day s&amp;heet of services…</source>
        <translation>&amp;Аркуш послуг за день…</translation>
    </message>
    <message>
        <source>&amp;Volunteers</source>
        <translation>Волон&amp;тери</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Волонтери</translation>
    </message>
    <message>
        <source>&amp;Staff and accounts…</source>
        <translation>&amp;Працівники та облікові записи…</translation>
    </message>
    <message>
        <source>Service &amp;catalogue…</source>
        <translation>Пере&amp;лік послуг…</translation>
    </message>
    <message>
        <source>R&amp;etention of personal data…</source>
        <translation>Стро&amp;к зберігання персональних даних…</translation>
    </message>
</context>
<context>
    <name>opora::ui::MentorDialog</name>
    <message>
        <source>Mentor a case</source>
        <translation>Наставник у випадку</translation>
    </message>
    <message>
        <source>Surname of the person the case is about</source>
        <translation>Прізвище особи, якої стосується випадок</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Особа</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Випадок</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Початок</translation>
    </message>
    <message>
        <source>This person has no open case.</source>
        <translation>У цієї особи немає відкритого випадку.</translation>
    </message>
</context>
<context>
    <name>opora::ui::OverviewPage</name>
    <message>
        <source>active cases</source>
        <translation>активних випадків</translation>
    </message>
    <message>
        <source>services this month</source>
        <translation>послуг цього місяця</translation>
    </message>
    <message>
        <source>events held this month</source>
        <translation>заходів цього місяця</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>відкрито</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрито</translation>
    </message>
    <message>
        <source>Cases opened and closed per month</source>
        <translation>Випадки, відкриті та закриті за місяцями</translation>
    </message>
    <message>
        <source>Services per month by department</source>
        <translation>Послуги за місяцями та відділеннями</translation>
    </message>
    <message>
        <source>Active cases by category</source>
        <translation>Активні випадки за категоріями</translation>
    </message>
    <message>
        <source>Events ahead</source>
        <translation>Найближчі заходи</translation>
    </message>
    <message>
        <source>Open the demo (fictional data)…</source>
        <translation>Відкрити демонстрацію (вигадані дані)…</translation>
    </message>
</context>
<context>
    <name>opora::ui::PagedDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
</context>
<context>
    <name>opora::ui::PasswordForm</name>
    <message>
        <source>New password for %1</source>
        <translation>Новий пароль для %1</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>П&amp;ароль</translation>
    </message>
    <message>
        <source>Re&amp;peat password</source>
        <translation>П&amp;овторіть пароль</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Паролі не збігаються.</translation>
    </message>
</context>
<context>
    <name>opora::ui::PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>ПІБ</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Відкриті випадки</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категорії</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архіві</translation>
    </message>
</context>
<context>
    <name>opora::ui::PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Добір за іменем…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показати архів</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Нова особа…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Усі категорії</translation>
    </message>
</context>
<context>
    <name>opora::ui::PeriodReportDialog</name>
    <message>
        <source>Report for a period</source>
        <translation>Звіт за період</translation>
    </message>
    <message>
        <source>Report %1 – %2.pdf</source>
        <translation>Звіт %1 – %2.pdf</translation>
    </message>
    <message>
        <source>Preview and &amp;print…</source>
        <translation>Перегляд і &amp;друк…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Зберегти в &amp;PDF…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Період закінчується раніше, ніж починається.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
</context>
<context>
    <name>opora::ui::PersonCard</name>
    <message>
        <source>not known</source>
        <translation>невідома</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не зазначено</translation>
    </message>
    <message>
        <source>female</source>
        <translation>жіноча</translation>
    </message>
    <message>
        <source>male</source>
        <translation>чоловіча</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Прізвище</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Ім&apos;я</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>По &amp;батькові</translation>
    </message>
    <message>
        <source>&amp;Born on</source>
        <translation>Дата &amp;народження</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>С&amp;тать</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Адреса</translation>
    </message>
    <message>
        <source>Identity &amp;document</source>
        <translation>&amp;Документ</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Примітки</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Категорії</translation>
    </message>
    <message>
        <source>Families and cases</source>
        <translation>Сім&apos;ї та випадки</translation>
    </message>
    <message>
        <source>&amp;Family…</source>
        <translation>&amp;Сім&apos;я…</translation>
    </message>
    <message>
        <source>Open the person&apos;s family, or create one with them in it</source>
        <translation>Відкрити сім&apos;ю особи або створити її</translation>
    </message>
    <message>
        <source>Consents to the processing of personal data</source>
        <translation>Згоди на обробку персональних даних</translation>
    </message>
    <message>
        <source>Record c&amp;onsent…</source>
        <translation>Записати з&amp;году…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Від&amp;кликати</translation>
    </message>
    <message>
        <source>This person is archived. Restore them to make changes.</source>
        <translation>Особа в архіві. Відновіть запис, щоб вносити зміни.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Зберегти (Ctrl+S)</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>Новий &amp;випадок…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>До &amp;архіву</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Нова особа</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <source>Given %1 by %2: %3</source>
        <translation>Надано %1, підписав(ла) %2: %3</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>відкликано %1</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>Випадок %1 — %2</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категорії</translation>
    </message>
    <message>
        <source>Discard the changes you made to this card?</source>
        <translation>Скасувати зміни, внесені в цю картку?</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n member(s))</source>
        <translation>
            <numerusform>%1 (%2, %n особа)</numerusform>
            <numerusform>%1 (%2, %n особи)</numerusform>
            <numerusform>%1 (%2, %n осіб)</numerusform>
        </translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>Відо&amp;мості</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>Істо&amp;рія</translation>
    </message>
    <message>
        <source>P&amp;ersonal data…</source>
        <translation>Персона&amp;льні дані…</translation>
    </message>
    <message>
        <source>Everything held about this person, for their own request: JSON or PDF, nothing about the rest of the family</source>
        <translation>Усі дані про цю людину на її запит: JSON або PDF, без відомостей про інших членів родини</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>Зберегти як &amp;JSON…</translation>
    </message>
    <message>
        <source>Personal data as JSON</source>
        <translation>Персональні дані в JSON</translation>
    </message>
    <message>
        <source>personal-data-%1.json</source>
        <translation>персональні-дані-%1.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файли JSON (*.json)</translation>
    </message>
    <message>
        <source>Personal data as PDF</source>
        <translation>Персональні дані в PDF</translation>
    </message>
    <message>
        <source>personal-data-%1.pdf</source>
        <translation>персональні-дані-%1.pdf</translation>
    </message>
</context>
<context>
    <name>opora::ui::PersonPicker</name>
    <message>
        <source>Type a surname or phone, then choose…</source>
        <translation>Введіть прізвище або телефон і оберіть…</translation>
    </message>
</context>
<context>
    <name>opora::ui::PersonTimelineView</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>service</source>
        <translation>послуга</translation>
    </message>
    <message>
        <source>event</source>
        <translation>захід</translation>
    </message>
    <message>
        <source>case status</source>
        <translation>статус випадку</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Випадок %1</translation>
    </message>
</context>
<context>
    <name>opora::ui::PersonalDataDocument</name>
    <message>
        <source>Nothing is recorded.</source>
        <translation>Записів немає.</translation>
    </message>
    <message>
        <source>Personal data · %1</source>
        <translation>Персональні дані · %1</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категорії</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Everything held about a person</source>
        <translation>Усі дані про людину</translation>
    </message>
    <message>
        <source>Made on %1 at the person&apos;s request. It holds nothing about other members of the family; psychologists&apos; notes are not part of it.</source>
        <translation>Складено %1 на запит людини. Відомостей про інших членів родини не містить; нотатки психолога до нього не входять.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Згоди</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Надано</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Підписав</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Обсяг</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Відкликано</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Родини</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Родина</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Спорідненість</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Випадок %1</translation>
    </message>
    <message>
        <source>Planned service</source>
        <translation>Запланована послуга</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Обсяг</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Періодичність</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Individual plan</source>
        <translation>Індивідуальний план</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Cases of the family</source>
        <translation>Випадки родини</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Випадок</translation>
    </message>
    <message>
        <source>Services received</source>
        <translation>Надані послуги</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Фахівець</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>К-сть</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Заходи</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Участь</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проєкти</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Волонтер</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>З</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Навички</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Години</translation>
    </message>
</context>
<context>
    <name>opora::ui::PlanPeriodsEditor</name>
    <message>
        <source>Q%1 %2: %3</source>
        <translation>%1 кв. %2: %3</translation>
    </message>
    <message>
        <source>for the whole project only</source>
        <translation>лише на весь проєкт</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>за кварталами</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>за місяцями</translation>
    </message>
    <message>
        <source>Part of the period</source>
        <translation>Частина строку</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
</context>
<context>
    <name>opora::ui::PresentationWindow</name>
    <message>
        <source>Period</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Дані станом на</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Договір</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Мета</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Цільові групи</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнери</translation>
    </message>
    <message>
        <source>About the project</source>
        <translation>Про проєкт</translation>
    </message>
    <message>
        <source>Indicators: plan and fact (%1 of %2)</source>
        <translation>Показники: план і факт (%1 з %2)</translation>
    </message>
    <message>
        <source>Indicators: plan and fact</source>
        <translation>Показники: план і факт</translation>
    </message>
    <message>
        <source>Fact as percent of plan</source>
        <translation>Факт у відсотках від плану</translation>
    </message>
    <message>
        <source>Over the months</source>
        <translation>За місяцями</translation>
    </message>
    <message>
        <source>Services by type</source>
        <translation>Послуги за видами</translation>
    </message>
    <message>
        <source>Attendance by group</source>
        <translation>Учасники за групами</translation>
    </message>
    <message>
        <source>Activity per month</source>
        <translation>Робота за місяцями</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Заходи</translation>
    </message>
    <message>
        <source>← → PageUp PageDown: slides · Esc: leave</source>
        <translation>← → PageUp PageDown — слайди · Esc — вихід</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показник</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Проведено заходів</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>За видами</translation>
    </message>
    <message>
        <source>Participants (visits and headcounts)</source>
        <translation>Учасники (відвідування та облік за чисельністю)</translation>
    </message>
</context>
<context>
    <name>opora::ui::ProjectActivity</name>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Who joins the target group: surname and first name</source>
        <translation>Хто входить до цільової групи: прізвище та ім’я</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Включити</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Цільова група</translation>
    </message>
    <message>
        <source>from</source>
        <translation>з</translation>
    </message>
    <message>
        <source>Services attributed to the project: %1</source>
        <translation>Послуги, віднесені до проєкту: %1</translation>
    </message>
    <message>
        <source>Events of the project: %1</source>
        <translation>Заходи проєкту: %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>без дати</translation>
    </message>
    <message>
        <source>The last day in the group, when it is known</source>
        <translation>Останній день у групі, якщо він відомий</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>C&amp;hange dates…</source>
        <translation>Змінити &amp;строки…</translation>
    </message>
    <message>
        <source>Take &amp;out of the group…</source>
        <translation>Ви&amp;лучити з групи…</translation>
    </message>
    <message>
        <source>Take out of the target group</source>
        <translation>Виключення з цільової групи</translation>
    </message>
    <message>
        <source>Take %1 out of the project&apos;s target group? Do this for an enrolment made in error; when the person has left the group, change the dates instead.</source>
        <translation>Виключити %1 з цільової групи проєкту? Так роблять із помилковим записом; якщо особа вийшла з групи, змініть строки.</translation>
    </message>
</context>
<context>
    <name>opora::ui::ProjectDashboard</name>
    <message>
        <source>registered participants</source>
        <translation>учасники з реєстру</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Показник:</translation>
    </message>
    <message>
        <source>Fact as percent of plan</source>
        <translation>Факт у відсотках від плану</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>факт</translation>
    </message>
    <message>
        <source>plan by date</source>
        <translation>план на дату</translation>
    </message>
    <message>
        <source>Services by type</source>
        <translation>Послуги за видами</translation>
    </message>
    <message>
        <source>Attendance by group</source>
        <translation>Учасники за групами</translation>
    </message>
    <message>
        <source>services</source>
        <translation>послуги</translation>
    </message>
    <message>
        <source>event participants</source>
        <translation>учасники заходів</translation>
    </message>
    <message>
        <source>Activity per month</source>
        <translation>Робота за місяцями</translation>
    </message>
</context>
<context>
    <name>opora::ui::ProjectPassport</name>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Грантодавець</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>Номер договору</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Мета</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Цільові групи</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнери</translation>
    </message>
    <message>
        <source>Someone else saved this project after you opened it. Your text is kept here: copy what you need, close the window and open the project again.</source>
        <translation>Хтось зберіг цей проєкт після того, як ви його відкрили. Ваш текст залишився тут: скопіюйте потрібне, закрийте вікно й відкрийте проєкт знову.</translation>
    </message>
    <message>
        <source>For the round-table document, in your own words:</source>
        <translation>Для матеріалів круглого столу, своїми словами:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результати</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Уроки та висновки</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Пропозиції</translation>
    </message>
</context>
<context>
    <name>opora::ui::ProjectTeam</name>
    <message>
        <source>&amp;Save the team</source>
        <translation>&amp;Зберегти команду</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Працівник</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Role in the project</source>
        <translation>Роль у проєкті</translation>
    </message>
    <message>
        <source>Tick who works in the project (Space) and write their role in it (type in the last column).</source>
        <translation>Позначте, хто працює в проєкті (пробіл), і вкажіть його роль (в останньому стовпці).</translation>
    </message>
</context>
<context>
    <name>opora::ui::ProjectWindow</name>
    <message>
        <source>&amp;Records behind the fact…</source>
        <translation>&amp;Записи, з яких склався факт…</translation>
    </message>
    <message>
        <source>&amp;Add indicator…</source>
        <translation>&amp;Додати показник…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <source>Enter a &amp;value…</source>
        <translation>Ввести &amp;значення…</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показник</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Expected by date</source>
        <translation>Очікується на дату</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% плану</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>How it is counted: %1</source>
        <translation>Як рахується: %1</translation>
    </message>
    <message>
        <source>&amp;Save the passport</source>
        <translation>&amp;Зберегти паспорт</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Показники</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Діаграми</translation>
    </message>
    <message>
        <source>&amp;Passport</source>
        <translation>П&amp;аспорт</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Станом на</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Новий проєкт</translation>
    </message>
    <message>
        <source>No indicators yet: add the ones in the grant agreement, in the funder&apos;s words.</source>
        <translation>Показників поки немає: додайте показники з договору, словами грантодавця.</translation>
    </message>
    <message>
        <source>Enter a value</source>
        <translation>Ввести значення</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Value to add</source>
        <translation>Додати значення</translation>
    </message>
    <message>
        <source>Comment (what was counted)</source>
        <translation>Коментар (що пораховано)</translation>
    </message>
    <message>
        <source>Presen&amp;tation</source>
        <translation>Презента&amp;ція</translation>
    </message>
    <message>
        <source>Full screen for a round table (F5); Esc leaves</source>
        <translation>На весь екран для круглого столу (F5); Esc — вихід</translation>
    </message>
    <message>
        <source>Round-table &amp;document…</source>
        <translation>&amp;Матеріали круглого столу…</translation>
    </message>
    <message>
        <source>Target &amp;group and activities</source>
        <translation>Цільова &amp;група та робота</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>&amp;Команда</translation>
    </message>
</context>
<context>
    <name>opora::ui::ProjectsPage</name>
    <message>
        <source>no indicators</source>
        <translation>немає показників</translation>
    </message>
    <message>
        <source>%1 of %2 achieved, %3 behind</source>
        <translation>виконано %1 з %2, відстають %3</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n проєкт</numerusform>
            <numerusform>%n проєкти</numerusform>
            <numerusform>%n проєктів</numerusform>
        </translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Грантодавець</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Indicators today</source>
        <translation>Показники сьогодні</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Новий проєкт…</translation>
    </message>
</context>
<context>
    <name>opora::ui::ReferenceListsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Reference lists</source>
        <translation>Довідники</translation>
    </message>
    <message>
        <source>Categories of people</source>
        <translation>Категорії отримувачів</translation>
    </message>
    <message>
        <source>Circumstances of a case</source>
        <translation>Обставини випадку</translation>
    </message>
    <message>
        <source>Reasons for closing a case</source>
        <translation>Причини закриття випадку</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Відділення</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename. Items that records use can be deactivated: they stay on those records but are no longer offered.</source>
        <translation>Щоб перейменувати, двічі клацніть або натисніть F2. Використовувані елементи можна вимкнути: у записах вони залишаться, але обирати їх більше не запропонують.</translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation>&amp;Вимкнути</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Увімкнути</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>використовується</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>вимкнено</translation>
    </message>
    <message>
        <source>active, not used yet</source>
        <translation>увімкнено, ще не використовується</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Новий елемент</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
</context>
<context>
    <name>opora::ui::RegisterNames</name>
    <message>
        <source>New</source>
        <translation>Новий</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оцінювання потреб</translation>
    </message>
    <message>
        <source>Active support</source>
        <translation>Супровід</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Перегляд</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Покращення</translation>
    </message>
    <message>
        <source>Partly improved</source>
        <translation>Часткове покращення</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без змін</translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation>Погіршення</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Не оцінювалося</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Мати</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Батько</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Дитина</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Бабуся або дідусь</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Опікун</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Інша спорідненість</translation>
    </message>
</context>
<context>
    <name>opora::ui::RetentionDialog</name>
    <message>
        <source>&amp;Anonymise now…</source>
        <translation>&amp;Знеособити зараз…</translation>
    </message>
    <message>
        <source>Retention of personal data</source>
        <translation>Строк зберігання персональних даних</translation>
    </message>
    <message>
        <source>When the support of a person and their family ended longer ago than this period, Opora removes their personal details: name, phone, address, document, notes and the texts of their cases. Dates, services, attendance, outcomes, birth dates and categories stay, so reports and project indicators do not change. People still supported, volunteers and anyone with newer records are kept as they are.</source>
        <translation>Коли супровід людини та її родини закінчився раніше цього строку, «Опора» видаляє їхні персональні відомості: ПІБ, телефон, адресу, документ, примітки та тексти їхніх випадків. Дати, послуги, відвідування, результати, дати народження та категорії залишаються, тому звіти й показники проєктів не змінюються. Тих, хто ще на супроводі, волонтерів і всіх, хто має новіші записи, це не стосується.</translation>
    </message>
    <message>
        <source>&amp;Keep personal data</source>
        <translation>&amp;Зберігати персональні дані</translation>
    </message>
    <message>
        <source>Nobody&apos;s support ended before %1: there is nothing to anonymise.</source>
        <translation>Ні в кого супровід не закінчився до %1: знеособлювати нічого.</translation>
    </message>
    <message numerus="yes">
        <source>Support ended before %1 for %n people; with them %2 families and %3 cases would be anonymised.</source>
        <translation>
            <numerusform>Супровід закінчився до %1 у %n людини; разом із ними буде знеособлено родин — %2, випадків — %3.</numerusform>
            <numerusform>Супровід закінчився до %1 у %n людей; разом із ними буде знеособлено родин — %2, випадків — %3.</numerusform>
            <numerusform>Супровід закінчився до %1 у %n людей; разом із ними буде знеособлено родин — %2, випадків — %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the personal details now? This cannot be undone (a backup made before keeps them).</source>
        <translation>Видалити персональні відомості зараз? Скасувати це не можна (у зробленій раніше резервній копії вони залишаться).</translation>
    </message>
    <message numerus="yes">
        <source>Anonymised: %n people, %1 families and %2 cases.</source>
        <translation>
            <numerusform>Знеособлено: людей — %n, родин — %1, випадків — %2.</numerusform>
            <numerusform>Знеособлено: людей — %n, родин — %1, випадків — %2.</numerusform>
            <numerusform>Знеособлено: людей — %n, родин — %1, випадків — %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) after the case was closed</source>
        <translation>
            <numerusform>%n рік після закриття випадку</numerusform>
            <numerusform>%n роки після закриття випадку</numerusform>
            <numerusform>%n років після закриття випадку</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opora::ui::RoundTableDialog</name>
    <message>
        <source>Show counts of 1 or 2 as &quot;&lt;3&quot;</source>
        <translation>Показувати числа 1 і 2 як «&lt;3»</translation>
    </message>
    <message>
        <source>Named variant for internal use (lists the target group by name)</source>
        <translation>Іменний варіант для внутрішнього користування (зі списком цільової групи)</translation>
    </message>
    <message>
        <source>Round-table document</source>
        <translation>Матеріали круглого столу</translation>
    </message>
    <message>
        <source>The document is anonymised: it holds figures only, never a recipient&apos;s name, birth date, address, phone or case number.</source>
        <translation>Документ знеособлено: у ньому лише цифри, без імен, дат народження, адрес, телефонів і номерів випадків отримувачів.</translation>
    </message>
    <message>
        <source>The named variant contains personal data: do not hand it out or send it outside the centre.</source>
        <translation>Іменний варіант містить персональні дані: не роздавайте його й не надсилайте за межі центру.</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Дані станом на</translation>
    </message>
    <message>
        <source>Preview and &amp;print…</source>
        <translation>Перегляд і &amp;друк…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Зберегти в &amp;PDF…</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder or file name.</source>
        <translation>Не вдалося записати %1. Виберіть іншу теку або ім’я файлу.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Збережено: %1.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Зберегти в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>opora::ui::RoundTableDocument</name>
    <message>
        <source>age not recorded</source>
        <translation>вік не зазначено</translation>
    </message>
    <message>
        <source>35 and older</source>
        <translation>35 років і старші</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 років</translation>
    </message>
    <message>
        <source>FOR INTERNAL USE: contains personal data</source>
        <translation>ДЛЯ ВНУТРІШНЬОГО КОРИСТУВАННЯ: містить персональні дані</translation>
    </message>
    <message>
        <source>Anonymised: no personal data of recipients</source>
        <translation>Знеособлено: без персональних даних отримувачів</translation>
    </message>
    <message>
        <source>Information and analytical materials for the round table</source>
        <translation>Інформаційно-аналітичні матеріали до круглого столу</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Грантодавець</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Договір</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Строк реалізації</translation>
    </message>
    <message>
        <source>Round table; figures as of</source>
        <translation>Круглий стіл; дані станом на</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Мета</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Цільові групи</translation>
    </message>
    <message>
        <source>Indicators: plan and fact</source>
        <translation>Показники: план і факт</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показник</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Од.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% плану</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Facts are counted by Opora from the centre&apos;s records as of %1: services and events attributed to the project within its period, both days included; cancelled events and archived records are left out.</source>
        <translation>Факт пораховано «Опорою» за записами центру станом на %1: послуги та заходи, віднесені до проєкту, у строки проєкту включно; скасовані заходи та записи в архіві не враховуються.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Діаграми</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Заходи</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Вид заходу</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>registered participants (visits)</source>
        <translation>учасники з реєстру (відвідування)</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Хто прийшов</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Осіб</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Проведені заходи</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Прийшли</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Послуги</translation>
    </message>
    <message>
        <source>Type of service</source>
        <translation>Вид послуг</translation>
    </message>
    <message>
        <source>Form of service</source>
        <translation>Форма надання</translation>
    </message>
    <message>
        <source>The target group</source>
        <translation>Цільова група</translation>
    </message>
    <message>
        <source>People enrolled in the target group: %1.</source>
        <translation>Включено до цільової групи: %1 осіб.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Age at enrolment</source>
        <translation>Вік на час включення</translation>
    </message>
    <message>
        <source>Volunteers and partners</source>
        <translation>Волонтери та партнери</translation>
    </message>
    <message>
        <source>Volunteers: %1; hours given: %2.</source>
        <translation>Волонтерів: %1; відпрацьовано годин: %2.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнери</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результати</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Уроки та висновки</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Пропозиції</translation>
    </message>
    <message>
        <source>Annex: the target group by name (internal use only)</source>
        <translation>Додаток: склад цільової групи (лише для внутрішнього користування)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Прізвище, ім’я, по батькові</translation>
    </message>
</context>
<context>
    <name>opora::ui::SearchField</name>
    <message>
        <source>Find a person or case (Ctrl+F): surname, case number, phone</source>
        <translation>Знайти особу або випадок (Ctrl+F): прізвище, номер випадку, телефон</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>Випадок %1 — %2</translation>
    </message>
    <message>
        <source>[archived]</source>
        <translation>[в архіві]</translation>
    </message>
</context>
<context>
    <name>opora::ui::ServiceNames</name>
    <message>
        <source>social and domestic</source>
        <translation>соціально-побутові</translation>
    </message>
    <message>
        <source>social and medical</source>
        <translation>соціально-медичні</translation>
    </message>
    <message>
        <source>psychological</source>
        <translation>соціально-психологічні</translation>
    </message>
    <message>
        <source>pedagogical</source>
        <translation>соціально-педагогічні</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>соціально-трудові</translation>
    </message>
    <message>
        <source>legal</source>
        <translation>соціально-правові</translation>
    </message>
    <message>
        <source>communication skills</source>
        <translation>підвищення комунікативного потенціалу</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>термінові</translation>
    </message>
    <message>
        <source>consulting</source>
        <translation>консультування</translation>
    </message>
    <message>
        <source>social support</source>
        <translation>соціальний супровід</translation>
    </message>
    <message>
        <source>prevention</source>
        <translation>соціальна профілактика</translation>
    </message>
    <message>
        <source>adaptation and integration</source>
        <translation>адаптація та інтеграція</translation>
    </message>
    <message>
        <source>crisis intervention</source>
        <translation>кризове втручання</translation>
    </message>
    <message>
        <source>care</source>
        <translation>догляд</translation>
    </message>
    <message>
        <source>rehabilitation</source>
        <translation>реабілітація</translation>
    </message>
    <message>
        <source>representation</source>
        <translation>представництво інтересів</translation>
    </message>
    <message>
        <source>mediation</source>
        <translation>медіація</translation>
    </message>
    <message>
        <source>information</source>
        <translation>інформування</translation>
    </message>
    <message>
        <source>aid in kind</source>
        <translation>натуральна допомога</translation>
    </message>
    <message>
        <source>at home</source>
        <translation>вдома</translation>
    </message>
    <message>
        <source>day care</source>
        <translation>напівстаціонарно</translation>
    </message>
    <message>
        <source>residential</source>
        <translation>стаціонарно</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>дистанційно</translation>
    </message>
    <message>
        <source>service</source>
        <translation>послуга</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>година</translation>
    </message>
    <message>
        <source>session</source>
        <translation>заняття</translation>
    </message>
    <message>
        <source>class or lecture</source>
        <translation>заняття або лекція</translation>
    </message>
    <message>
        <source>school of motherhood / parents</source>
        <translation>школа материнства / батьків</translation>
    </message>
    <message>
        <source>training for specialists</source>
        <translation>навчання фахівців</translation>
    </message>
    <message>
        <source>seminar or conference</source>
        <translation>семінар або конференція</translation>
    </message>
    <message>
        <source>round table</source>
        <translation>круглий стіл</translation>
    </message>
    <message>
        <source>club or leisure</source>
        <translation>клуб або дозвілля</translation>
    </message>
    <message>
        <source>webinar or supervision</source>
        <translation>вебінар або супервізія</translation>
    </message>
    <message>
        <source>mobile brigade visit</source>
        <translation>виїзд мобільної бригади</translation>
    </message>
    <message>
        <source>other</source>
        <translation>інше</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>заплановано</translation>
    </message>
    <message>
        <source>held</source>
        <translation>проведено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <source>women</source>
        <translation>жінки</translation>
    </message>
    <message>
        <source>men</source>
        <translation>чоловіки</translation>
    </message>
    <message>
        <source>teenagers</source>
        <translation>підлітки</translation>
    </message>
    <message>
        <source>children</source>
        <translation>діти</translation>
    </message>
    <message>
        <source>parents</source>
        <translation>батьки</translation>
    </message>
    <message>
        <source>specialists</source>
        <translation>фахівці</translation>
    </message>
    <message>
        <source>volunteers</source>
        <translation>волонтери</translation>
    </message>
    <message>
        <source>others</source>
        <translation>інші</translation>
    </message>
    <message>
        <source>present</source>
        <translation>був(ла) присутній(я)</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>з поважної причини</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>не прийшов(ла)</translation>
    </message>
    <message>
        <source>once</source>
        <translation>одноразово</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>щодня</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>щотижня</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>щомісяця</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>за потреби</translation>
    </message>
</context>
<context>
    <name>opora::ui::ServiceRecordDialog</name>
    <message>
        <source>Record services</source>
        <translation>Запис послуг</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не зазначено</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>не обрано</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Особа</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Випадок</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Послуга</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Форма</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Кількість</translation>
    </message>
    <message>
        <source>D&amp;uration, minutes</source>
        <translation>Т&amp;ривалість, хвилин</translation>
    </message>
    <message>
        <source>Speciali&amp;st</source>
        <translation>Фа&amp;хівець</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Примітка</translation>
    </message>
    <message>
        <source>Save and &amp;next (Ctrl+S)</source>
        <translation>Зберегти й &amp;далі (Ctrl+S)</translation>
    </message>
    <message>
        <source>no open case: open one first</source>
        <translation>немає відкритого випадку: спершу відкрийте його</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n service(s). Type the next person.</source>
        <translation>
            <numerusform>Збережено %n послугу. Введіть наступного отримувача.</numerusform>
            <numerusform>Збережено %n послуги. Введіть наступного отримувача.</numerusform>
            <numerusform>Збережено %n послуг. Введіть наступного отримувача.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opora::ui::ServicesPage</name>
    <message>
        <source>Services</source>
        <translation>Послуги</translation>
    </message>
    <message>
        <source>&amp;Record a service…</source>
        <translation>&amp;Записати послугу…</translation>
    </message>
    <message>
        <source>All types of service</source>
        <translation>Усі види послуг</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Усі форми</translation>
    </message>
    <message>
        <source>All specialists</source>
        <translation>Усі фахівці</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n service(s)</source>
        <translation>
            <numerusform>Усього: %n послуга</numerusform>
            <numerusform>Усього: %n послуги</numerusform>
            <numerusform>Усього: %n послуг</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) served</source>
        <translation>
            <numerusform>%n отримувач</numerusform>
            <numerusform>%n отримувачі</numerusform>
            <numerusform>%n отримувачів</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>Day s&amp;heet…</source>
        <translation>&amp;Аркуш за день…</translation>
    </message>
</context>
<context>
    <name>opora::ui::Session</name>
    <message>
        <source>Opora databases (*.sqlite *.db);;All files (*)</source>
        <translation>Бази «Опори» (*.sqlite *.db);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Opora</source>
        <translation>Опора</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>Не вдається відкрити %1.</translation>
    </message>
    <message>
        <source>No folder for the demo database could be made.</source>
        <translation>Не вдалося створити теку для демонстраційної бази.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Відкрити базу</translation>
    </message>
    <message>
        <source>Russia (442-FZ, lists in Russian)</source>
        <translation>Росія (442-ФЗ, довідники російською)</translation>
    </message>
    <message>
        <source>Ukraine (Law on social services, lists in Ukrainian)</source>
        <translation>Україна (Закон «Про соціальні послуги», довідники українською)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Нова база</translation>
    </message>
    <message>
        <source>Region profile:</source>
        <translation>Профіль регіону:</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name.</source>
        <translation>%1 вже існує. Оберіть нове ім&apos;я файлу.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Резервна копія</translation>
    </message>
    <message>
        <source>The backup is made and checked:
%1</source>
        <translation>Резервну копію зроблено й перевірено:
%1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Відновлення з копії</translation>
    </message>
    <message>
        <source>The backup was made %1 and holds:
%2

Replace the current database with it? The current database is kept as a backup first.</source>
        <translation>Копію зроблено %1, вона містить:
%2

Замінити нею поточну базу? Поточну базу спершу буде збережено як копію.</translation>
    </message>
    <message>
        <source>The database is restored. The previous one is kept in %1.</source>
        <translation>Базу відновлено. Попередню збережено в %1.</translation>
    </message>
    <message>
        <source>The newest good backup was made %1. Restore it? The file that cannot be opened is kept, unchanged, in %2.</source>
        <translation>Остання справна резервна копія зроблена %1. Відновити її? Файл, який не відкривається, буде збережено без змін у %2.</translation>
    </message>
</context>
<context>
    <name>opora::ui::SignInDialog</name>
    <message>
        <source>Set the administrator&apos;s password</source>
        <translation>Пароль адміністратора</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Увійти</translation>
    </message>
    <message>
        <source>This database is new. Choose the administrator&apos;s password (at least 8 characters). Keep it safe: the case files of minors and vulnerable families are behind it.</source>
        <translation>Це нова база. Задайте пароль адміністратора (щонайменше 8 знаків). Зберігайте його надійно: він захищає справи неповнолітніх і вразливих сімей.</translation>
    </message>
    <message>
        <source>Opora keeps personal data of the people your centre supports. Sign in with your user name and password.</source>
        <translation>«Опора» зберігає персональні дані людей, яких підтримує ваш центр. Увійдіть під своїм ім&apos;ям користувача та паролем.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Ім&apos;я користувача</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Повторіть пароль</translation>
    </message>
    <message>
        <source>Set and sign in</source>
        <translation>Задати й увійти</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Паролі не збігаються.</translation>
    </message>
    <message>
        <source>Opora is locked</source>
        <translation>«Опору» заблоковано</translation>
    </message>
    <message>
        <source>Opora locked itself after a while without use. Enter your password to go on: nothing you were doing is lost.</source>
        <translation>«Опора» заблокувалася після перерви в роботі. Введіть пароль, щоб продовжити: нічого з розпочатого не втрачено.</translation>
    </message>
</context>
<context>
    <name>opora::ui::StaffAccountsDialog</name>
    <message>
        <source>Name</source>
        <translation>ПІБ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Відділ</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Показане ім&apos;я</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Ім&apos;я користувача</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation>Працівник</translation>
    </message>
    <message>
        <source>Staff and accounts</source>
        <translation>Працівники та облікові записи</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <source>Staff are responsible for cases, deliver services and organise events. Someone who leaves is deactivated: the records keep their name.</source>
        <translation>Працівники ведуть випадки, надають послуги та проводять заходи. Працівника, який звільнився, вимикають: його ім&apos;я залишається в записах.</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Дода&amp;ти…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Змін&amp;ити…</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>Нови&amp;й пароль…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Розблокувати</translation>
    </message>
    <message>
        <source>Roles: an administrator manages accounts and reference lists; a head of department and specialists keep the records; a manager sees reports only; a trainer opens demo databases only. Nobody changes their own role.</source>
        <translation>Ролі: адміністратор веде облікові записи та довідники; завідувач відділу та фахівці ведуть записи; керівник бачить лише звіти; тренер відкриває лише демонстраційні бази. Свою роль змінити не можна.</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Працівники</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>&amp;Облікові записи</translation>
    </message>
    <message>
        <source>works here</source>
        <translation>працює</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>вимкнено</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активний</translation>
    </message>
    <message>
        <source>locked after failed sign-ins</source>
        <translation>заблоковано після невдалих входів</translation>
    </message>
    <message>
        <source>no password yet</source>
        <translation>пароль ще не задано</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>&amp;Вимкнути</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>&amp;Увімкнути</translation>
    </message>
</context>
<context>
    <name>opora::ui::StaffForm</name>
    <message>
        <source>Member of staff</source>
        <translation>Працівник</translation>
    </message>
    <message>
        <source>New member of staff</source>
        <translation>Новий працівник</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(без відділу)</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Прізвище</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Ім&apos;я</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>По &amp;батькові</translation>
    </message>
    <message>
        <source>P&amp;osition</source>
        <translation>П&amp;осада</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Відділ</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Ел. пошта</translation>
    </message>
</context>
<context>
    <name>opora::ui::StatusChangeDialog</name>
    <message>
        <source>Change the status of case %1</source>
        <translation>Зміна статусу випадку %1</translation>
    </message>
    <message>
        <source>Re-open: %1</source>
        <translation>Відкрити знову: %1</translation>
    </message>
    <message>
        <source>New &amp;status</source>
        <translation>Новий &amp;статус</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Коментар</translation>
    </message>
    <message>
        <source>&amp;Reason for closing</source>
        <translation>&amp;Причина закриття</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Результат</translation>
    </message>
</context>
<context>
    <name>opora::ui::VolunteerCard</name>
    <message>
        <source>Not in the re&amp;gister</source>
        <translation>&amp;Немає в реєстрі</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Випадок</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Про кого</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Години</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Що зроблено</translation>
    </message>
    <message>
        <source>&amp;Mentor a case…</source>
        <translation>Прикріпити до &amp;випадку…</translation>
    </message>
    <message>
        <source>&amp;End the mentoring…</source>
        <translation>Завер&amp;шити наставництво…</translation>
    </message>
    <message>
        <source>&amp;Log hours…</source>
        <translation>&amp;Додати години…</translation>
    </message>
    <message>
        <source>Remo&amp;ve the entry</source>
        <translation>Ви&amp;лучити запис</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>З&amp;берегти</translation>
    </message>
    <message>
        <source>Type a surname if the volunteer is in the register</source>
        <translation>Наберіть прізвище, якщо волонтер є в реєстрі</translation>
    </message>
    <message>
        <source>&amp;Person of the register</source>
        <translation>&amp;Особа з реєстру</translation>
    </message>
    <message>
        <source>S&amp;urname</source>
        <translation>&amp;Прізвище</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Ім&apos;я</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>S&amp;kills and interests</source>
        <translation>Нави&amp;чки та інтереси</translation>
    </message>
    <message>
        <source>Volunteer s&amp;ince</source>
        <translation>Волонтер &amp;з</translation>
    </message>
    <message>
        <source>Men&amp;toring</source>
        <translation>Наставни&amp;цтво</translation>
    </message>
    <message>
        <source>H&amp;ours</source>
        <translation>&amp;Години</translation>
    </message>
    <message>
        <source>Volunteer — %1</source>
        <translation>Волонтер — %1</translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation>Новий волонтер</translation>
    </message>
    <message>
        <source>still mentoring</source>
        <translation>досі</translation>
    </message>
    <message>
        <source>In all: %1 h</source>
        <translation>Усього: %1 год</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>Пов&amp;ернути</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Архівувати</translation>
    </message>
    <message>
        <source>Save the volunteer first</source>
        <translation>Спершу збережіть волонтера</translation>
    </message>
    <message>
        <source>Someone else changed this volunteer after you opened the card. What you typed is still here: copy what you need, close the card and open it again.</source>
        <translation>Хтось інший змінив цього волонтера після того, як ви відкрили картку. Введене вами лишилося тут: скопіюйте потрібне, закрийте картку й відкрийте її знову.</translation>
    </message>
    <message>
        <source>Archive this volunteer? Their mentoring and hours stay in the records and in the indicators.</source>
        <translation>Перенести волонтера до архіву? Його наставництво й години залишаться в записах і в показниках.</translation>
    </message>
    <message>
        <source>Remove the entry of %1 h on %2? Use this for an entry made in error.</source>
        <translation>Вилучити запис: %1 год за %2? Це для запису, зробленого помилково.</translation>
    </message>
</context>
<context>
    <name>opora::ui::VolunteersModel</name>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Навички</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>З</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Години</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архіві)</translation>
    </message>
    <message>
        <source>Cases mentored</source>
        <translation>Супроводжує випадків</translation>
    </message>
</context>
<context>
    <name>opora::ui::VolunteersPage</name>
    <message>
        <source>Volunteers</source>
        <translation>Волонтери</translation>
    </message>
    <message>
        <source>Name, phone or skills</source>
        <translation>Ім&apos;я, телефон або навички</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Показати &amp;архівних</translation>
    </message>
    <message>
        <source>&amp;New volunteer…</source>
        <translation>&amp;Новий волонтер…</translation>
    </message>
</context>
</TS>
