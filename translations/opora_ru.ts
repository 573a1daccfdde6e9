<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>main</name>
    <message>
        <source>Opora: case management for a social-service centre</source>
        <translation>Опора: учёт случаев социального сопровождения в центре социального обслуживания</translation>
    </message>
    <message>
        <source>Open the database at PATH.</source>
        <translation>Открыть базу данных по пути PATH.</translation>
    </message>
    <message>
        <source>Open a fresh demo database with fictional data (nothing done in it touches the real database).</source>
        <translation>Открыть новую демонстрационную базу с вымышленными данными (ничто в ней не затрагивает рабочую базу).</translation>
    </message>
</context>
<context>
    <name>opora::Accounts</name>
    <message>
        <source>The password library could not start.</source>
        <translation>Не удалось запустить библиотеку паролей.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>Недостаточно памяти, чтобы защитить пароль.</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>head of department</source>
        <translation>заведующий отделением</translation>
    </message>
    <message>
        <source>specialist</source>
        <translation>специалист</translation>
    </message>
    <message>
        <source>psychologist</source>
        <translation>психолог</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>тренер</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Пароль должен содержать не меньше 8 знаков.</translation>
    </message>
    <message>
        <source>The administrator already has a password. Sign in to change it.</source>
        <translation>У администратора уже есть пароль. Войдите, чтобы сменить его.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong, or the account is locked for a while after failed attempts.</source>
        <translation>Неверное имя пользователя или пароль, либо учётная запись временно заблокирована после неудачных попыток.</translation>
    </message>
    <message>
        <source>A trainer&apos;s account opens demo databases only. Ask the administrator for another role to work with this database.</source>
        <translation>Учётная запись тренера открывает только демонстрационные базы. Чтобы работать с этой базой, попросите администратора дать другую роль.</translation>
    </message>
</context>
<context>
    <name>opora::AttendanceExchange</name>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Дата мероприятия</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <source>Several events %1 on that date: add the start time.</source>
        <translation>В этот день несколько мероприятий «%1»: добавьте время начала.</translation>
    </message>
    <message>
        <source>There is no event %1 on that date: import the events first.</source>
        <translation>В этот день нет мероприятия «%1»: сначала импортируйте мероприятия.</translation>
    </message>
    <message>
        <source>Attendance: write present, excused or absent (был, уважительная, не был / був, з поважної причини, відсутній).</source>
        <translation>Посещение: напишите был, уважительная или не был (или present, excused, absent).</translation>
    </message>
</context>
<context>
    <name>opora::AuditChain</name>
    <message>
        <source>Entry %1 has no seal: it was written or changed outside Opora.</source>
        <translation>Запись %1 не запечатана: её записали или изменили в обход «Опоры».</translation>
    </message>
    <message>
        <source>The key that seals this audit trail is not on this computer: it can be checked only where the database is used.</source>
        <translation>Ключа, которым запечатан журнал аудита, нет на этом компьютере: проверить журнал можно только там, где работают с базой.</translation>
    </message>
    <message>
        <source>Entry %1 does not fit the chain: it or an entry before it was changed, removed or moved outside Opora.</source>
        <translation>Запись %1 выпадает из цепочки: она или запись перед ней изменена, удалена или переставлена в обход «Опоры».</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n sealed entries.</source>
        <translation>
            <numerusform>Журнал аудита цел: %n запечатанная запись.</numerusform>
            <numerusform>Журнал аудита цел: %n запечатанные записи.</numerusform>
            <numerusform>Журнал аудита цел: %n запечатанных записей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opora::Backups</name>
    <message>
        <source>The backup could not be written to disk. Check the free space and try again.</source>
        <translation>Резервную копию не удалось записать на диск. Проверьте свободное место и попробуйте снова.</translation>
    </message>
    <message>
        <source>The backup could not be made. Check that the backup folder is writable and has free space. The database is unchanged.</source>
        <translation>Не удалось сделать резервную копию. Проверьте, что в папку копий можно писать и на диске есть место. База не изменена.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file for the backup.</source>
        <translation>%1 уже существует. Выберите другой файл для копии.</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>Файла резервной копии %1 не существует.</translation>
    </message>
    <message>
        <source>The backup could not be copied. Nothing was changed.</source>
        <translation>Резервную копию не удалось скопировать. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The backup could not be put in place. The previous database is kept in %1.</source>
        <translation>Резервную копию не удалось поставить на место. Прежняя база сохранена в %1.</translation>
    </message>
</context>
<context>
    <name>opora::CaseExchange</name>
    <message>
        <source>Case number</source>
        <translation>Номер случая</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Responsible specialist</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>The family %1 is not in the register: import families first.</source>
        <translation>Семьи «%1» нет в реестре: сначала импортируйте семьи.</translation>
    </message>
    <message>
        <source>Status: write new, assessment, active, review or closed.</source>
        <translation>Статус: напишите новый, оценка, сопровождение, пересмотр или закрыт (или new, assessment, active, review, closed).</translation>
    </message>
    <message>
        <source>Outcome: write improved, partly_improved, unchanged, worsened or not_assessed.</source>
        <translation>Результат: напишите улучшение, частичное улучшение, без изменений, ухудшение или не оценивалось.</translation>
    </message>
</context>
<context>
    <name>opora::CaseNoteExchange</name>
    <message>
        <source>Case number</source>
        <translation>Номер случая</translation>
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
        <translation>Вид: напишите «общая» или «психолог».</translation>
    </message>
</context>
<context>
    <name>opora::CaseRepository</name>
    <message>
        <source>Choose the person or the family the case is about.</source>
        <translation>Выберите человека или семью, к которым относится случай.</translation>
    </message>
    <message>
        <source>Enter the opening date.</source>
        <translation>Укажите дату открытия.</translation>
    </message>
    <message>
        <source>The opening date is in the future.</source>
        <translation>Дата открытия ещё не наступила.</translation>
    </message>
    <message>
        <source>The closing date is before the opening date.</source>
        <translation>Дата закрытия раньше даты открытия.</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Выберите статус.</translation>
    </message>
    <message>
        <source>Enter the closing date.</source>
        <translation>Укажите дату закрытия.</translation>
    </message>
    <message>
        <source>Choose the reason for closing the case.</source>
        <translation>Выберите причину закрытия случая.</translation>
    </message>
    <message>
        <source>Choose the outcome of the support.</source>
        <translation>Выберите результат сопровождения.</translation>
    </message>
    <message>
        <source>This case is no longer in the register.</source>
        <translation>Этого случая больше нет в реестре.</translation>
    </message>
    <message>
        <source>A case cannot move from this status to the chosen one.</source>
        <translation>Из этого статуса случай нельзя перевести в выбранный.</translation>
    </message>
    <message>
        <source>Enter the date of the change; it cannot be in the future.</source>
        <translation>Укажите дату изменения; она не может быть в будущем.</translation>
    </message>
    <message>
        <source>The date of the change is before the case was opened.</source>
        <translation>Дата изменения раньше открытия случая.</translation>
    </message>
    <message>
        <source>Write the note&apos;s text.</source>
        <translation>Напишите текст записи.</translation>
    </message>
    <message>
        <source>Enter the note&apos;s date; it cannot be in the future.</source>
        <translation>Укажите дату записи; она не может быть в будущем.</translation>
    </message>
    <message>
        <source>Choose the kind of note.</source>
        <translation>Выберите вид записи.</translation>
    </message>
    <message>
        <source>A specialist writes general notes; a psychologist&apos;s note is written by a psychologist.</source>
        <translation>Специалист пишет общие записи; запись психолога пишет психолог.</translation>
    </message>
    <message>
        <source>A case number is written as YYYY-NNNN, e.g. 2024-0042.</source>
        <translation>Номер случая пишется как ГГГГ-NNNN, например 2024-0042.</translation>
    </message>
    <message>
        <source>Another case has this number.</source>
        <translation>Этот номер уже есть у другого случая.</translation>
    </message>
</context>
<context>
    <name>opora::CentreDetails</name>
    <message>
        <source>The centre&apos;s name is too long.</source>
        <translation>Название центра слишком длинное.</translation>
    </message>
    <message>
        <source>The logo is too large: choose a smaller picture.</source>
        <translation>Логотип слишком большой: выберите картинку поменьше.</translation>
    </message>
</context>
<context>
    <name>opora::CliCommands</name>
    <message>
        <source>The profile must be ru or ua.</source>
        <translation>Профиль должен быть ru или ua.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Создана база %1</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Все проверки пройдены.</translation>
    </message>
    <message>
        <source>create an empty database: init --profile ru|ua</source>
        <translation>создать пустую базу: init --profile ru|ua</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity, references and schema</source>
        <translation>проверить целостность базы, ссылки и схему</translation>
    </message>
    <message>
        <source>count the records of each kind: stats [--json]</source>
        <translation>посчитать записи каждого вида: stats [--json]</translation>
    </message>
    <message>
        <source>The size must be a whole number from 1 to 1000.</source>
        <translation>Размер должен быть целым числом от 1 до 1000.</translation>
    </message>
    <message>
        <source>The seed must be a whole number.</source>
        <translation>Начальное число (seed) должно быть целым.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file for the demo database.</source>
        <translation>%1 уже существует. Выберите новый файл для демонстрационной базы.</translation>
    </message>
    <message>
        <source>Created the demo database %1</source>
        <translation>Создана демонстрационная база %1</translation>
    </message>
    <message>
        <source>The search text is too long (at most %1 characters).</source>
        <translation>Слишком длинный текст поиска (не более %1 знаков).</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <source>create a fictional demo database: demo [--profile ru|ua] [--size N] [--seed S]</source>
        <translation>создать демонстрационную базу с вымышленными данными: demo [--profile ru|ua] [--size N] [--seed S]</translation>
    </message>
    <message>
        <source>find people and cases: search TEXT [--json] [--archived] [--limit N]</source>
        <translation>найти людей и случаи: search ТЕКСТ [--json] [--archived] [--limit N]</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Копия: %1</translation>
    </message>
    <message>
        <source>Made: %1 UTC</source>
        <translation>Сделана: %1 UTC</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Версия схемы: %1</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>База %1 восстановлена.</translation>
    </message>
    <message>
        <source>The previous database was kept in %1.</source>
        <translation>Прежняя база сохранена в %1.</translation>
    </message>
    <message>
        <source>make a checked backup now: backup [--to FILE] (default: the backups folder, rotated)</source>
        <translation>сделать проверенную резервную копию: backup [--to ФАЙЛ] (по умолчанию — в папку копий, с ротацией)</translation>
    </message>
    <message>
        <source>replace the database with a backup, keeping the current one: restore FILE</source>
        <translation>заменить базу резервной копией, сохранив текущую: restore ФАЙЛ</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was stored.</source>
        <translation>Пробный прогон: ничего не сохранено.</translation>
    </message>
    <message>
        <source>Nothing was stored: correct the rows above, or import the good rows with --skip-invalid.</source>
        <translation>Ничего не сохранено: исправьте строки выше или загрузите правильные строки с --skip-invalid.</translation>
    </message>
    <message>
        <source>The rows with problems are in %1.</source>
        <translation>Строки с ошибками записаны в %1.</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>Выгружено строк: %1, файл %2.</translation>
    </message>
    <message>
        <source>The audit command knows: audit verify</source>
        <translation>Команда audit знает: audit verify</translation>
    </message>
    <message>
        <source>check that the audit trail was not changed outside Opora: audit verify</source>
        <translation>проверить, что журнал аудита не меняли в обход «Опоры»: audit verify</translation>
    </message>
    <message>
        <source>There are no projects in this database.</source>
        <translation>В этой базе нет проектов.</translation>
    </message>
    <message>
        <source>--project needs the project&apos;s number (see opora-cli projects).</source>
        <translation>Для --project нужен номер проекта (см. opora-cli projects).</translation>
    </message>
    <message>
        <source>The date must be written as YYYY-MM-DD.</source>
        <translation>Дату нужно записать как ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <source>list the projects: projects [--json] [--archived]</source>
        <translation>показать проекты: projects [--json] [--archived]</translation>
    </message>
    <message>
        <source>plan against fact of a project&apos;s indicators: indicators --project ID [--as-of YYYY-MM-DD] [--json]</source>
        <translation>план и факт показателей проекта: indicators --project ID [--as-of ГГГГ-ММ-ДД] [--json]</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Записан файл %1</translation>
    </message>
    <message>
        <source>The language must be ru, uk or en.</source>
        <translation>Язык должен быть ru, uk или en.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Случая %1 нет.</translation>
    </message>
    <message>
        <source>--event needs the event&apos;s number.</source>
        <translation>Для --event нужен номер мероприятия.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>Unknown kind: %1. This version imports and exports: %2.</source>
        <translation>Неизвестный вид: %1. Эта версия импортирует и выгружает: %2.</translation>
    </message>
    <message>
        <source>Rows: %1, new and correct: %2, already stored: %3, with problems: %4, imported: %5.</source>
        <translation>Строк: %1, новых и верных: %2, уже есть: %3, с ошибками: %4, импортировано: %5.</translation>
    </message>
    <message>
        <source>Give the person&apos;s number (as opora-cli search shows it).</source>
        <translation>Укажите номер человека (как его показывает opora-cli search).</translation>
    </message>
    <message>
        <source>Everything held about person %1 is in %2.</source>
        <translation>Все данные о человеке %1 записаны в %2.</translation>
    </message>
    <message>
        <source>write everything held about one person as JSON: personal-data PERSON_ID FILE</source>
        <translation>записать все данные об одном человеке в JSON: personal-data НОМЕР ФАЙЛ</translation>
    </message>
    <message>
        <source>--person needs the person&apos;s number (see opora-cli search).</source>
        <translation>Для --person нужен номер человека (см. opora-cli search).</translation>
    </message>
    <message>
        <source>Unknown report: %1. Known: roundtable, case, plan, attendance, period, personal.</source>
        <translation>Неизвестный отчёт: %1. Известны: roundtable, case, plan, attendance, period, personal.</translation>
    </message>
    <message>
        <source>write a document as PDF: report roundtable --project ID | case --case NUMBER | plan --case NUMBER | attendance --event ID | period --from YYYY-MM-DD --to YYYY-MM-DD | personal --person ID, then --pdf FILE [--lang ru|uk|en]</source>
        <translation>записать документ в PDF: report roundtable --project ID | case --case НОМЕР | plan --case НОМЕР | attendance --event ID | period --from ГГГГ-ММ-ДД --to ГГГГ-ММ-ДД | personal --person ID, затем --pdf ФАЙЛ [--lang ru|uk|en]</translation>
    </message>
    <message>
        <source>The retention period is from %1 to %2 years.</source>
        <translation>Срок хранения — от %1 до %2 лет.</translation>
    </message>
    <message>
        <source>Anonymised (support ended before %1): %2 people, %3 families, %4 cases.</source>
        <translation>Обезличено (сопровождение закончилось до %1): людей — %2, семей — %3, случаев — %4.</translation>
    </message>
    <message>
        <source>Support ended before %1: %2 people, %3 families and %4 cases would be anonymised. Run with --apply to do it.</source>
        <translation>Сопровождение закончилось до %1: будут обезличены людей — %2, семей — %3, случаев — %4. Чтобы сделать это, запустите с --apply.</translation>
    </message>
    <message>
        <source>anonymise people whose support ended longer ago than the retention period: retention [--years N] [--apply]</source>
        <translation>обезличить людей, сопровождение которых закончилось раньше срока хранения: retention [--years N] [--apply]</translation>
    </message>
    <message>
        <source>import a CSV file: import %1 FILE [--dry-run] [--skip-invalid] [--rejected FILE]</source>
        <translation>импорт CSV-файла: import %1 ФАЙЛ [--dry-run] [--skip-invalid] [--rejected ФАЙЛ]</translation>
    </message>
    <message>
        <source>export as CSV: export %1 FILE</source>
        <translation>выгрузка в CSV: export %1 ФАЙЛ</translation>
    </message>
</context>
<context>
    <name>opora::CliMain</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Параметру %1 нужно значение.</translation>
    </message>
    <message>
        <source>Usage: opora-cli [--db PATH] [--user NAME] COMMAND [OPTIONS]</source>
        <translation>Использование: opora-cli [--db ПУТЬ] [--user ИМЯ] КОМАНДА [ПАРАМЕТРЫ]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error.</source>
        <translation>Коды завершения: 0 — успех, 1 — ошибка, 2 — неверный вызов.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Неизвестная команда: %1</translation>
    </message>
    <message>
        <source>(see opora-cli --help)</source>
        <translation>(см. opora-cli --help)</translation>
    </message>
</context>
<context>
    <name>opora::CliOptions</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Параметру --%1 нужно значение.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Неизвестный параметр: %1</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>Не хватает аргумента.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Лишний аргумент: %1</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>Параметр --%1 обязателен.</translation>
    </message>
    <message>
        <source>The option --%1 needs a whole number.</source>
        <translation>Параметру --%1 нужно целое число.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>--user needs the password: type it when asked, or put it in the environment variable OPORA_PASSWORD.</source>
        <translation>Для --user нужен пароль: введите его по запросу или задайте в переменной окружения OPORA_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>opora::ConflictError</name>
    <message>
        <source>Someone else changed this record after you opened it. Review their changes before saving yours.</source>
        <translation>Кто-то другой изменил эту запись после того, как вы её открыли. Посмотрите его изменения, прежде чем сохранять свои.</translation>
    </message>
</context>
<context>
    <name>opora::ConsentExchange</name>
    <message>
        <source>Given</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>На что</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given.</source>
        <translation>Согласие не может быть отозвано раньше, чем дано.</translation>
    </message>
</context>
<context>
    <name>opora::ConsentRepository</name>
    <message>
        <source>Enter the date the consent was given; it cannot be in the future.</source>
        <translation>Укажите дату согласия; она не может быть в будущем.</translation>
    </message>
    <message>
        <source>Enter who signed the consent (for a minor: the legal representative).</source>
        <translation>Укажите, кто подписал согласие (за несовершеннолетнего — законный представитель).</translation>
    </message>
    <message>
        <source>Enter what the consent covers.</source>
        <translation>Укажите, на что дано согласие.</translation>
    </message>
    <message>
        <source>Enter the date of withdrawal; it cannot be in the future.</source>
        <translation>Укажите дату отзыва; она не может быть в будущем.</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given.</source>
        <translation>Согласие нельзя отозвать раньше, чем оно дано.</translation>
    </message>
</context>
<context>
    <name>opora::CsvHeaderMapper</name>
    <message>
        <source>The columns %1 and %2 both mean %3. Keep only one of them.</source>
        <translation>Столбцы %1 и %2 оба означают «%3». Оставьте только один.</translation>
    </message>
    <message>
        <source>The column %1 is missing. Its heading can be any of: %2.</source>
        <translation>Нет столбца %1. Его заголовок может быть любым из: %2.</translation>
    </message>
    <message>
        <source>The column %1 is not known and will be ignored.</source>
        <translation>Столбец %1 неизвестен и будет пропущен.</translation>
    </message>
    <message>
        <source>Line %1 has more cells than there are headings. Perhaps a value contains a semicolon or a comma and is not in quotation marks.</source>
        <translation>В строке %1 больше ячеек, чем заголовков. Возможно, значение содержит точку с запятой или запятую и не взято в кавычки.</translation>
    </message>
</context>
<context>
    <name>opora::CsvReader</name>
    <message>
        <source>This is an Excel workbook (.xlsx) or another packed file, not a CSV file. Open it in the spreadsheet program and save it as &quot;CSV UTF-8&quot;.</source>
        <translation>Это книга Excel (.xlsx) или другой упакованный файл, а не CSV. Откройте его в табличной программе и сохраните как «CSV UTF-8».</translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls), not a CSV file. Open it in the spreadsheet program and save it as &quot;CSV UTF-8&quot;.</source>
        <translation>Это старая книга Excel (.xls), а не CSV. Откройте её в табличной программе и сохраните как «CSV UTF-8».</translation>
    </message>
    <message>
        <source>The file is damaged: its text is not in a readable encoding. Save it again from the spreadsheet program as &quot;CSV UTF-8&quot;.</source>
        <translation>Файл повреждён: текст в нечитаемой кодировке. Сохраните его заново из табличной программы как «CSV UTF-8».</translation>
    </message>
    <message>
        <source>This is not a text file. Choose a CSV file saved from a spreadsheet program.</source>
        <translation>Это не текстовый файл. Выберите CSV-файл, сохранённый из табличной программы.</translation>
    </message>
    <message>
        <source>Line %1: a cell starts with a quotation mark (&quot;) that is never closed. A quotation mark inside a quoted cell must be doubled (&quot;&quot;).</source>
        <translation>Строка %1: ячейка начинается с кавычки (&quot;), которая не закрыта. Кавычку внутри ячейки в кавычках нужно удвоить (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: there is text after the closing quotation mark of a cell. Put the whole cell in quotation marks and double every quotation mark inside it (&quot;&quot;).</source>
        <translation>Строка %1: после закрывающей кавычки ячейки есть текст. Возьмите всю ячейку в кавычки и удвойте каждую кавычку внутри неё (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The file is empty: it has no heading line and no data.</source>
        <translation>Файл пуст: в нём нет ни строки заголовков, ни данных.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be opened: %2</source>
        <translation>Не удалось открыть файл «%1»: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is too large to be a table (more than %2 MB).</source>
        <translation>Файл «%1» слишком велик для таблицы (больше %2 МБ).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read: %2</source>
        <translation>Не удалось прочитать файл «%1»: %2</translation>
    </message>
</context>
<context>
    <name>opora::CsvValues</name>
    <message>
        <source>The value is empty.</source>
        <translation>Значение пустое.</translation>
    </message>
    <message>
        <source>%1 has both a comma and a dot. Use one of them for the decimal part and spaces between thousands, like 1 234,5.</source>
        <translation>В «%1» есть и запятая, и точка. Используйте одну из них для дробной части и пробелы между тысячами, например 1 234,5.</translation>
    </message>
    <message>
        <source>%1 is written in exponent form, in which digits are lost. In the spreadsheet, format the column as numbers and save the file again.</source>
        <translation>«%1» записано в экспоненциальной форме, в которой теряются цифры. В таблице задайте столбцу числовой формат и сохраните файл заново.</translation>
    </message>
    <message>
        <source>%1 has too many digits to be stored exactly.</source>
        <translation>В «%1» слишком много цифр, чтобы сохранить его точно.</translation>
    </message>
    <message>
        <source>%1 is not a number. Write numbers like 1234,5 or 1 234.5.</source>
        <translation>«%1» — не число. Пишите числа так: 1234,5 или 1 234.5.</translation>
    </message>
    <message>
        <source>%1 has a two-digit year. Write the year with four digits, like 25.03.2024.</source>
        <translation>В «%1» год из двух цифр. Пишите год четырьмя цифрами, например 25.03.2024.</translation>
    </message>
    <message>
        <source>%1 is not a date. Write dates like 25.03.2024 or 2024-03-25.</source>
        <translation>«%1» — не дата. Пишите даты так: 25.03.2024 или 2024-03-25.</translation>
    </message>
    <message>
        <source>%1 is not a real date: check the day and the month.</source>
        <translation>«%1» — несуществующая дата: проверьте день и месяц.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>«%1» — не целое число.</translation>
    </message>
    <message>
        <source>%1 could mean thousands or decimals. Write the number without the comma or dot, like 1000 or 1 000.</source>
        <translation>«%1» можно понять как тысячи или как дробь. Напишите число без запятой и точки, например 1000 или 1 000.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>«%1» слишком велико.</translation>
    </message>
    <message>
        <source>%1 is not yes or no. Write yes or no (да or нет, так or ні, 1 or 0).</source>
        <translation>«%1» — не «да» и не «нет». Пишите да или нет (yes/no, так/ні, 1/0).</translation>
    </message>
</context>
<context>
    <name>opora::CsvWriter</name>
    <message>
        <source>The file &quot;%1&quot; could not be saved: %2</source>
        <translation>Не удалось сохранить файл «%1»: %2</translation>
    </message>
</context>
<context>
    <name>opora::Database</name>
    <message>
        <source>The file %1 already exists. Choose another name for the new database.</source>
        <translation>Файл %1 уже существует. Выберите другое имя для новой базы.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Файла базы %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is not an Opora database: it is not a database file at all. The file was not changed.</source>
        <translation>%1 — не база «Опоры»: это вообще не файл базы данных. Файл не изменён.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Opora. The file was not changed.</source>
        <translation>%1 — база другой программы, не «Опоры». Файл не изменён.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Opora. Install that version to open it. The file was not changed.</source>
        <translation>%1 создан более новой версией «Опоры». Установите эту версию, чтобы открыть его. Файл не изменён.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged. It was not changed; restore the newest good backup.</source>
        <translation>Файл базы %1 повреждён. Он не изменён; восстановите последнюю исправную резервную копию.</translation>
    </message>
    <message>
        <source>%1 was made by an older version of Opora and must be updated, which cannot be done while it is read-only.</source>
        <translation>%1 создан старой версией «Опоры» и должен быть обновлён, а это невозможно, пока он только для чтения.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened.</source>
        <translation>Не удаётся открыть файл базы %1.</translation>
    </message>
    <message>
        <source>The program is incomplete: a schema update is missing.</source>
        <translation>Программа повреждена: не хватает обновления схемы.</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Целостность: %1</translation>
    </message>
    <message>
        <source>Broken reference: table %1, row %2 refers to a missing row in %3</source>
        <translation>Нарушена ссылка: таблица %1, строка %2 ссылается на отсутствующую строку в %3</translation>
    </message>
    <message>
        <source>The file is not marked as an Opora database.</source>
        <translation>Файл не помечен как база «Опоры».</translation>
    </message>
    <message>
        <source>Schema version %1, expected %2.</source>
        <translation>Версия схемы %1, ожидалась %2.</translation>
    </message>
    <message>
        <source>The table %1 is missing.</source>
        <translation>Нет таблицы %1.</translation>
    </message>
    <message>
        <source>The program is incomplete: the region profile is missing.</source>
        <translation>Программа повреждена: нет профиля региона.</translation>
    </message>
    <message>
        <source>The change could not be saved: a part of it failed.</source>
        <translation>Изменение не сохранено: одна из его частей не удалась.</translation>
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
        <translation>Название</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Teenagers</source>
        <translation>Подростки</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Родители</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>Специалисты</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Волонтёры</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Другие</translation>
    </message>
    <message>
        <source>Type: write class, parents_school, training, seminar, round_table, club, webinar, outreach or other (занятие, школа родителей, тренинг… / заняття, школа батьків, тренінг…).</source>
        <translation>Вид: напишите занятие, школа родителей, тренинг, семинар, круглый стол, клуб, вебинар, выезд или другое (или class, parents_school…).</translation>
    </message>
    <message>
        <source>Status: write planned, held or cancelled (проведено, отменено… / відбулося, скасовано…).</source>
        <translation>Статус: напишите запланировано, проведено или отменено (или planned, held, cancelled).</translation>
    </message>
    <message>
        <source>%1: a whole number of people.</source>
        <translation>%1: нужно целое число людей.</translation>
    </message>
</context>
<context>
    <name>opora::EventRepository</name>
    <message>
        <source>Choose the kind of event.</source>
        <translation>Выберите вид мероприятия.</translation>
    </message>
    <message>
        <source>Enter the title of the event.</source>
        <translation>Укажите название мероприятия.</translation>
    </message>
    <message>
        <source>Enter the date of the event.</source>
        <translation>Укажите дату мероприятия.</translation>
    </message>
    <message>
        <source>Choose the status.</source>
        <translation>Выберите статус.</translation>
    </message>
    <message>
        <source>An event in the future cannot have been held yet.</source>
        <translation>Мероприятие в будущем ещё не могло состояться.</translation>
    </message>
    <message>
        <source>Write the time as hours and minutes, like 14:30.</source>
        <translation>Укажите время в часах и минутах, например 14:30.</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>Мероприятие заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>Этого мероприятия больше нет.</translation>
    </message>
    <message>
        <source>A series has from 1 to 104 events.</source>
        <translation>В цикле может быть от 1 до 104 мероприятий.</translation>
    </message>
    <message>
        <source>Events of a series are from 1 to 366 days apart.</source>
        <translation>Мероприятия цикла идут с промежутком от 1 до 366 дней.</translation>
    </message>
    <message>
        <source>Mark the participant present, excused or absent.</source>
        <translation>Отметьте участника: присутствовал, отсутствовал по уважительной причине или не пришёл.</translation>
    </message>
    <message>
        <source>Choose the participant from the register.</source>
        <translation>Выберите участника из реестра.</translation>
    </message>
    <message>
        <source>Unknown audience group.</source>
        <translation>Неизвестная группа участников.</translation>
    </message>
    <message>
        <source>A headcount is a whole number from 0 to 100 000.</source>
        <translation>Число участников — целое число от 0 до 100 000.</translation>
    </message>
</context>
<context>
    <name>opora::ExchangeIndex</name>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Several people in the register are called %1: add the birth date.</source>
        <translation>В реестре несколько человек с именем «%1»: добавьте дату рождения.</translation>
    </message>
    <message>
        <source>%1 is not in the register: import or add the person first.</source>
        <translation>В реестре нет человека «%1»: сначала импортируйте или добавьте его.</translation>
    </message>
    <message>
        <source>Two members of staff are called %1: write the full name.</source>
        <translation>Среди сотрудников двое с именем «%1»: напишите полное ФИО.</translation>
    </message>
    <message>
        <source>%1 is not among the staff (Tools → Staff and accounts).</source>
        <translation>Среди сотрудников нет «%1» (Сервис → Сотрудники и учётные записи).</translation>
    </message>
    <message>
        <source>There is no department %1.</source>
        <translation>Отделения «%1» нет.</translation>
    </message>
    <message>
        <source>There is no reason for closing called %1.</source>
        <translation>Причины закрытия «%1» нет.</translation>
    </message>
    <message>
        <source>Several people in the register are called %1: add the patronymic.</source>
        <translation>В реестре несколько человек с именем «%1»: добавьте отчество.</translation>
    </message>
    <message>
        <source>There is no project %1.</source>
        <translation>Проекта «%1» нет.</translation>
    </message>
    <message>
        <source>Two projects are called %1: rename one of them first.</source>
        <translation>Два проекта называются «%1»: сначала переименуйте один из них.</translation>
    </message>
    <message>
        <source>There is no case %1: import the cases first.</source>
        <translation>Случая %1 нет: сначала импортируйте случаи.</translation>
    </message>
</context>
<context>
    <name>opora::HouseholdExchange</name>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Family address</source>
        <translation>Адрес семьи</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <source>Relation: write mother, father, child, grandparent, guardian, partner or other (мать, отец, ребёнок… or мати, батько, дитина…).</source>
        <translation>Родство: напишите мать, отец, ребёнок, бабушка, опекун, партнёр или другое (или mother, father, child…).</translation>
    </message>
</context>
<context>
    <name>opora::HouseholdRepository</name>
    <message>
        <source>Enter the family&apos;s name.</source>
        <translation>Укажите название семьи.</translation>
    </message>
    <message>
        <source>Choose each member&apos;s relation in the family.</source>
        <translation>Укажите родство каждого члена семьи.</translation>
    </message>
    <message>
        <source>A person is listed twice in the family.</source>
        <translation>Один и тот же человек указан в семье дважды.</translation>
    </message>
    <message>
        <source>This family is no longer in the register.</source>
        <translation>Этой семьи больше нет в реестре.</translation>
    </message>
</context>
<context>
    <name>opora::IndicatorEngine</name>
    <message>
        <source>achieved</source>
        <translation>выполнен</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>в графике</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>отстаёт</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>без плана</translation>
    </message>
</context>
<context>
    <name>opora::MentoringExchange</name>
    <message>
        <source>Case number</source>
        <translation>Номер случая</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>The mentoring cannot end before it starts.</source>
        <translation>Наставничество не может закончиться раньше, чем началось.</translation>
    </message>
</context>
<context>
    <name>opora::PeopleExchange</name>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Sex: write f or m (ж or м, жін or чол).</source>
        <translation>Пол: напишите ж или м (f или m).</translation>
    </message>
    <message>
        <source>Unknown category: %1</source>
        <translation>Неизвестная категория: %1</translation>
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
        <translation>Ваша роль не позволяет открывать записи о людях и случаях.</translation>
    </message>
    <message>
        <source>Your role may look at records but not change them.</source>
        <translation>Ваша роль позволяет смотреть записи, но не изменять их.</translation>
    </message>
    <message>
        <source>Only an administrator or a head of department may change projects and their indicators.</source>
        <translation>Изменять проекты и их показатели может только администратор или заведующий отделением.</translation>
    </message>
    <message>
        <source>Your role may not see reports.</source>
        <translation>Ваша роль не позволяет видеть отчёты.</translation>
    </message>
    <message>
        <source>Exporting or printing documents that name people needs the permission of an administrator or a head of department.</source>
        <translation>Выгрузка и печать документов с именами людей доступны только администратору и заведующему отделением.</translation>
    </message>
    <message>
        <source>Only an administrator may manage accounts and roles.</source>
        <translation>Управлять учётными записями и ролями может только администратор.</translation>
    </message>
    <message>
        <source>Only an administrator may change staff, departments, reference lists and the service catalogue.</source>
        <translation>Изменять сотрудников, отделения, справочники и перечень услуг может только администратор.</translation>
    </message>
    <message>
        <source>Only an administrator may read the audit trail.</source>
        <translation>Журнал аудита может читать только администратор.</translation>
    </message>
    <message>
        <source>This case belongs to another department. Ask its head or the administrator if you need to work on it.</source>
        <translation>Этот случай ведёт другое отделение. Если вам нужно с ним работать, обратитесь к заведующему или администратору.</translation>
    </message>
    <message>
        <source>Your role may not print documents that name people.</source>
        <translation>Ваша роль не позволяет печатать документы с именами людей.</translation>
    </message>
</context>
<context>
    <name>opora::PersonRepository</name>
    <message>
        <source>Enter the surname.</source>
        <translation>Укажите фамилию.</translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation>Укажите имя.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>Дата рождения ещё не наступила.</translation>
    </message>
    <message>
        <source>The birth date is too far in the past.</source>
        <translation>Дата рождения слишком давняя.</translation>
    </message>
    <message>
        <source>Choose female or male, or leave the sex empty.</source>
        <translation>Выберите женский или мужской пол или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>The phone number has too few digits.</source>
        <translation>В номере телефона слишком мало цифр.</translation>
    </message>
    <message>
        <source>A name may have at most 200 characters.</source>
        <translation>Имя может содержать не более 200 знаков.</translation>
    </message>
    <message>
        <source>This person is no longer in the register.</source>
        <translation>Этого человека больше нет в реестре.</translation>
    </message>
</context>
<context>
    <name>opora::PersonalData</name>
    <message>
        <source>There is no person with this number.</source>
        <translation>Человека с таким номером нет.</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder or file name.</source>
        <translation>Не удалось записать %1. Выберите другую папку или имя файла.</translation>
    </message>
</context>
<context>
    <name>opora::PlanRepository</name>
    <message>
        <source>Choose the case the plan belongs to.</source>
        <translation>Выберите случай, к которому относится план.</translation>
    </message>
    <message>
        <source>Choose the service from the catalogue.</source>
        <translation>Выберите услугу из перечня.</translation>
    </message>
    <message>
        <source>The planned volume must be more than 0.</source>
        <translation>Плановый объём должен быть больше 0.</translation>
    </message>
    <message>
        <source>Choose how often the service is given.</source>
        <translation>Выберите, как часто оказывается услуга.</translation>
    </message>
    <message>
        <source>Enter the term of the service.</source>
        <translation>Укажите срок оказания услуги.</translation>
    </message>
    <message>
        <source>The term cannot end before it starts.</source>
        <translation>Срок не может закончиться раньше, чем начался.</translation>
    </message>
</context>
<context>
    <name>opora::ProjectExchange</name>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Грантодатель</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Целевые группы</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Amount: a number, e.g. 1 250 000,00.</source>
        <translation>Сумма: число, например 1 250 000,00.</translation>
    </message>
    <message>
        <source>Status: write planned, active, completed or cancelled.</source>
        <translation>Статус: напишите «запланирован», «идёт», «завершён» или «отменён».</translation>
    </message>
</context>
<context>
    <name>opora::ProjectRepository</name>
    <message>
        <source>This project no longer exists.</source>
        <translation>Этого проекта больше нет.</translation>
    </message>
    <message>
        <source>Enter the project&apos;s name.</source>
        <translation>Введите название проекта.</translation>
    </message>
    <message>
        <source>Enter the date the project starts.</source>
        <translation>Введите дату начала проекта.</translation>
    </message>
    <message>
        <source>Enter the date the project ends.</source>
        <translation>Введите дату окончания проекта.</translation>
    </message>
    <message>
        <source>The project cannot end before it starts.</source>
        <translation>Проект не может закончиться раньше, чем начался.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Choose the currency of the amount.</source>
        <translation>Выберите валюту суммы.</translation>
    </message>
    <message>
        <source>Choose the project&apos;s status.</source>
        <translation>Выберите статус проекта.</translation>
    </message>
    <message>
        <source>Choose a person from the register.</source>
        <translation>Выберите человека из реестра.</translation>
    </message>
    <message>
        <source>Enter the date of enrolment.</source>
        <translation>Введите дату включения в целевую группу.</translation>
    </message>
    <message>
        <source>The enrolment starts after the project has ended.</source>
        <translation>Включение начинается после окончания проекта.</translation>
    </message>
    <message>
        <source>The enrolment cannot end before it starts.</source>
        <translation>Участие не может закончиться раньше, чем началось.</translation>
    </message>
    <message>
        <source>This indicator no longer exists.</source>
        <translation>Этого показателя больше нет.</translation>
    </message>
    <message>
        <source>Enter the indicator as the funder worded it.</source>
        <translation>Введите показатель так, как его сформулировал грантодатель.</translation>
    </message>
    <message>
        <source>The planned value cannot be negative.</source>
        <translation>Плановое значение не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; does not apply to this way of counting.</source>
        <translation>Отбор «%1» не подходит к этому способу подсчёта.</translation>
    </message>
    <message>
        <source>Choose what is counted.</source>
        <translation>Выберите, что считать.</translation>
    </message>
    <message>
        <source>Each part of the plan needs a period and a value of 0 or more.</source>
        <translation>Для каждой части плана нужны период и значение не меньше 0.</translation>
    </message>
    <message>
        <source>This indicator is counted from the records: its values cannot be typed in.</source>
        <translation>Этот показатель считается по записям: его значения нельзя ввести вручную.</translation>
    </message>
    <message>
        <source>Enter the date of the value.</source>
        <translation>Введите дату значения.</translation>
    </message>
    <message>
        <source>Choose the team from the centre&apos;s staff.</source>
        <translation>Выберите команду из сотрудников центра.</translation>
    </message>
    <message>
        <source>Each staff member is listed in the team once.</source>
        <translation>Каждый сотрудник входит в команду один раз.</translation>
    </message>
    <message>
        <source>The plan is split by period and its parts add up to %L1: change the parts together with the total.</source>
        <translation>План разбит по периодам, и их сумма — %L1: меняйте части вместе с общим планом.</translation>
    </message>
    <message>
        <source>Each part of the plan lies within the project&apos;s period.</source>
        <translation>Каждая часть плана должна лежать в сроках проекта.</translation>
    </message>
    <message>
        <source>The parts of the plan must not overlap.</source>
        <translation>Части плана не должны пересекаться.</translation>
    </message>
    <message>
        <source>The parts of the plan add up to %L1, the plan for the whole project is %L2: make them agree.</source>
        <translation>Части плана в сумме дают %L1, а план на весь проект — %L2: приведите их в соответствие.</translation>
    </message>
</context>
<context>
    <name>opora::Query</name>
    <message>
        <source>The database is busy in another Opora window. Try again in a moment.</source>
        <translation>База занята в другом окне «Опоры». Попробуйте ещё раз через минуту.</translation>
    </message>
    <message>
        <source>The database is open read-only: changes cannot be saved.</source>
        <translation>База открыта только для чтения: изменения нельзя сохранить.</translation>
    </message>
    <message>
        <source>The change could not be written to disk. Check that the disk has free space, then try again. Nothing was saved.</source>
        <translation>Изменение не удалось записать на диск. Проверьте, есть ли на диске свободное место, и попробуйте снова. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>Файл базы повреждён. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The database could not carry out the operation. Nothing was changed.</source>
        <translation>База не смогла выполнить операцию. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>opora::RecordExchange</name>
    <message>
        <source>Volunteer&apos;s surname</source>
        <translation>Фамилия волонтёра</translation>
    </message>
    <message>
        <source>Volunteer&apos;s first name</source>
        <translation>Имя волонтёра</translation>
    </message>
    <message>
        <source>Volunteer&apos;s phone</source>
        <translation>Телефон волонтёра</translation>
    </message>
    <message>
        <source>Two volunteers are called %1 with this phone.</source>
        <translation>Два волонтёра с именем «%1» и этим телефоном.</translation>
    </message>
    <message>
        <source>%1 is not among the volunteers: import the volunteers first.</source>
        <translation>Среди волонтёров нет «%1»: сначала импортируйте волонтёров.</translation>
    </message>
</context>
<context>
    <name>opora::ReferenceRepository</name>
    <message>
        <source>Choose a reference list.</source>
        <translation>Выберите справочник.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Укажите название.</translation>
    </message>
    <message>
        <source>Records use this item: it can be deactivated, not deleted.</source>
        <translation>Этот элемент используется в записях: его можно отключить, но не удалить.</translation>
    </message>
</context>
<context>
    <name>opora::Register</name>
    <message>
        <source>The record no longer exists. It may have been removed in another window.</source>
        <translation>Записи больше нет. Возможно, её удалили в другом окне.</translation>
    </message>
</context>
<context>
    <name>opora::Retention</name>
    <message>
        <source>The retention period is from %1 to %2 years.</source>
        <translation>Срок хранения — от %1 до %2 лет.</translation>
    </message>
</context>
<context>
    <name>opora::ServiceCatalogue</name>
    <message>
        <source>This service is no longer in the catalogue.</source>
        <translation>Этой услуги больше нет в перечне.</translation>
    </message>
    <message>
        <source>Enter the code (up to 40 characters), e.g. the classifier&apos;s.</source>
        <translation>Введите код (до 40 знаков), например по классификатору.</translation>
    </message>
    <message>
        <source>Another service of the catalogue has this code.</source>
        <translation>Этот код уже есть у другой услуги перечня.</translation>
    </message>
    <message>
        <source>Enter the name of the service.</source>
        <translation>Введите название услуги.</translation>
    </message>
    <message>
        <source>Choose the type of service.</source>
        <translation>Выберите вид услуги.</translation>
    </message>
    <message>
        <source>Choose the unit.</source>
        <translation>Выберите единицу.</translation>
    </message>
    <message>
        <source>Tick at least one form in which it is given.</source>
        <translation>Отметьте хотя бы одну форму оказания.</translation>
    </message>
    <message>
        <source>Records use this service, so its code stays as it is.</source>
        <translation>Услуга уже есть в записях, поэтому её код не меняется.</translation>
    </message>
    <message>
        <source>Records use this service: deactivate it instead, so they keep it.</source>
        <translation>Услуга уже есть в записях: отключите её вместо удаления, чтобы записи её сохранили.</translation>
    </message>
</context>
<context>
    <name>opora::ServiceExchange</name>
    <message>
        <source>Case number</source>
        <translation>Номер случая</translation>
    </message>
    <message>
        <source>Service code</source>
        <translation>Код услуги</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>There is no service %1 in the catalogue.</source>
        <translation>Услуги «%1» нет в перечне.</translation>
    </message>
    <message>
        <source>Form: write home, day, residential or remote (на дому, полустационарная… / вдома, напівстаціонарно…).</source>
        <translation>Форма: напишите на дому, полустационарная, стационарная или дистанционно (или home, day, residential, remote).</translation>
    </message>
    <message>
        <source>Quantity: a number above 0.</source>
        <translation>Количество: число больше 0.</translation>
    </message>
    <message>
        <source>Minutes: a whole number.</source>
        <translation>Минуты: целое число.</translation>
    </message>
    <message>
        <source>No case of this person was open on that date: give the case number.</source>
        <translation>В этот день у человека не было открытого случая: укажите номер случая.</translation>
    </message>
    <message>
        <source>Several cases of this person were open on that date: give the case number.</source>
        <translation>В этот день у человека было открыто несколько случаев: укажите номер случая.</translation>
    </message>
</context>
<context>
    <name>opora::ServiceRepository</name>
    <message>
        <source>This service is not in the catalogue.</source>
        <translation>Этой услуги нет в перечне.</translation>
    </message>
    <message>
        <source>Choose the case the service belongs to.</source>
        <translation>Выберите случай, к которому относится услуга.</translation>
    </message>
    <message>
        <source>The case is archived: restore it before recording services.</source>
        <translation>Случай в архиве: восстановите его, прежде чем записывать услуги.</translation>
    </message>
    <message>
        <source>The service date is before the case was opened.</source>
        <translation>Дата услуги раньше открытия случая.</translation>
    </message>
    <message>
        <source>The person served must be the case&apos;s person or a member of its family.</source>
        <translation>Получатель услуги должен быть человеком случая или членом его семьи.</translation>
    </message>
    <message>
        <source>Enter the date of the service.</source>
        <translation>Укажите дату услуги.</translation>
    </message>
    <message>
        <source>The service date is in the future.</source>
        <translation>Дата услуги ещё не наступила.</translation>
    </message>
    <message>
        <source>The quantity must be more than 0.</source>
        <translation>Количество должно быть больше 0.</translation>
    </message>
    <message>
        <source>The duration must be between 0 and 24 hours.</source>
        <translation>Продолжительность должна быть от 0 до 24 часов.</translation>
    </message>
    <message>
        <source>This service is no longer offered: choose another.</source>
        <translation>Эта услуга больше не предоставляется: выберите другую.</translation>
    </message>
    <message>
        <source>This service is not given in the chosen form.</source>
        <translation>Эта услуга не предоставляется в выбранной форме.</translation>
    </message>
    <message>
        <source>Choose the service from the catalogue.</source>
        <translation>Выберите услугу из перечня.</translation>
    </message>
    <message>
        <source>This service record no longer exists.</source>
        <translation>Этой записи об услуге больше нет.</translation>
    </message>
</context>
<context>
    <name>opora::StaffExchange</name>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Работает</translation>
    </message>
    <message>
        <source>Active: write yes or no (да or нет, так or ні).</source>
        <translation>Работает: напишите «да» или «нет».</translation>
    </message>
</context>
<context>
    <name>opora::StaffRepository</name>
    <message>
        <source>This member of staff no longer exists.</source>
        <translation>Этого сотрудника больше нет в базе.</translation>
    </message>
    <message>
        <source>Enter the surname.</source>
        <translation>Введите фамилию.</translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation>Введите имя.</translation>
    </message>
    <message>
        <source>The e-mail address should look like name@example.org.</source>
        <translation>Адрес электронной почты должен выглядеть как name@example.org.</translation>
    </message>
    <message>
        <source>Choose a department from the list.</source>
        <translation>Выберите отделение из списка.</translation>
    </message>
</context>
<context>
    <name>opora::UserRepository</name>
    <message>
        <source>This account no longer exists.</source>
        <translation>Этой учётной записи больше нет.</translation>
    </message>
    <message>
        <source>The user name has 2 to 40 letters, digits, dots, hyphens or underscores, without spaces.</source>
        <translation>Имя пользователя — от 2 до 40 букв, цифр, точек, дефисов или подчёркиваний, без пробелов.</translation>
    </message>
    <message>
        <source>This user name is taken. Choose another one.</source>
        <translation>Это имя пользователя уже занято. Выберите другое.</translation>
    </message>
    <message>
        <source>Enter the name shown in the window and the audit trail.</source>
        <translation>Введите имя, которое будет видно в окне и в журнале аудита.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Выберите роль.</translation>
    </message>
    <message>
        <source>Choose a member of staff from the list.</source>
        <translation>Выберите сотрудника из списка.</translation>
    </message>
    <message>
        <source>Nobody changes their own role: ask another administrator.</source>
        <translation>Свою роль изменить нельзя: попросите другого администратора.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Нельзя отключить собственную учётную запись.</translation>
    </message>
    <message>
        <source>This is the last active administrator; make another one first.</source>
        <translation>Это последний действующий администратор; сначала назначьте другого.</translation>
    </message>
</context>
<context>
    <name>opora::VolunteerExchange</name>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Навыки</translation>
    </message>
    <message>
        <source>Volunteer since</source>
        <translation>Волонтёр с</translation>
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
        <translation>Часы</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер случая</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Дата мероприятия</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Hours: a number, e.g. 2,5.</source>
        <translation>Часы: число, например 2,5.</translation>
    </message>
    <message>
        <source>There is no event %1 on that date: import the events first.</source>
        <translation>Мероприятия «%1» в этот день нет: сначала импортируйте мероприятия.</translation>
    </message>
    <message>
        <source>Two events %1 are on that date.</source>
        <translation>В этот день два мероприятия «%1».</translation>
    </message>
</context>
<context>
    <name>opora::VolunteerRepository</name>
    <message>
        <source>This person is no longer in the register.</source>
        <translation>Этого человека больше нет в реестре.</translation>
    </message>
    <message>
        <source>Enter the volunteer&apos;s surname, or choose a person of the register.</source>
        <translation>Введите фамилию волонтёра или выберите человека из реестра.</translation>
    </message>
    <message>
        <source>The date the volunteer started cannot be in the future.</source>
        <translation>Дата начала волонтёрства не может быть в будущем.</translation>
    </message>
    <message>
        <source>This volunteer no longer exists.</source>
        <translation>Этого волонтёра больше нет.</translation>
    </message>
    <message>
        <source>Choose the case the volunteer mentors.</source>
        <translation>Выберите случай, который сопровождает наставник.</translation>
    </message>
    <message>
        <source>Enter the date the mentoring starts.</source>
        <translation>Введите дату начала наставничества.</translation>
    </message>
    <message>
        <source>The mentoring cannot end before it starts.</source>
        <translation>Наставничество не может закончиться раньше, чем началось.</translation>
    </message>
    <message>
        <source>This volunteer already mentors this case in these dates.</source>
        <translation>Этот волонтёр уже наставник по этому случаю в эти даты.</translation>
    </message>
    <message>
        <source>Enter the date of the work.</source>
        <translation>Введите дату работы.</translation>
    </message>
    <message>
        <source>Hours can only be logged for today or a day before.</source>
        <translation>Часы можно отметить только за сегодня или прошедший день.</translation>
    </message>
    <message>
        <source>Hours of one day are more than 0 and at most 24.</source>
        <translation>Часов за день больше 0 и не больше 24.</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>Этого случая больше нет.</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>Этого мероприятия больше нет.</translation>
    </message>
    <message>
        <source>This project no longer exists.</source>
        <translation>Этого проекта больше нет.</translation>
    </message>
    <message>
        <source>Enter the date the mentoring ends.</source>
        <translation>Введите дату окончания наставничества.</translation>
    </message>
</context>
<context>
    <name>opora::ui::AboutDialog</name>
    <message>
        <source>About Opora</source>
        <translation>О программе «Опора»</translation>
    </message>
    <message>
        <source>Opora</source>
        <translation>Опора</translation>
    </message>
    <message>
        <source>Case management for a social-service centre</source>
        <translation>Учёт случаев социального сопровождения в центре социального обслуживания</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>%1 (opened read-only)</source>
        <translation>%1 (открыта только для чтения)</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Файл базы:</translation>
    </message>
    <message>
        <source>Database schema version:</source>
        <translation>Версия схемы базы:</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Версия Qt:</translation>
    </message>
    <message>
        <source>Opora is free software: you may use, study, share and change it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
        <translation>«Опора» — свободная программа: её можно использовать, изучать, распространять и изменять на условиях GNU General Public License версии 3 или любой более поздней. Она поставляется без каких-либо гарантий.</translation>
    </message>
    <message>
        <source>Read the licence</source>
        <translation>Прочитать лицензию</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Скопировать сведения</translation>
    </message>
    <message>
        <source>Opora %1</source>
        <translation>Опора %1</translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation>Файл базы: %1</translation>
    </message>
    <message>
        <source>Database schema version: %1</source>
        <translation>Версия схемы базы: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Версия Qt: %1</translation>
    </message>
</context>
<context>
    <name>opora::ui::AccountForm</name>
    <message>
        <source>The account may sign in</source>
        <translation>Учётная запись может входить в программу</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <source>(not a member of staff)</source>
        <translation>(не сотрудник)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Name shown</source>
        <translation>&amp;Отображаемое имя</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <source>Member of &amp;staff</source>
        <translation>&amp;Сотрудник</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>П&amp;ароль</translation>
    </message>
    <message>
        <source>Re&amp;peat password</source>
        <translation>П&amp;овторите пароль</translation>
    </message>
    <message>
        <source>A member of staff sees the cases of their department; the role decides what the account may do.</source>
        <translation>Сотрудник видит случаи своего отделения; роль определяет, что может учётная запись.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>opora::ui::AuditViewer</name>
    <message>
        <source>created</source>
        <translation>создал(а)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменил(а)</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архив</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>из архива</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалил(а)</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>выгрузил(а)</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>напечатал(а)</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>вход</translation>
    </message>
    <message>
        <source>failed sign-in</source>
        <translation>неудачный вход</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>пароль задан</translation>
    </message>
    <message>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>family</source>
        <translation>семья</translation>
    </message>
    <message>
        <source>case</source>
        <translation>случай</translation>
    </message>
    <message>
        <source>case note</source>
        <translation>запись по случаю</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>согласие</translation>
    </message>
    <message>
        <source>service</source>
        <translation>услуга</translation>
    </message>
    <message>
        <source>plan line</source>
        <translation>строка плана</translation>
    </message>
    <message>
        <source>event</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <source>project</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>показатель</translation>
    </message>
    <message>
        <source>account</source>
        <translation>учётная запись</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>настройки</translation>
    </message>
    <message>
        <source>reference list</source>
        <translation>справочник</translation>
    </message>
    <message>
        <source>centre report</source>
        <translation>отчёт центра</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
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
        <translation>С</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>все пользователи</translation>
    </message>
    <message>
        <source>any record</source>
        <translation>любые записи</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>любой номер</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>The trail names fields, never their values. Its entries cannot be changed or removed; opora-cli audit verify checks that nobody did so outside Opora.</source>
        <translation>Журнал называет поля, но не их значения. Его записи нельзя изменить или удалить; opora-cli audit verify проверяет, что этого не сделали в обход «Опоры».</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>открыл(а)</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>волонтёр</translation>
    </message>
    <message>
        <source>mentoring</source>
        <translation>наставничество</translation>
    </message>
    <message>
        <source>volunteer hours</source>
        <translation>часы волонтёра</translation>
    </message>
</context>
<context>
    <name>opora::ui::CaseCard</name>
    <message>
        <source>The case is about the whole &amp;family</source>
        <translation>Случай касается всей &amp;семьи</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>не выбрано</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Кого касается</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Человек</translation>
    </message>
    <message>
        <source>&amp;Opened on</source>
        <translation>&amp;Открыт</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Отделение</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Ответственный</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>&amp;Суть обращения</translation>
    </message>
    <message>
        <source>C&amp;ircumstances</source>
        <translation>&amp;Обстоятельства</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>Изменить с&amp;татус…</translation>
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
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>general</source>
        <translation>общая</translation>
    </message>
    <message>
        <source>psychologist</source>
        <translation>психолога</translation>
    </message>
    <message>
        <source>Write a note and press Enter</source>
        <translation>Напишите запись и нажмите Enter</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Добавить &amp;запись</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Status and history</source>
        <translation>Статус и история</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>This case is archived. Restore it to make changes.</source>
        <translation>Случай в архиве. Восстановите его, чтобы вносить изменения.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>В &amp;архив</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Случай %1</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новый случай</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Статус: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Суть обращения</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Обстоятельства</translation>
    </message>
    <message>
        <source>Discard the changes you made to this card?</source>
        <translation>Отменить изменения, внесённые в эту карточку?</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Личное дело (случай)</translation>
    </message>
    <message>
        <source>Case file %1.pdf</source>
        <translation>Дело %1.pdf</translation>
    </message>
    <message>
        <source>Individual plan form</source>
        <translation>Бланк индивидуального плана</translation>
    </message>
    <message>
        <source>Plan %1.pdf</source>
        <translation>План %1.pdf</translation>
    </message>
    <message>
        <source>Individual &amp;plan</source>
        <translation>Индивидуальный &amp;план</translation>
    </message>
</context>
<context>
    <name>opora::ui::CaseDocuments</name>
    <message>
        <source>Person</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Как часто</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Оказано</translation>
    </message>
    <message>
        <source>No services are planned yet.</source>
        <translation>Услуги пока не запланированы.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Responsible specialist</source>
        <translation>Ответственный специалист</translation>
    </message>
    <message>
        <source>Case %1 · contains personal data</source>
        <translation>Случай %1 · содержит персональные данные</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Личное дело (случай)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Обстоятельства</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>История статусов</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Individual plan</source>
        <translation>Индивидуальный план</translation>
    </message>
    <message>
        <source>Services delivered</source>
        <translation>Оказанные услуги</translation>
    </message>
    <message>
        <source>No services recorded yet.</source>
        <translation>Услуги пока не записаны.</translation>
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
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Printed on %1. Psychologists&apos; notes are not part of the printed file.</source>
        <translation>Напечатано %1. Записи психолога в печатное дело не входят.</translation>
    </message>
    <message>
        <source>Individual plan %1</source>
        <translation>Индивидуальный план %1</translation>
    </message>
    <message>
        <source>Individual plan of social services</source>
        <translation>Индивидуальный план предоставления социальных услуг</translation>
    </message>
    <message>
        <source>Individual programme of social services</source>
        <translation>Индивидуальная программа предоставления социальных услуг</translation>
    </message>
    <message>
        <source>Services planned</source>
        <translation>Запланированные услуги</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Согласовано</translation>
    </message>
    <message>
        <source>The recipient (or their legal representative) has read the plan and agrees with it.</source>
        <translation>Получатель (или его законный представитель) с планом ознакомлен и согласен.</translation>
    </message>
    <message>
        <source>Recipient or legal representative</source>
        <translation>Получатель или законный представитель</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Head of department</source>
        <translation>Заведующий отделением</translation>
    </message>
    <message>
        <source>Signature, then name and date on the line beside it.</source>
        <translation>Подпись, затем фамилия и дата на соседней строке.</translation>
    </message>
</context>
<context>
    <name>opora::ui::CasePlanView</name>
    <message>
        <source>&amp;Add to the plan</source>
        <translation>&amp;Добавить в план</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Убрать строку</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Оказано</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Overdue: the term is over and the planned volume was not delivered.</source>
        <translation>Просрочено: срок истёк, а плановый объём не оказан.</translation>
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
        <translation>Человек или семья</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
</context>
<context>
    <name>opora::ui::CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <source>Number or name…</source>
        <translation>Номер или имя…</translation>
    </message>
    <message>
        <source>Opened: any time</source>
        <translation>Открыт: когда угодно</translation>
    </message>
    <message>
        <source>Show cases opened on or after this date</source>
        <translation>Показать случаи, открытые в эту дату или позже</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показать архив</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Новый случай…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все отделения</translation>
    </message>
    <message>
        <source>All specialists</source>
        <translation>Все специалисты</translation>
    </message>
</context>
<context>
    <name>opora::ui::CatalogueDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>От&amp;ключить</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>Перечень услуг</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Формы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>The services staff record and plan. A service that records use is deactivated instead of deleted: it stays on them but is no longer offered, and keeps its code.</source>
        <translation>Услуги, которые сотрудники записывают и планируют. Услугу, которая уже есть в записях, не удаляют, а отключают: в записях она остаётся, но больше не предлагается, и её код не меняется.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>предлагается</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>offered, not used yet</source>
        <translation>предлагается, ещё не использовалась</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>&amp;Включить</translation>
    </message>
</context>
<context>
    <name>opora::ui::CatalogueItemForm</name>
    <message>
        <source>Service of the catalogue</source>
        <translation>Услуга перечня</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Новая услуга</translation>
    </message>
    <message>
        <source>Records use this service, so its code stays as it is.</source>
        <translation>Услуга уже есть в записях, поэтому её код не меняется.</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Единица</translation>
    </message>
    <message>
        <source>Given &amp;as</source>
        <translation>&amp;Форма оказания</translation>
    </message>
</context>
<context>
    <name>opora::ui::CentreDialog</name>
    <message>
        <source>Centre name and logo</source>
        <translation>Название и логотип центра</translation>
    </message>
    <message>
        <source>As it should stand on documents</source>
        <translation>Как оно должно стоять в документах</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Выбрать картинку…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Картинки (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Name of the centre</source>
        <translation>Название центра</translation>
    </message>
    <message>
        <source>%1 is not a picture Opora can read (PNG, JPEG or SVG).</source>
        <translation>%1 — не картинка, которую «Опора» может прочитать (PNG, JPEG или SVG).</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>нет логотипа</translation>
    </message>
</context>
<context>
    <name>opora::ui::CentreDocuments</name>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
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
        <translation>Время</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Sign-in sheet · contains personal data</source>
        <translation>Лист регистрации · содержит персональные данные</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Лист регистрации участников</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Registered participants are listed; others write their name in a blank row. Visitors who do not sign are counted by headcount.</source>
        <translation>Участники из реестра уже внесены; остальные вписывают себя в пустые строки. Кто не расписывается, учитывается по численности.</translation>
    </message>
    <message>
        <source>Report for %1</source>
        <translation>Отчёт за %1</translation>
    </message>
    <message>
        <source>Figures only: no personal data</source>
        <translation>Только цифры: без персональных данных</translation>
    </message>
    <message>
        <source>Services by type and month</source>
        <translation>Услуги по видам и месяцам</translation>
    </message>
    <message>
        <source>Type of service</source>
        <translation>Вид услуг</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуг</translation>
    </message>
    <message>
        <source>Services by department</source>
        <translation>Услуги по отделениям</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>Открыто случаев</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Случаев</translation>
    </message>
    <message>
        <source>Department (cases closed)</source>
        <translation>Отделение (закрыто случаев)</translation>
    </message>
    <message>
        <source>Events and attendance</source>
        <translation>Мероприятия и участники</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Вид мероприятия</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>registered participants (visits)</source>
        <translation>участники из реестра (посещения)</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Кто пришёл</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Человек</translation>
    </message>
</context>
<context>
    <name>opora::ui::Charts</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Сохранить как PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Сохранить как SVG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Рисунки SVG (*.svg)</translation>
    </message>
    <message>
        <source>Opora</source>
        <translation>Опора</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>Не удалось сохранить диаграмму в %1.</translation>
    </message>
</context>
<context>
    <name>opora::ui::ConflictDialog</name>
    <message>
        <source>Someone else changed this record</source>
        <translation>Эту запись изменил кто-то другой</translation>
    </message>
    <message>
        <source>While you were editing, someone else saved this record. Choose for each field which value to keep, then save.</source>
        <translation>Пока вы редактировали, кто-то другой сохранил эту запись. Выберите для каждого поля, какое значение оставить, и сохраните.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Поле&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved by someone else&lt;/b&gt;</source>
        <translation>&lt;b&gt;Сохранено другим&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What you typed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Введено вами&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Взять всё чужое</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Оставить всё моё</translation>
    </message>
    <message>
        <source>Save the chosen values</source>
        <translation>Сохранить выбранное</translation>
    </message>
</context>
<context>
    <name>opora::ui::ConsentDialog</name>
    <message>
        <source>processing of personal data to provide social services</source>
        <translation>обработка персональных данных для предоставления социальных услуг</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Записать согласие</translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Signed by</source>
        <translation>&amp;Подписал(а)</translation>
    </message>
    <message>
        <source>&amp;Covers</source>
        <translation>&amp;На что</translation>
    </message>
    <message>
        <source>For a minor, the legal representative signs: write their name.</source>
        <translation>За несовершеннолетнего подписывает законный представитель: укажите его ФИО.</translation>
    </message>
</context>
<context>
    <name>opora::ui::DaySheet</name>
    <message>
        <source>Day sheet of services</source>
        <translation>Лист услуг за день</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>не выбран</translation>
    </message>
    <message>
        <source>Type a few letters of a name and pick the person with the arrows and Enter; the case is their newest open one, the service and the numbers those of the row above. Tab goes to the next cell, Enter to the next person, Ctrl+Delete removes a row.</source>
        <translation>Наберите несколько букв имени и выберите человека стрелками и Enter; случай — его последний открытый, услуга и числа — как в строке выше. Tab — к следующей ячейке, Enter — к следующему человеку, Ctrl+Delete удаляет строку.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>Speciali&amp;st</source>
        <translation>&amp;Специалист</translation>
    </message>
    <message>
        <source>&amp;Save the sheet (Ctrl+S)</source>
        <translation>Со&amp;хранить лист (Ctrl+S)</translation>
    </message>
    <message>
        <source>The sheet is empty: type the first person.</source>
        <translation>Лист пуст: введите первого человека.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) need correcting (see the last column); nothing was saved yet and every row is kept.</source>
        <translation>
            <numerusform>%n строку нужно исправить (см. последний столбец); ничего ещё не сохранено, все строки на месте.</numerusform>
            <numerusform>%n строки нужно исправить (см. последний столбец); ничего ещё не сохранено, все строки на месте.</numerusform>
            <numerusform>%n строк нужно исправить (см. последний столбец); ничего ещё не сохранено, все строки на месте.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved; every row is kept.</source>
        <translation>Ничего не сохранено; все строки на месте.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n service(s). The sheet is ready for more.</source>
        <translation>
            <numerusform>Сохранена %n услуга. Лист готов для следующих.</numerusform>
            <numerusform>Сохранены %n услуги. Лист готов для следующих.</numerusform>
            <numerusform>Сохранено %n услуг. Лист готов для следующих.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opora::ui::DaySheetModel</name>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>To correct</source>
        <translation>Исправить</translation>
    </message>
</context>
<context>
    <name>opora::ui::DocumentActions</name>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder or file name.</source>
        <translation>Не удалось записать %1. Выберите другую папку или имя файла.</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Просмотр и печать…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
</context>
<context>
    <name>opora::ui::Documents</name>
    <message>
        <source>Social service centre</source>
        <translation>Центр социального обслуживания</translation>
    </message>
</context>
<context>
    <name>opora::ui::DrillDownDialog</name>
    <message>
        <source>case %1</source>
        <translation>случай %1</translation>
    </message>
    <message>
        <source>Records behind the fact</source>
        <translation>Записи, из которых сложился факт</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Учтено</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), together %1: the fact as of %2.</source>
        <translation>
            <numerusform>%n запись, вместе %1: факт на %2.</numerusform>
            <numerusform>%n записи, вместе %1: факт на %2.</numerusform>
            <numerusform>%n записей, вместе %1: факт на %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed case(s) as of %1; the fact is worked out from them.</source>
        <translation>
            <numerusform>%n закрытый случай на %1; факт вычислен по ним.</numerusform>
            <numerusform>%n закрытых случая на %1; факт вычислен по ним.</numerusform>
            <numerusform>%n закрытых случаев на %1; факт вычислен по ним.</numerusform>
        </translation>
    </message>
    <message>
        <source>This list names people: it is for the centre&apos;s staff only.</source>
        <translation>В списке есть имена: он только для сотрудников центра.</translation>
    </message>
</context>
<context>
    <name>opora::ui::EndMentorDialog</name>
    <message>
        <source>End the mentoring</source>
        <translation>Завершить наставничество</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <source>Mentoring since</source>
        <translation>Наставничество с</translation>
    </message>
    <message>
        <source>&amp;Ended on</source>
        <translation>&amp;Завершено</translation>
    </message>
    <message>
        <source>Someone else changed this mentoring after you opened it. Close this window and open it again.</source>
        <translation>Кто-то другой изменил это наставничество после того, как вы его открыли. Закройте окно и откройте его снова.</translation>
    </message>
</context>
<context>
    <name>opora::ui::EnrolmentDialog</name>
    <message>
        <source>still in the group</source>
        <translation>ещё в группе</translation>
    </message>
    <message>
        <source>Dates in the target group</source>
        <translation>Сроки в целевой группе</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>In the group from</source>
        <translation>В группе с</translation>
    </message>
    <message>
        <source>Left the group on</source>
        <translation>Вышел(а) из группы</translation>
    </message>
    <message>
        <source>Someone else changed these dates after you opened them. Close this window and open the dates again.</source>
        <translation>Кто-то другой изменил эти даты после того, как вы их открыли. Закройте окно и откройте даты снова.</translation>
    </message>
</context>
<context>
    <name>opora::ui::EventCard</name>
    <message>
        <source>&amp;Weekly, times</source>
        <translation>&amp;Еженедельно, раз</translation>
    </message>
    <message>
        <source>Create a course: the same event every week</source>
        <translation>Создать цикл: то же мероприятие каждую неделю</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>&amp;Время</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Participants from the register</source>
        <translation>Участники из реестра</translation>
    </message>
    <message>
        <source>Others who came (headcount)</source>
        <translation>Другие пришедшие (по числу)</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Came: %1 (from the register: %2, headcount: %3)</source>
        <translation>Пришли: %1 (из реестра: %2, по числу: %3)</translation>
    </message>
    <message>
        <source>Sign-in &amp;sheet…</source>
        <translation>Лист &amp;регистрации…</translation>
    </message>
    <message>
        <source>A list to sign at the door: the registered participants and blank rows. Save the event first.</source>
        <translation>Список для подписи при входе: участники из реестра и пустые строки. Сначала сохраните мероприятие.</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Лист регистрации</translation>
    </message>
    <message>
        <source>Sign-in sheet %1.pdf</source>
        <translation>Лист регистрации %1.pdf</translation>
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
        <translation>Время</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Пришли</translation>
    </message>
</context>
<context>
    <name>opora::ui::EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Новое мероприятие…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
</context>
<context>
    <name>opora::ui::FirstStartDialog</name>
    <message>
        <source>Welcome to Opora</source>
        <translation>Добро пожаловать в «Опору»</translation>
    </message>
    <message>
        <source>Opora keeps the register of people, families and cases of your social-service centre. There is no database on this computer yet.</source>
        <translation>«Опора» ведёт реестр людей, семей и случаев вашего центра социального обслуживания. На этом компьютере базы ещё нет.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Try the demo with fictional data</source>
        <translation>&amp;Попробовать демо с вымышленными данными</translation>
    </message>
    <message>
        <source>Or create your centre&apos;s database. Its reference lists follow the law of your country:</source>
        <translation>Или создайте базу своего центра. Её справочники соответствуют законодательству вашей страны:</translation>
    </message>
    <message>
        <source>&amp;Russia: Federal Law 442-FZ, lists in Russian</source>
        <translation>&amp;Россия: Федеральный закон № 442-ФЗ, справочники на русском</translation>
    </message>
    <message>
        <source>&amp;Ukraine: Law on social services, lists in Ukrainian</source>
        <translation>&amp;Украина: Закон «О социальных услугах», справочники на украинском</translation>
    </message>
    <message>
        <source>&amp;Create the centre&apos;s database</source>
        <translation>&amp;Создать базу центра</translation>
    </message>
    <message>
        <source>&amp;Open an existing database file…</source>
        <translation>&amp;Открыть существующий файл базы…</translation>
    </message>
</context>
<context>
    <name>opora::ui::HoursDialog</name>
    <message>
        <source>Log volunteer hours</source>
        <translation>Отметить часы волонтёра</translation>
    </message>
    <message>
        <source>no project</source>
        <translation>без проекта</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Часы</translation>
    </message>
    <message>
        <source>P&amp;roject</source>
        <translation>&amp;Проект</translation>
    </message>
    <message>
        <source>&amp;What was done</source>
        <translation>Что сдела&amp;но</translation>
    </message>
</context>
<context>
    <name>opora::ui::HouseholdCard</name>
    <message>
        <source>Member</source>
        <translation>Член семьи</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>&amp;Добавить члена семьи</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>&amp;Убрать из семьи</translation>
    </message>
    <message>
        <source>Family &amp;name</source>
        <translation>&amp;Название семьи</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <source>%1 family</source>
        <translation>Семья %1</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Новая семья</translation>
    </message>
</context>
<context>
    <name>opora::ui::IndicatorDialog</name>
    <message>
        <source>The funder set a number</source>
        <translation>Грантодатель задал число</translation>
    </message>
    <message>
        <source>Count &quot;partly improved&quot; as improved</source>
        <translation>Считать «частично улучшилось» улучшением</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Новый показатель</translation>
    </message>
    <message>
        <source>any service</source>
        <translation>любая услуга</translation>
    </message>
    <message>
        <source>any type</source>
        <translation>любой вид</translation>
    </message>
    <message>
        <source>any form</source>
        <translation>любая форма</translation>
    </message>
    <message>
        <source>any category</source>
        <translation>любая категория</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source>Indicator (the funder&apos;s words)</source>
        <translation>Показатель (словами грантодателя)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Plan for the whole project</source>
        <translation>План на весь проект</translation>
    </message>
    <message>
        <source>How it is counted</source>
        <translation>Как считается</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>Что считать</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Type of service</source>
        <translation>Вид услуги</translation>
    </message>
    <message>
        <source>Form of service</source>
        <translation>Форма обслуживания</translation>
    </message>
    <message>
        <source>Kinds of event (none: all)</source>
        <translation>Виды мероприятий (не выбраны — все)</translation>
    </message>
    <message>
        <source>Headcount groups (none: all)</source>
        <translation>Группы учёта по численности (не выбраны — все)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Age at enrolment from</source>
        <translation>Возраст при включении от</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Plan split</source>
        <translation>Разбивка плана</translation>
    </message>
</context>
<context>
    <name>opora::ui::IndicatorText</name>
    <message>
        <source>People enrolled in the target group</source>
        <translation>Люди в целевой группе</translation>
    </message>
    <message>
        <source>People who received services</source>
        <translation>Люди, получившие услуги</translation>
    </message>
    <message>
        <source>Families who received services</source>
        <translation>Семьи, получившие услуги</translation>
    </message>
    <message>
        <source>Services delivered</source>
        <translation>Оказанные услуги</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Проведённые мероприятия</translation>
    </message>
    <message>
        <source>Event participants</source>
        <translation>Участники мероприятий</translation>
    </message>
    <message>
        <source>Specialists trained</source>
        <translation>Обученные специалисты</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Волонтёры</translation>
    </message>
    <message>
        <source>Share of closed cases with improvement</source>
        <translation>Доля закрытых случаев с улучшением</translation>
    </message>
    <message>
        <source>Average length of support</source>
        <translation>Средняя продолжительность сопровождения</translation>
    </message>
    <message>
        <source>Counted by hand</source>
        <translation>Считается вручную</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>количество по записи</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>часы</translation>
    </message>
    <message>
        <source>different people</source>
        <translation>разные люди</translation>
    </message>
    <message>
        <source>visits of registered people</source>
        <translation>посещения людей из реестра</translation>
    </message>
    <message>
        <source>headcount of unregistered people</source>
        <translation>учёт по численности (не в реестре)</translation>
    </message>
    <message>
        <source>visits and headcount together</source>
        <translation>посещения и учёт по численности вместе</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>готовится</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>идёт</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завершён</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <source>service: %1</source>
        <translation>услуга: %1</translation>
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
        <translation>мероприятия: %1</translation>
    </message>
    <message>
        <source>course: %1</source>
        <translation>цикл: %1</translation>
    </message>
    <message>
        <source>groups: %1</source>
        <translation>группы: %1</translation>
    </message>
    <message>
        <source>category: %1</source>
        <translation>категория: %1</translation>
    </message>
    <message>
        <source>aged %1 to %2 at enrolment</source>
        <translation>возраст при включении от %1 до %2</translation>
    </message>
    <message>
        <source>Different people in the project&apos;s target group at any time of the period.</source>
        <translation>Разные люди, входившие в целевую группу проекта в любой момент периода.</translation>
    </message>
    <message>
        <source>Different people who received at least one service of the project; each person counts once.</source>
        <translation>Разные люди, получившие хотя бы одну услугу проекта; каждый учитывается один раз.</translation>
    </message>
    <message>
        <source>Different families of the people who received services of the project; a person without a family counts as one.</source>
        <translation>Разные семьи людей, получивших услуги проекта; человек без семьи считается отдельно.</translation>
    </message>
    <message>
        <source>Hours of services of the project.</source>
        <translation>Часы услуг проекта.</translation>
    </message>
    <message>
        <source>Services of the project, by the quantity recorded.</source>
        <translation>Услуги проекта по количеству, указанному в записи.</translation>
    </message>
    <message>
        <source>Services of the project, each record once.</source>
        <translation>Услуги проекта, каждая запись один раз.</translation>
    </message>
    <message>
        <source>Events of the project that were held; planned and cancelled ones do not count.</source>
        <translation>Проведённые мероприятия проекта; запланированные и отменённые не учитываются.</translation>
    </message>
    <message>
        <source>Different registered people present at held events; each counts once.</source>
        <translation>Разные люди из реестра, присутствовавшие на проведённых мероприятиях; каждый один раз.</translation>
    </message>
    <message>
        <source>Visits of registered people to held events.</source>
        <translation>Посещения проведённых мероприятий людьми из реестра.</translation>
    </message>
    <message>
        <source>People counted by headcount at held events (not in the register).</source>
        <translation>Люди, учтённые по численности на проведённых мероприятиях (не в реестре).</translation>
    </message>
    <message>
        <source>Everyone present at held events: visits of registered people plus headcounts; nobody is counted twice.</source>
        <translation>Все присутствовавшие на проведённых мероприятиях: посещения людей из реестра и учёт по численности; никто не учитывается дважды.</translation>
    </message>
    <message>
        <source>Registered people present at held trainings, seminars and webinars, plus the specialists counted there by headcount.</source>
        <translation>Люди из реестра на проведённых тренингах, семинарах и вебинарах и специалисты, учтённые там по численности.</translation>
    </message>
    <message>
        <source>Hours logged by volunteers for the project.</source>
        <translation>Часы, отработанные волонтёрами в проекте.</translation>
    </message>
    <message>
        <source>Different volunteers who logged hours for the project.</source>
        <translation>Разные волонтёры, отработавшие часы в проекте.</translation>
    </message>
    <message>
        <source>Percent of the project&apos;s cases closed in the period whose situation improved or partly improved.</source>
        <translation>Процент закрытых за период случаев проекта, где положение улучшилось или частично улучшилось.</translation>
    </message>
    <message>
        <source>Percent of the project&apos;s cases closed in the period whose situation improved.</source>
        <translation>Процент закрытых за период случаев проекта, где положение улучшилось.</translation>
    </message>
    <message>
        <source>Average days from opening to closing of the project&apos;s cases closed in the period.</source>
        <translation>Среднее число дней от открытия до закрытия случаев проекта, закрытых за период.</translation>
    </message>
    <message>
        <source>The sum of the values entered by hand, dated within the period.</source>
        <translation>Сумма значений, введённых вручную, с датами внутри периода.</translation>
    </message>
    <message>
        <source>From the project&apos;s start to the report date, both days included; archived records are left out.</source>
        <translation>С начала проекта по дату отчёта включительно; записи в архиве не учитываются.</translation>
    </message>
    <message>
        <source>Only %1.</source>
        <translation>Только %1.</translation>
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
        <translation>Случай</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
</context>
<context>
    <name>opora::ui::ListPage</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Выгрузить CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Выгрузка CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>opora::ui::MainWindow</name>
    <message>
        <source>Opora — DEMO (fictional data)</source>
        <translation>Опора — ДЕМО (вымышленные данные)</translation>
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
        <translation>&amp;Новая база…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу…</translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation>Открыть &amp;демо</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Новый &amp;человек…</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>Новый &amp;случай…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Случаи</translation>
    </message>
    <message>
        <source>&amp;Find a person or case</source>
        <translation>&amp;Найти человека или случай</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>&amp;Полный экран</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <source>&amp;Reference lists and departments…</source>
        <translation>&amp;Справочники и отделения…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Opora</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>ДЕМО</translation>
    </message>
    <message>
        <source>A demo database with fictional people. Nothing here touches your centre&apos;s real database.</source>
        <translation>Демонстрационная база с вымышленными людьми. Ничто здесь не затрагивает рабочую базу вашего центра.</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(только чтение)</translation>
    </message>
    <message>
        <source>&amp;Reset demo (start again with fresh fictional data)</source>
        <translation>&amp;Сбросить демо (начать заново с новыми вымышленными данными)</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Услуги</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Мероприятия</translation>
    </message>
    <message>
        <source>&amp;Record services…</source>
        <translation>&amp;Записать услуги…</translation>
    </message>
    <message>
        <source>New &amp;event…</source>
        <translation>Новое &amp;мероприятие…</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Сделать &amp;резервную копию</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
        <source>&amp;Import people from CSV…</source>
        <translation>&amp;Загрузить людей из CSV…</translation>
    </message>
    <message>
        <source>Import people from CSV</source>
        <translation>Загрузка людей из CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… и ещё %n ошибка.</numerusform>
            <numerusform>… и ещё %n ошибки.</numerusform>
            <numerusform>… и ещё %n ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <source>Import the rows without problems</source>
        <translation>Загрузить строки без ошибок</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Загружено: %1.</translation>
    </message>
    <message>
        <source>The rows with problems are in %1.</source>
        <translation>Строки с ошибками записаны в %1.</translation>
    </message>
    <message>
        <source>Rows in the file: %1. New and correct: %2. Already in the register: %3. With problems: %4.</source>
        <translation>Строк в файле: %1. Новых без ошибок: %2. Уже в реестре: %3. С ошибками: %4.</translation>
    </message>
    <message>
        <source>This database is open read-only: you can look and print, but no change can be saved. To work in it, ask the administrator for write access to the file and its folder, or copy it to a folder of your own.</source>
        <translation>База открыта только для чтения: её можно просматривать и печатать, но изменения сохранить нельзя. Чтобы работать в ней, попросите администратора дать право записи на файл и его папку или скопируйте файл в свою папку.</translation>
    </message>
    <message>
        <source>This database is on a network share. If several computers work in one file over the network, it can be damaged. Keep it on this computer&apos;s disk with regular backups; a centre that needs several workplaces should move to a database server (see the README).</source>
        <translation>База лежит в сетевой папке. Если с одним файлом по сети работают несколько компьютеров, он может повредиться. Держите базу на диске этого компьютера и делайте резервные копии; центру, которому нужно несколько рабочих мест, следует перейти на сервер баз данных (см. README).</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <source>P&amp;rojects</source>
        <translation>П&amp;роекты</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Report for a &amp;period…</source>
        <translation>Отчёт за &amp;период…</translation>
    </message>
    <message>
        <source>Centre &amp;name and logo…</source>
        <translation>&amp;Название и логотип центра…</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Блокировка при бездействии</translation>
    </message>
    <message>
        <source>Lock Opora after this many minutes without use (0: never):</source>
        <translation>Блокировать «Опору» через столько минут без работы (0 — никогда):</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Заблокировать сейчас</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity…</source>
        <translation>Блокировка при &amp;бездействии…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>Журнал &amp;аудита…</translation>
    </message>
    <message>
        <source>Day s&amp;heet of services…</source>
        <translation>&amp;Лист услуг за день…</translation>
    </message>
    <message>
        <source>&amp;Volunteers</source>
        <translation>&amp;Волонтёры</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Волонтёры</translation>
    </message>
    <message>
        <source>&amp;Staff and accounts…</source>
        <translation>Со&amp;трудники и учётные записи…</translation>
    </message>
    <message>
        <source>Service &amp;catalogue…</source>
        <translation>&amp;Перечень услуг…</translation>
    </message>
    <message>
        <source>R&amp;etention of personal data…</source>
        <translation>Сро&amp;к хранения персональных данных…</translation>
    </message>
</context>
<context>
    <name>opora::ui::MentorDialog</name>
    <message>
        <source>Mentor a case</source>
        <translation>Наставник по случаю</translation>
    </message>
    <message>
        <source>Surname of the person the case is about</source>
        <translation>Фамилия человека, о котором случай</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Человек</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Случай</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Начиная с</translation>
    </message>
    <message>
        <source>This person has no open case.</source>
        <translation>У этого человека нет открытого случая.</translation>
    </message>
</context>
<context>
    <name>opora::ui::OverviewPage</name>
    <message>
        <source>active cases</source>
        <translation>активных случаев</translation>
    </message>
    <message>
        <source>services this month</source>
        <translation>услуг в этом месяце</translation>
    </message>
    <message>
        <source>events held this month</source>
        <translation>мероприятий в этом месяце</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>Cases opened and closed per month</source>
        <translation>Случаи, открытые и закрытые по месяцам</translation>
    </message>
    <message>
        <source>Services per month by department</source>
        <translation>Услуги по месяцам и отделениям</translation>
    </message>
    <message>
        <source>Active cases by category</source>
        <translation>Активные случаи по категориям</translation>
    </message>
    <message>
        <source>Events ahead</source>
        <translation>Ближайшие мероприятия</translation>
    </message>
    <message>
        <source>Open the demo (fictional data)…</source>
        <translation>Открыть демонстрацию (вымышленные данные)…</translation>
    </message>
</context>
<context>
    <name>opora::ui::PagedDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>opora::ui::PasswordForm</name>
    <message>
        <source>New password for %1</source>
        <translation>Новый пароль для %1</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>П&amp;ароль</translation>
    </message>
    <message>
        <source>Re&amp;peat password</source>
        <translation>П&amp;овторите пароль</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>opora::ui::PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Открытые случаи</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
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
        <translation>Отбор по имени…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показать архив</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Новый человек…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
</context>
<context>
    <name>opora::ui::PeriodReportDialog</name>
    <message>
        <source>Report for a period</source>
        <translation>Отчёт за период</translation>
    </message>
    <message>
        <source>Report %1 – %2.pdf</source>
        <translation>Отчёт %1 – %2.pdf</translation>
    </message>
    <message>
        <source>Preview and &amp;print…</source>
        <translation>Просмотр и &amp;печать…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
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
        <translation>неизвестна</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <source>&amp;Born on</source>
        <translation>Дата &amp;рождения</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <source>Identity &amp;document</source>
        <translation>&amp;Документ</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Примечания</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Категории</translation>
    </message>
    <message>
        <source>Families and cases</source>
        <translation>Семьи и случаи</translation>
    </message>
    <message>
        <source>&amp;Family…</source>
        <translation>&amp;Семья…</translation>
    </message>
    <message>
        <source>Open the person&apos;s family, or create one with them in it</source>
        <translation>Открыть семью человека или создать её</translation>
    </message>
    <message>
        <source>Consents to the processing of personal data</source>
        <translation>Согласия на обработку персональных данных</translation>
    </message>
    <message>
        <source>Record c&amp;onsent…</source>
        <translation>Записать с&amp;огласие…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>От&amp;озвать</translation>
    </message>
    <message>
        <source>This person is archived. Restore them to make changes.</source>
        <translation>Человек в архиве. Восстановите запись, чтобы вносить изменения.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>Новый &amp;случай…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>В &amp;архив</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Given %1 by %2: %3</source>
        <translation>Дано %1, подписал(а) %2: %3</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>отозвано %1</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>Случай %1 — %2</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
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
        <translation>Категории</translation>
    </message>
    <message>
        <source>Discard the changes you made to this card?</source>
        <translation>Отменить изменения, внесённые в эту карточку?</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n member(s))</source>
        <translation>
            <numerusform>%1 (%2, %n человек)</numerusform>
            <numerusform>%1 (%2, %n человека)</numerusform>
            <numerusform>%1 (%2, %n человек)</numerusform>
        </translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>Св&amp;едения</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>Истори&amp;я</translation>
    </message>
    <message>
        <source>P&amp;ersonal data…</source>
        <translation>Персо&amp;нальные данные…</translation>
    </message>
    <message>
        <source>Everything held about this person, for their own request: JSON or PDF, nothing about the rest of the family</source>
        <translation>Все данные об этом человеке по его запросу: JSON или PDF, без сведений об остальных членах семьи</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>Сохранить как &amp;JSON…</translation>
    </message>
    <message>
        <source>Personal data as JSON</source>
        <translation>Персональные данные в JSON</translation>
    </message>
    <message>
        <source>personal-data-%1.json</source>
        <translation>персональные-данные-%1.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Personal data as PDF</source>
        <translation>Персональные данные в PDF</translation>
    </message>
    <message>
        <source>personal-data-%1.pdf</source>
        <translation>персональные-данные-%1.pdf</translation>
    </message>
</context>
<context>
    <name>opora::ui::PersonPicker</name>
    <message>
        <source>Type a surname or phone, then choose…</source>
        <translation>Введите фамилию или телефон и выберите…</translation>
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
        <translation>Что</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>service</source>
        <translation>услуга</translation>
    </message>
    <message>
        <source>event</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <source>case status</source>
        <translation>статус случая</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Случай %1</translation>
    </message>
</context>
<context>
    <name>opora::ui::PersonalDataDocument</name>
    <message>
        <source>Nothing is recorded.</source>
        <translation>Записей нет.</translation>
    </message>
    <message>
        <source>Personal data · %1</source>
        <translation>Персональные данные · %1</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Everything held about a person</source>
        <translation>Все данные о человеке</translation>
    </message>
    <message>
        <source>Made on %1 at the person&apos;s request. It holds nothing about other members of the family; psychologists&apos; notes are not part of it.</source>
        <translation>Составлено %1 по запросу человека. Сведений о других членах семьи не содержит; записи психолога в него не входят.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Дано</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Объём</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Семьи</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Случай %1</translation>
    </message>
    <message>
        <source>Planned service</source>
        <translation>Запланированная услуга</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Объём</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Individual plan</source>
        <translation>Индивидуальная программа</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Cases of the family</source>
        <translation>Случаи семьи</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <source>Services received</source>
        <translation>Оказанные услуги</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Участие</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Волонтёр</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Навыки</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
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
        <translation>только на весь проект</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>по кварталам</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>по месяцам</translation>
    </message>
    <message>
        <source>Part of the period</source>
        <translation>Часть срока</translation>
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
        <translation>Срок</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Данные на</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Целевые группы</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>About the project</source>
        <translation>О проекте</translation>
    </message>
    <message>
        <source>Indicators: plan and fact (%1 of %2)</source>
        <translation>Показатели: план и факт (%1 из %2)</translation>
    </message>
    <message>
        <source>Indicators: plan and fact</source>
        <translation>Показатели: план и факт</translation>
    </message>
    <message>
        <source>Fact as percent of plan</source>
        <translation>Факт в процентах от плана</translation>
    </message>
    <message>
        <source>Over the months</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>Services by type</source>
        <translation>Услуги по видам</translation>
    </message>
    <message>
        <source>Attendance by group</source>
        <translation>Участники по группам</translation>
    </message>
    <message>
        <source>Activity per month</source>
        <translation>Работа по месяцам</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>← → PageUp PageDown: slides · Esc: leave</source>
        <translation>← → PageUp PageDown — слайды · Esc — выход</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
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
        <translation>Проведено мероприятий</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>По видам</translation>
    </message>
    <message>
        <source>Participants (visits and headcounts)</source>
        <translation>Участники (посещения и учёт по численности)</translation>
    </message>
</context>
<context>
    <name>opora::ui::ProjectActivity</name>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Who joins the target group: surname and first name</source>
        <translation>Кто входит в целевую группу: фамилия и имя</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Целевая группа</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>Services attributed to the project: %1</source>
        <translation>Услуги, отнесённые к проекту: %1</translation>
    </message>
    <message>
        <source>Events of the project: %1</source>
        <translation>Мероприятия проекта: %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>The last day in the group, when it is known</source>
        <translation>Последний день в группе, если он известен</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>C&amp;hange dates…</source>
        <translation>Изменить &amp;сроки…</translation>
    </message>
    <message>
        <source>Take &amp;out of the group…</source>
        <translation>&amp;Исключить из группы…</translation>
    </message>
    <message>
        <source>Take out of the target group</source>
        <translation>Исключение из целевой группы</translation>
    </message>
    <message>
        <source>Take %1 out of the project&apos;s target group? Do this for an enrolment made in error; when the person has left the group, change the dates instead.</source>
        <translation>Исключить %1 из целевой группы проекта? Так поступают с ошибочной записью; если человек вышел из группы, измените сроки.</translation>
    </message>
</context>
<context>
    <name>opora::ui::ProjectDashboard</name>
    <message>
        <source>registered participants</source>
        <translation>участники из реестра</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Показатель:</translation>
    </message>
    <message>
        <source>Fact as percent of plan</source>
        <translation>Факт в процентах от плана</translation>
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
        <translation>Услуги по видам</translation>
    </message>
    <message>
        <source>Attendance by group</source>
        <translation>Участники по группам</translation>
    </message>
    <message>
        <source>services</source>
        <translation>услуги</translation>
    </message>
    <message>
        <source>event participants</source>
        <translation>участники мероприятий</translation>
    </message>
    <message>
        <source>Activity per month</source>
        <translation>Работа по месяцам</translation>
    </message>
</context>
<context>
    <name>opora::ui::ProjectPassport</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Грантодатель</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>Номер договора</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Целевые группы</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Someone else saved this project after you opened it. Your text is kept here: copy what you need, close the window and open the project again.</source>
        <translation>Кто-то сохранил этот проект после того, как вы его открыли. Ваш текст остался здесь: скопируйте нужное, закройте окно и откройте проект снова.</translation>
    </message>
    <message>
        <source>For the round-table document, in your own words:</source>
        <translation>Для материалов круглого стола, своими словами:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Уроки и выводы</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
</context>
<context>
    <name>opora::ui::ProjectTeam</name>
    <message>
        <source>&amp;Save the team</source>
        <translation>&amp;Сохранить команду</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Role in the project</source>
        <translation>Роль в проекте</translation>
    </message>
    <message>
        <source>Tick who works in the project (Space) and write their role in it (type in the last column).</source>
        <translation>Отметьте, кто работает в проекте (пробел), и укажите его роль (в последнем столбце).</translation>
    </message>
</context>
<context>
    <name>opora::ui::ProjectWindow</name>
    <message>
        <source>&amp;Records behind the fact…</source>
        <translation>&amp;Записи, из которых сложился факт…</translation>
    </message>
    <message>
        <source>&amp;Add indicator…</source>
        <translation>&amp;Добавить показатель…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Enter a &amp;value…</source>
        <translation>Ввести &amp;значение…</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Expected by date</source>
        <translation>Ожидается к дате</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% плана</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>How it is counted: %1</source>
        <translation>Как считается: %1</translation>
    </message>
    <message>
        <source>&amp;Save the passport</source>
        <translation>&amp;Сохранить паспорт</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>&amp;Показатели</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Диаграммы</translation>
    </message>
    <message>
        <source>&amp;Passport</source>
        <translation>П&amp;аспорт</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>No indicators yet: add the ones in the grant agreement, in the funder&apos;s words.</source>
        <translation>Показателей пока нет: добавьте показатели из договора, словами грантодателя.</translation>
    </message>
    <message>
        <source>Enter a value</source>
        <translation>Ввести значение</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Value to add</source>
        <translation>Прибавить значение</translation>
    </message>
    <message>
        <source>Comment (what was counted)</source>
        <translation>Комментарий (что посчитано)</translation>
    </message>
    <message>
        <source>Presen&amp;tation</source>
        <translation>Презента&amp;ция</translation>
    </message>
    <message>
        <source>Full screen for a round table (F5); Esc leaves</source>
        <translation>Во весь экран для круглого стола (F5); Esc — выход</translation>
    </message>
    <message>
        <source>Round-table &amp;document…</source>
        <translation>&amp;Материалы круглого стола…</translation>
    </message>
    <message>
        <source>Target &amp;group and activities</source>
        <translation>Целевая &amp;группа и работа</translation>
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
        <translation>нет показателей</translation>
    </message>
    <message>
        <source>%1 of %2 achieved, %3 behind</source>
        <translation>выполнено %1 из %2, отстают %3</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n проект</numerusform>
            <numerusform>%n проекта</numerusform>
            <numerusform>%n проектов</numerusform>
        </translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Грантодатель</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Indicators today</source>
        <translation>Показатели сегодня</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
</context>
<context>
    <name>opora::ui::ReferenceListsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Reference lists</source>
        <translation>Справочники</translation>
    </message>
    <message>
        <source>Categories of people</source>
        <translation>Категории получателей</translation>
    </message>
    <message>
        <source>Circumstances of a case</source>
        <translation>Обстоятельства случая</translation>
    </message>
    <message>
        <source>Reasons for closing a case</source>
        <translation>Причины закрытия случая</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Отделения</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename. Items that records use can be deactivated: they stay on those records but are no longer offered.</source>
        <translation>Чтобы переименовать, дважды щёлкните или нажмите F2. Используемые элементы можно отключить: в записях они останутся, но выбирать их больше не предложат.</translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>используется</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>active, not used yet</source>
        <translation>включён, пока не используется</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Новый элемент</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
</context>
<context>
    <name>opora::ui::RegisterNames</name>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка нуждаемости</translation>
    </message>
    <message>
        <source>Active support</source>
        <translation>Сопровождение</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Пересмотр</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Улучшение</translation>
    </message>
    <message>
        <source>Partly improved</source>
        <translation>Частичное улучшение</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation>Ухудшение</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Не оценивалось</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Мать</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Отец</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Бабушка или дедушка</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Опекун</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Другое родство</translation>
    </message>
</context>
<context>
    <name>opora::ui::RetentionDialog</name>
    <message>
        <source>&amp;Anonymise now…</source>
        <translation>&amp;Обезличить сейчас…</translation>
    </message>
    <message>
        <source>Retention of personal data</source>
        <translation>Срок хранения персональных данных</translation>
    </message>
    <message>
        <source>When the support of a person and their family ended longer ago than this period, Opora removes their personal details: name, phone, address, document, notes and the texts of their cases. Dates, services, attendance, outcomes, birth dates and categories stay, so reports and project indicators do not change. People still supported, volunteers and anyone with newer records are kept as they are.</source>
        <translation>Когда сопровождение человека и его семьи закончилось раньше этого срока, «Опора» удаляет их персональные сведения: ФИО, телефон, адрес, документ, примечания и тексты их случаев. Даты, услуги, посещения, результаты, даты рождения и категории остаются, поэтому отчёты и показатели проектов не меняются. Тех, кто ещё на сопровождении, волонтёров и всех, у кого есть более новые записи, это не касается.</translation>
    </message>
    <message>
        <source>&amp;Keep personal data</source>
        <translation>&amp;Хранить персональные данные</translation>
    </message>
    <message>
        <source>Nobody&apos;s support ended before %1: there is nothing to anonymise.</source>
        <translation>Ни у кого сопровождение не закончилось до %1: обезличивать нечего.</translation>
    </message>
    <message numerus="yes">
        <source>Support ended before %1 for %n people; with them %2 families and %3 cases would be anonymised.</source>
        <translation>
            <numerusform>Сопровождение закончилось до %1 у %n человека; вместе с ними будут обезличены семей — %2, случаев — %3.</numerusform>
            <numerusform>Сопровождение закончилось до %1 у %n человек; вместе с ними будут обезличены семей — %2, случаев — %3.</numerusform>
            <numerusform>Сопровождение закончилось до %1 у %n человек; вместе с ними будут обезличены семей — %2, случаев — %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the personal details now? This cannot be undone (a backup made before keeps them).</source>
        <translation>Удалить персональные сведения сейчас? Отменить это нельзя (в сделанной ранее резервной копии они останутся).</translation>
    </message>
    <message numerus="yes">
        <source>Anonymised: %n people, %1 families and %2 cases.</source>
        <translation>
            <numerusform>Обезличено: людей — %n, семей — %1, случаев — %2.</numerusform>
            <numerusform>Обезличено: людей — %n, семей — %1, случаев — %2.</numerusform>
            <numerusform>Обезличено: людей — %n, семей — %1, случаев — %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) after the case was closed</source>
        <translation>
            <numerusform>%n год после закрытия случая</numerusform>
            <numerusform>%n года после закрытия случая</numerusform>
            <numerusform>%n лет после закрытия случая</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opora::ui::RoundTableDialog</name>
    <message>
        <source>Show counts of 1 or 2 as &quot;&lt;3&quot;</source>
        <translation>Показывать числа 1 и 2 как «&lt;3»</translation>
    </message>
    <message>
        <source>Named variant for internal use (lists the target group by name)</source>
        <translation>Именной вариант для внутреннего пользования (со списком целевой группы)</translation>
    </message>
    <message>
        <source>Round-table document</source>
        <translation>Материалы круглого стола</translation>
    </message>
    <message>
        <source>The document is anonymised: it holds figures only, never a recipient&apos;s name, birth date, address, phone or case number.</source>
        <translation>Документ обезличен: в нём только цифры, без имён, дат рождения, адресов, телефонов и номеров случаев получателей.</translation>
    </message>
    <message>
        <source>The named variant contains personal data: do not hand it out or send it outside the centre.</source>
        <translation>Именной вариант содержит персональные данные: не раздавайте его и не отправляйте за пределы центра.</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Данные на</translation>
    </message>
    <message>
        <source>Preview and &amp;print…</source>
        <translation>Просмотр и &amp;печать…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder or file name.</source>
        <translation>Не удалось записать %1. Выберите другую папку или имя файла.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>opora::ui::RoundTableDocument</name>
    <message>
        <source>age not recorded</source>
        <translation>возраст не указан</translation>
    </message>
    <message>
        <source>35 and older</source>
        <translation>35 лет и старше</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 лет</translation>
    </message>
    <message>
        <source>FOR INTERNAL USE: contains personal data</source>
        <translation>ДЛЯ ВНУТРЕННЕГО ПОЛЬЗОВАНИЯ: содержит персональные данные</translation>
    </message>
    <message>
        <source>Anonymised: no personal data of recipients</source>
        <translation>Обезличено: без персональных данных получателей</translation>
    </message>
    <message>
        <source>Information and analytical materials for the round table</source>
        <translation>Информационно-аналитические материалы к круглому столу</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Грантодатель</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Срок реализации</translation>
    </message>
    <message>
        <source>Round table; figures as of</source>
        <translation>Круглый стол; данные на</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Целевые группы</translation>
    </message>
    <message>
        <source>Indicators: plan and fact</source>
        <translation>Показатели: план и факт</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед.</translation>
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
        <translation>% плана</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Facts are counted by Opora from the centre&apos;s records as of %1: services and events attributed to the project within its period, both days included; cancelled events and archived records are left out.</source>
        <translation>Факт посчитан «Опорой» по записям центра на %1: услуги и мероприятия, отнесённые к проекту, в сроки проекта включительно; отменённые мероприятия и записи в архиве не учитываются.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Вид мероприятия</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>registered participants (visits)</source>
        <translation>участники из реестра (посещения)</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Кто пришёл</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Проведённые мероприятия</translation>
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
        <translation>Название</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Пришли</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>Type of service</source>
        <translation>Вид услуг</translation>
    </message>
    <message>
        <source>Form of service</source>
        <translation>Форма обслуживания</translation>
    </message>
    <message>
        <source>The target group</source>
        <translation>Целевая группа</translation>
    </message>
    <message>
        <source>People enrolled in the target group: %1.</source>
        <translation>Включено в целевую группу: %1 чел.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Age at enrolment</source>
        <translation>Возраст при включении</translation>
    </message>
    <message>
        <source>Volunteers and partners</source>
        <translation>Волонтёры и партнёры</translation>
    </message>
    <message>
        <source>Volunteers: %1; hours given: %2.</source>
        <translation>Волонтёров: %1; отработано часов: %2.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Уроки и выводы</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Annex: the target group by name (internal use only)</source>
        <translation>Приложение: состав целевой группы (только для внутреннего пользования)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
</context>
<context>
    <name>opora::ui::SearchField</name>
    <message>
        <source>Find a person or case (Ctrl+F): surname, case number, phone</source>
        <translation>Найти человека или случай (Ctrl+F): фамилия, номер случая, телефон</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>Случай %1 — %2</translation>
    </message>
    <message>
        <source>[archived]</source>
        <translation>[в архиве]</translation>
    </message>
</context>
<context>
    <name>opora::ui::ServiceNames</name>
    <message>
        <source>social and domestic</source>
        <translation>социально-бытовые</translation>
    </message>
    <message>
        <source>social and medical</source>
        <translation>социально-медицинские</translation>
    </message>
    <message>
        <source>psychological</source>
        <translation>социально-психологические</translation>
    </message>
    <message>
        <source>pedagogical</source>
        <translation>социально-педагогические</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>социально-трудовые</translation>
    </message>
    <message>
        <source>legal</source>
        <translation>социально-правовые</translation>
    </message>
    <message>
        <source>communication skills</source>
        <translation>повышение коммуникативного потенциала</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>срочные</translation>
    </message>
    <message>
        <source>consulting</source>
        <translation>консультування</translation>
    </message>
    <message>
        <source>social support</source>
        <translation>социальное сопровождение</translation>
    </message>
    <message>
        <source>prevention</source>
        <translation>социальная профилактика</translation>
    </message>
    <message>
        <source>adaptation and integration</source>
        <translation>адаптация и интеграция</translation>
    </message>
    <message>
        <source>crisis intervention</source>
        <translation>кризисное вмешательство</translation>
    </message>
    <message>
        <source>care</source>
        <translation>уход</translation>
    </message>
    <message>
        <source>rehabilitation</source>
        <translation>реабилитация</translation>
    </message>
    <message>
        <source>representation</source>
        <translation>представительство интересов</translation>
    </message>
    <message>
        <source>mediation</source>
        <translation>медиация</translation>
    </message>
    <message>
        <source>information</source>
        <translation>информирование</translation>
    </message>
    <message>
        <source>aid in kind</source>
        <translation>натуральная помощь</translation>
    </message>
    <message>
        <source>at home</source>
        <translation>на дому</translation>
    </message>
    <message>
        <source>day care</source>
        <translation>полустационарная</translation>
    </message>
    <message>
        <source>residential</source>
        <translation>стационарная</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>дистанционно</translation>
    </message>
    <message>
        <source>service</source>
        <translation>услуга</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>час</translation>
    </message>
    <message>
        <source>session</source>
        <translation>занятие</translation>
    </message>
    <message>
        <source>class or lecture</source>
        <translation>занятие или лекция</translation>
    </message>
    <message>
        <source>school of motherhood / parents</source>
        <translation>школа материнства / родителей</translation>
    </message>
    <message>
        <source>training for specialists</source>
        <translation>обучение специалистов</translation>
    </message>
    <message>
        <source>seminar or conference</source>
        <translation>семинар или конференция</translation>
    </message>
    <message>
        <source>round table</source>
        <translation>круглый стол</translation>
    </message>
    <message>
        <source>club or leisure</source>
        <translation>клуб или досуг</translation>
    </message>
    <message>
        <source>webinar or supervision</source>
        <translation>вебинар или супервизия</translation>
    </message>
    <message>
        <source>mobile brigade visit</source>
        <translation>выезд мобильной бригады</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <source>held</source>
        <translation>проведено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>women</source>
        <translation>женщины</translation>
    </message>
    <message>
        <source>men</source>
        <translation>мужчины</translation>
    </message>
    <message>
        <source>teenagers</source>
        <translation>подростки</translation>
    </message>
    <message>
        <source>children</source>
        <translation>дети</translation>
    </message>
    <message>
        <source>parents</source>
        <translation>родители</translation>
    </message>
    <message>
        <source>specialists</source>
        <translation>специалисты</translation>
    </message>
    <message>
        <source>volunteers</source>
        <translation>волонтёры</translation>
    </message>
    <message>
        <source>others</source>
        <translation>другие</translation>
    </message>
    <message>
        <source>present</source>
        <translation>присутствовал(а)</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>по уважительной причине</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>не пришёл(ла)</translation>
    </message>
    <message>
        <source>once</source>
        <translation>однократно</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ежедневно</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>еженедельно</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>ежемесячно</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>по необходимости</translation>
    </message>
</context>
<context>
    <name>opora::ui::ServiceRecordDialog</name>
    <message>
        <source>Record services</source>
        <translation>Запись услуг</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не указана</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>не выбрано</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Человек</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Случай</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Услуга</translation>
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
        <translation>&amp;Количество</translation>
    </message>
    <message>
        <source>D&amp;uration, minutes</source>
        <translation>П&amp;родолжительность, минут</translation>
    </message>
    <message>
        <source>Speciali&amp;st</source>
        <translation>Спе&amp;циалист</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Примечание</translation>
    </message>
    <message>
        <source>Save and &amp;next (Ctrl+S)</source>
        <translation>Сохранить и &amp;дальше (Ctrl+S)</translation>
    </message>
    <message>
        <source>no open case: open one first</source>
        <translation>нет открытого случая: сначала откройте его</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n service(s). Type the next person.</source>
        <translation>
            <numerusform>Сохранена %n услуга. Введите следующего получателя.</numerusform>
            <numerusform>Сохранены %n услуги. Введите следующего получателя.</numerusform>
            <numerusform>Сохранено %n услуг. Введите следующего получателя.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opora::ui::ServicesPage</name>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>&amp;Record a service…</source>
        <translation>&amp;Записать услугу…</translation>
    </message>
    <message>
        <source>All types of service</source>
        <translation>Все виды услуг</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Все формы</translation>
    </message>
    <message>
        <source>All specialists</source>
        <translation>Все специалисты</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n service(s)</source>
        <translation>
            <numerusform>Всего: %n услуга</numerusform>
            <numerusform>Всего: %n услуги</numerusform>
            <numerusform>Всего: %n услуг</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) served</source>
        <translation>
            <numerusform>%n получатель</numerusform>
            <numerusform>%n получателя</numerusform>
            <numerusform>%n получателей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>Day s&amp;heet…</source>
        <translation>&amp;Лист за день…</translation>
    </message>
</context>
<context>
    <name>opora::ui::Session</name>
    <message>
        <source>Opora databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы «Опоры» (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Opora</source>
        <translation>Опора</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>Не удаётся открыть %1.</translation>
    </message>
    <message>
        <source>No folder for the demo database could be made.</source>
        <translation>Не удалось создать папку для демонстрационной базы.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу</translation>
    </message>
    <message>
        <source>Russia (442-FZ, lists in Russian)</source>
        <translation>Россия (442-ФЗ, справочники на русском)</translation>
    </message>
    <message>
        <source>Ukraine (Law on social services, lists in Ukrainian)</source>
        <translation>Украина (Закон «О социальных услугах», справочники на украинском)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база</translation>
    </message>
    <message>
        <source>Region profile:</source>
        <translation>Профиль региона:</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name.</source>
        <translation>%1 уже существует. Выберите новое имя файла.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>The backup is made and checked:
%1</source>
        <translation>Резервная копия сделана и проверена:
%1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из копии</translation>
    </message>
    <message>
        <source>The backup was made %1 and holds:
%2

Replace the current database with it? The current database is kept as a backup first.</source>
        <translation>Копия сделана %1 и содержит:
%2

Заменить ею текущую базу? Текущая база сначала будет сохранена как копия.</translation>
    </message>
    <message>
        <source>The database is restored. The previous one is kept in %1.</source>
        <translation>База восстановлена. Прежняя сохранена в %1.</translation>
    </message>
    <message>
        <source>The newest good backup was made %1. Restore it? The file that cannot be opened is kept, unchanged, in %2.</source>
        <translation>Последняя исправная резервная копия сделана %1. Восстановить её? Файл, который не открывается, будет сохранён без изменений в %2.</translation>
    </message>
</context>
<context>
    <name>opora::ui::SignInDialog</name>
    <message>
        <source>Set the administrator&apos;s password</source>
        <translation>Пароль администратора</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>This database is new. Choose the administrator&apos;s password (at least 8 characters). Keep it safe: the case files of minors and vulnerable families are behind it.</source>
        <translation>Это новая база. Задайте пароль администратора (не меньше 8 знаков). Храните его надёжно: он защищает дела несовершеннолетних и уязвимых семей.</translation>
    </message>
    <message>
        <source>Opora keeps personal data of the people your centre supports. Sign in with your user name and password.</source>
        <translation>«Опора» хранит персональные данные людей, которых поддерживает ваш центр. Войдите под своим именем пользователя и паролем.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Повторите пароль</translation>
    </message>
    <message>
        <source>Set and sign in</source>
        <translation>Задать и войти</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Opora is locked</source>
        <translation>«Опора» заблокирована</translation>
    </message>
    <message>
        <source>Opora locked itself after a while without use. Enter your password to go on: nothing you were doing is lost.</source>
        <translation>«Опора» заблокировалась после перерыва в работе. Введите пароль, чтобы продолжить: ничего из начатого не потеряно.</translation>
    </message>
</context>
<context>
    <name>opora::ui::StaffAccountsDialog</name>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Staff and accounts</source>
        <translation>Сотрудники и учётные записи</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Staff are responsible for cases, deliver services and organise events. Someone who leaves is deactivated: the records keep their name.</source>
        <translation>Сотрудники ведут случаи, оказывают услуги и проводят мероприятия. Уволившегося сотрудника отключают: его имя остаётся в записях.</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Доб&amp;авить…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Изм&amp;енить…</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>Новый &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Roles: an administrator manages accounts and reference lists; a head of department and specialists keep the records; a manager sees reports only; a trainer opens demo databases only. Nobody changes their own role.</source>
        <translation>Роли: администратор ведёт учётные записи и справочники; заведующий отделением и специалисты ведут записи; руководитель видит только отчёты; тренер открывает только демонстрационные базы. Свою роль изменить нельзя.</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Сотрудники</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>&amp;Учётные записи</translation>
    </message>
    <message>
        <source>works here</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>locked after failed sign-ins</source>
        <translation>заблокирована после неудачных входов</translation>
    </message>
    <message>
        <source>no password yet</source>
        <translation>пароль ещё не задан</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>От&amp;ключить</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>&amp;Включить</translation>
    </message>
</context>
<context>
    <name>opora::ui::StaffForm</name>
    <message>
        <source>Member of staff</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>New member of staff</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(без отделения)</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <source>P&amp;osition</source>
        <translation>&amp;Должность</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>От&amp;деление</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Эл. почта</translation>
    </message>
</context>
<context>
    <name>opora::ui::StatusChangeDialog</name>
    <message>
        <source>Change the status of case %1</source>
        <translation>Изменение статуса случая %1</translation>
    </message>
    <message>
        <source>Re-open: %1</source>
        <translation>Открыть снова: %1</translation>
    </message>
    <message>
        <source>New &amp;status</source>
        <translation>Новый &amp;статус</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Комментарий</translation>
    </message>
    <message>
        <source>&amp;Reason for closing</source>
        <translation>&amp;Причина закрытия</translation>
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
        <translation>&amp;Нет в реестре</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О ком</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
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
        <translation>Часы</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <source>&amp;Mentor a case…</source>
        <translation>&amp;Прикрепить к случаю…</translation>
    </message>
    <message>
        <source>&amp;End the mentoring…</source>
        <translation>&amp;Завершить наставничество…</translation>
    </message>
    <message>
        <source>&amp;Log hours…</source>
        <translation>&amp;Отметить часы…</translation>
    </message>
    <message>
        <source>Remo&amp;ve the entry</source>
        <translation>&amp;Удалить запись</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Type a surname if the volunteer is in the register</source>
        <translation>Наберите фамилию, если волонтёр есть в реестре</translation>
    </message>
    <message>
        <source>&amp;Person of the register</source>
        <translation>&amp;Человек из реестра</translation>
    </message>
    <message>
        <source>S&amp;urname</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>S&amp;kills and interests</source>
        <translation>Навы&amp;ки и интересы</translation>
    </message>
    <message>
        <source>Volunteer s&amp;ince</source>
        <translation>Волонтёр &amp;с</translation>
    </message>
    <message>
        <source>Men&amp;toring</source>
        <translation>Наставнич&amp;ество</translation>
    </message>
    <message>
        <source>H&amp;ours</source>
        <translation>Ч&amp;асы</translation>
    </message>
    <message>
        <source>Volunteer — %1</source>
        <translation>Волонтёр — %1</translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation>Новый волонтёр</translation>
    </message>
    <message>
        <source>still mentoring</source>
        <translation>по сей день</translation>
    </message>
    <message>
        <source>In all: %1 h</source>
        <translation>Всего: %1 ч</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>В а&amp;рхив</translation>
    </message>
    <message>
        <source>Save the volunteer first</source>
        <translation>Сначала сохраните волонтёра</translation>
    </message>
    <message>
        <source>Someone else changed this volunteer after you opened the card. What you typed is still here: copy what you need, close the card and open it again.</source>
        <translation>Кто-то другой изменил этого волонтёра после того, как вы открыли карточку. Введённое вами осталось здесь: скопируйте нужное, закройте карточку и откройте её снова.</translation>
    </message>
    <message>
        <source>Archive this volunteer? Their mentoring and hours stay in the records and in the indicators.</source>
        <translation>Перенести волонтёра в архив? Его наставничество и часы останутся в записях и в показателях.</translation>
    </message>
    <message>
        <source>Remove the entry of %1 h on %2? Use this for an entry made in error.</source>
        <translation>Удалить запись: %1 ч за %2? Это для записи, сделанной по ошибке.</translation>
    </message>
</context>
<context>
    <name>opora::ui::VolunteersModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Навыки</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архиве)</translation>
    </message>
    <message>
        <source>Cases mentored</source>
        <translation>Сопровождает случаев</translation>
    </message>
</context>
<context>
    <name>opora::ui::VolunteersPage</name>
    <message>
        <source>Volunteers</source>
        <translation>Волонтёры</translation>
    </message>
    <message>
        <source>Name, phone or skills</source>
        <translation>Имя, телефон или навыки</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Показать &amp;архивных</translation>
    </message>
    <message>
        <source>&amp;New volunteer…</source>
        <translation>&amp;Новый волонтёр…</translation>
    </message>
</context>
</TS>
