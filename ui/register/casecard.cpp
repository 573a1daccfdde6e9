#include "register/casecard.h"

#include "audit/auditlog.h"
#include "clock.h"
#include "db/database.h"
#include "documents/casedocuments.h"
#include "documents/documentactions.h"
#include "error.h"
#include "i18n/language.h"
#include "register/caseplanview.h"
#include "register/caserepository.h"
#include "register/householdrepository.h"
#include "register/lookups.h"
#include "register/personpicker.h"
#include "register/personrepository.h"
#include "register/registermodels.h"
#include "register/statuschangedialog.h"
#include "widgets/conflictdialog.h"
#include "widgets/fielderrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {
QString shortDate(const QDate &date)
{
    return formatDate(date);
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}
} // namespace

CaseCard::CaseCard(Database &db, qint64 caseId, qint64 personId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_initialPerson(personId)
{
    build();
    load(caseId);
    // Who looked at which case file is part of the trail, as every change is.
    if (caseId > 0)
        recordDocument(db, AuditAction::Open, u"case_file"_s, caseId, {});
}

CaseCard::~CaseCard() = default;

void CaseCard::build()
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subjectLabel = new QLabel(this);
    m_person = new PersonPicker(m_db, this);
    m_wholeFamily = new QCheckBox(tr("The case is about the whole &family"), this);
    m_opened = new QDateEdit(today(), this);
    m_opened->setCalendarPopup(true);
    m_opened->setDisplayFormat(dateFormat());
    m_department = new QComboBox(this);
    m_department->addItem(tr("not chosen"), 0);
    for (const Choice &d : departmentChoices(m_db))
        m_department->addItem(d.name, d.id);
    m_responsible = new QComboBox(this);
    connect(m_department, &QComboBox::activated, this, [this] {
        fillResponsible(m_department->currentData().toLongLong(),
                        m_responsible->currentData().toLongLong());
    });
    m_circumstances = new QListWidget(this);
    m_circumstances->setWordWrap(true);
    m_circumstances->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const Choice &c : refChoices(m_db, u"circumstance"_s)) {
        auto *item = new QListWidgetItem(c.name, m_circumstances);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(u"summary"_s);
    m_person->setObjectName(u"personPicker"_s);
    m_summary->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("About"), m_subjectLabel);
    form->addRow(tr("&Person"), m_person);
    form->addRow(QString(), m_wholeFamily);
    form->addRow(tr("&Opened on"), m_opened);
    form->addRow(tr("&Department"), m_department);
    form->addRow(tr("&Responsible"), m_responsible);
    form->addRow(tr("Su&mmary"), m_summary);
    auto *details = new QWidget(this);
    auto *detailsLayout = new QHBoxLayout(details);
    detailsLayout->addLayout(form, 3);
    auto *circumstancesBox = new QVBoxLayout;
    auto *circumstancesLabel = new QLabel(tr("C&ircumstances"), this);
    circumstancesLabel->setBuddy(m_circumstances);
    circumstancesBox->addWidget(circumstancesLabel);
    circumstancesBox->addWidget(m_circumstances);
    detailsLayout->addLayout(circumstancesBox, 2);

    m_status = new QLabel(this);
    m_changeStatus = new QPushButton(tr("Change s&tatus…"), this);
    connect(m_changeStatus, &QPushButton::clicked, this, &CaseCard::changeStatus);
    m_history = new QTreeWidget(this);
    m_history->setHeaderLabels({tr("Date"), tr("Status"), tr("Comment")});
    m_history->setRootIsDecorated(false);
    auto *statusPage = new QWidget(this);
    auto *statusLayout = new QVBoxLayout(statusPage);
    auto *statusLine = new QHBoxLayout;
    statusLine->addWidget(m_status, 1);
    statusLine->addWidget(m_changeStatus);
    statusLayout->addLayout(statusLine);
    statusLayout->addWidget(m_history);

    m_notes = new QTreeWidget(this);
    m_notes->setHeaderLabels({tr("Date"), tr("Kind"), tr("Note")});
    m_notes->setRootIsDecorated(false);
    m_notes->setWordWrap(true);
    m_noteDate = new QDateEdit(today(), this);
    m_noteDate->setCalendarPopup(true);
    m_noteDate->setDisplayFormat(dateFormat());
    m_noteDate->setMaximumDate(today());
    m_noteKind = new QComboBox(this);
    m_noteKind->addItem(tr("general"), u"general"_s);
    m_noteKind->addItem(tr("psychologist"), u"psychologist"_s);
    m_noteText = new QLineEdit(this);
    m_noteText->setObjectName(u"noteText"_s);
    m_noteText->setPlaceholderText(tr("Write a note and press Enter"));
    m_addNote = new QPushButton(tr("Add &note"), this);
    connect(m_addNote, &QPushButton::clicked, this, &CaseCard::addNote);
    connect(m_noteText, &QLineEdit::returnPressed, this, &CaseCard::addNote);
    auto *notesPage = new QWidget(this);
    auto *notesLayout = new QVBoxLayout(notesPage);
    notesLayout->addWidget(m_notes);
    auto *noteLine = new QHBoxLayout;
    noteLine->addWidget(m_noteDate);
    noteLine->addWidget(m_noteKind);
    noteLine->addWidget(m_noteText, 1);
    noteLine->addWidget(m_addNote);
    notesLayout->addLayout(noteLine);

    m_plan = new CasePlanView(m_db, this);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(details, tr("Details"));
    tabs->addTab(statusPage, tr("Status and history"));
    tabs->addTab(m_plan, tr("Individual &plan"));
    tabs->addTab(notesPage, tr("Notes"));

    m_archivedBanner = new QLabel(tr("This case is archived. Restore it to make changes."), this);
    m_archivedBanner->setStyleSheet(u"background: #fff4ce; padding: 6px;"_s);
    m_errorsLabel = new QLabel(this);
    m_errors = new FieldErrors(m_errorsLabel);
    m_errors->bind(u"subject"_s, m_person);
    m_errors->bind(u"opened_on"_s, m_opened);
    m_errors->bind(u"text"_s, m_noteText);
    m_errors->bind(u"date"_s, m_noteDate);

    auto *buttons = new QDialogButtonBox(this);
    auto *saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    saveButton->setToolTip(tr("Save (Ctrl+S)"));
    m_archive = buttons->addButton(tr("&Archive"), QDialogButtonBox::ActionRole);
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(u"printCase"_s);
    auto *printMenu = new QMenu(m_print);
    const auto caseId = [this] {
        return m_record.id;
    };
    addDocumentActions(m_db, printMenu,
                       {tr("Case file"),
                        [this](PagedDocument &d) { CaseDocuments::caseFile(m_db, m_record.id, d); },
                        [this] { return tr("Case file %1.pdf").arg(m_record.number); },
                        u"case_file"_s, caseId, u"case"_s});
    addDocumentActions(m_db, printMenu,
                       {tr("Individual plan form"),
                        [this](PagedDocument &d) { CaseDocuments::planForm(m_db, m_record.id, d); },
                        [this] { return tr("Plan %1.pdf").arg(m_record.number); }, u"case_file"_s,
                        caseId, u"plan"_s});
    m_print->setMenu(printMenu);
    buttons->addButton(QDialogButtonBox::Close);
    connect(saveButton, &QPushButton::clicked, this, &CaseCard::save);
    connect(m_archive, &QPushButton::clicked, this, [this] { setArchived(!m_record.archived); });
    connect(buttons, &QDialogButtonBox::rejected, this, &CaseCard::reject);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &CaseCard::save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_archivedBanner);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_errorsLabel);
    layout->addWidget(buttons);
    resize(940, 600);
}

void CaseCard::fillResponsible(qint64 departmentId, qint64 current)
{
    m_responsible->clear();
    m_responsible->addItem(tr("not chosen"), 0);
    for (const Choice &s : staffChoices(m_db, departmentId))
        m_responsible->addItem(s.name, s.id);
    m_responsible->setCurrentIndex(std::max(0, m_responsible->findData(current)));
}

void CaseCard::load(qint64 id)
{
    if (id) {
        m_record = CaseRepository(m_db).get(id);
    } else {
        m_record = CaseRecord{};
        m_record.personId = m_initialPerson;
        m_record.openedOn = today();
    }
    const bool existing = m_record.id != 0;
    setWindowTitle(existing ? tr("Case %1").arg(m_record.number) : tr("New case"));
    m_title->setText(existing ? tr("Case %1").arg(m_record.number) : tr("New case"));
    setFormRecord(m_record);
    m_form->setRowVisible(m_person, !existing);
    m_form->setRowVisible(m_wholeFamily, !existing);
    m_form->setRowVisible(m_subjectLabel, existing);
    m_archivedBanner->setVisible(m_record.archived);
    m_archive->setVisible(existing);
    m_print->setVisible(existing);
    m_archive->setText(m_record.archived ? tr("&Restore") : tr("&Archive"));
    const bool editable = !m_record.archived && !m_db.isReadOnly();
    m_plan->setCase(m_record.id, editable);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_opened, m_department, m_responsible, m_circumstances,
                                          m_summary, m_noteDate, m_noteKind, m_noteText, m_addNote})
        w->setEnabled(editable);
    m_changeStatus->setEnabled(editable && existing);
    loadHistoryAndNotes();
}

void CaseCard::setFormRecord(const CaseRecord &c)
{
    if (c.personId) {
        const PersonRecord p = PersonRepository(m_db).get(c.personId);
        m_person->setPerson(p.id, p.fullName());
        m_subjectLabel->setText(p.fullName());
    } else if (c.householdId) {
        const HouseholdRecord h = HouseholdRepository(m_db).get(c.householdId);
        QStringList lines{u"<b>%1</b>"_s.arg(h.name.toHtmlEscaped())};
        for (const HouseholdMember &m : h.members)
            lines << u"%1 — %2"_s.arg(m.name.toHtmlEscaped(), relationName(m.relation).toLower());
        m_subjectLabel->setText(lines.join(u"<br>"_s));
    }
    m_opened->setDate(c.openedOn.isValid() ? c.openedOn : today());
    m_department->setCurrentIndex(std::max(0, m_department->findData(c.departmentId)));
    fillResponsible(c.departmentId, c.responsibleId);
    for (int i = 0; i < m_circumstances->count(); ++i) {
        QListWidgetItem *item = m_circumstances->item(i);
        item->setCheckState(c.circumstanceIds.contains(item->data(Qt::UserRole).toLongLong())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_summary->setPlainText(c.summary);
    QString status = caseStatusName(c.status);
    if (c.status == CaseStatus::Closed)
        status += u" — "_s + refName(m_db, c.closureReasonId) + u", "_s +
                  caseOutcomeName(c.outcome).toLower();
    m_status->setText(tr("Status: <b>%1</b>").arg(status.toHtmlEscaped()));
}

CaseRecord CaseCard::formRecord() const
{
    CaseRecord c = m_record;
    if (!c.id) {
        c.personId = m_person->personId();
        c.householdId = 0;
        if (m_wholeFamily->isChecked() && c.personId) {
            const QList<qint64> households = HouseholdRepository(m_db).householdsOf(c.personId);
            if (!households.isEmpty()) {
                c.householdId = households.constFirst();
                c.personId = 0;
            }
        }
    }
    c.openedOn = m_opened->date();
    c.departmentId = m_department->currentData().toLongLong();
    c.responsibleId = m_responsible->currentData().toLongLong();
    c.summary = m_summary->toPlainText();
    c.circumstanceIds.clear();
    for (int i = 0; i < m_circumstances->count(); ++i)
        if (m_circumstances->item(i)->checkState() == Qt::Checked)
            c.circumstanceIds << m_circumstances->item(i)->data(Qt::UserRole).toLongLong();
    return c;
}

void CaseCard::loadHistoryAndNotes()
{
    m_history->clear();
    m_notes->clear();
    if (!m_record.id)
        return;
    CaseRepository cases(m_db);
    for (const CaseStatusChange &h : cases.history(m_record.id))
        new QTreeWidgetItem(m_history,
                            {shortDate(h.changedOn), caseStatusName(h.toStatus), h.comment});
    for (const CaseNote &n : cases.notes(m_record.id))
        new QTreeWidgetItem(
            m_notes, {shortDate(n.date),
                      n.kind == u"psychologist"_s ? tr("psychologist") : tr("general"), n.text});
    for (QTreeWidget *tree : {m_history, m_notes}) {
        tree->resizeColumnToContents(0);
        tree->resizeColumnToContents(1);
    }
}

bool CaseCard::save()
{
    m_errors->clear();
    CaseRecord typed = formRecord();
    CaseRepository cases(m_db);
    try {
        try {
            if (typed.id)
                cases.update(typed);
            else
                typed.id = cases.create(typed);
        } catch (const ConflictError &conflict) {
            if (!resolveConflict(conflict))
                return false;
            return save();
        }
    } catch (const ValidationError &e) {
        m_errors->show(e);
        return false;
    } catch (const Error &e) {
        m_errors->showMessage(e.userMessage());
        return false;
    }
    load(typed.id);
    Q_EMIT saved(typed.id);
    return true;
}

bool CaseCard::resolveConflict(const ConflictError &conflict)
{
    const CaseRecord stored = CaseRepository(m_db).get(m_record.id);
    const CaseRecord typed = formRecord();
    const auto text = [this](const CaseRecord &c, const QString &key) -> QString {
        if (key == u"opened_on"_s)
            return shortDate(c.openedOn);
        if (key == u"department"_s)
            return m_department->itemText(std::max(0, m_department->findData(c.departmentId)));
        if (key == u"responsible"_s) {
            for (const Choice &s : staffChoices(m_db))
                if (s.id == c.responsibleId)
                    return s.name;
            return {};
        }
        if (key == u"summary"_s)
            return c.summary;
        if (key == u"circumstances"_s) {
            QStringList names;
            for (qint64 id : c.circumstanceIds)
                names << refName(m_db, id);
            return names.join(u"; "_s);
        }
        if (key == u"status"_s)
            return caseStatusName(c.status);
        return {};
    };
    const QHash<QString, QString> labels{
        {u"opened_on"_s, tr("Opened on")},         {u"department"_s, tr("Department")},
        {u"responsible"_s, tr("Responsible")},     {u"summary"_s, tr("Summary")},
        {u"circumstances"_s, tr("Circumstances")}, {u"status"_s, tr("Status")}};
    QList<ConflictField> fields;
    for (const QString &key : conflict.changedFields())
        if (labels.contains(key))
            fields.append({key, labels.value(key), text(stored, key), text(typed, key)});
    ConflictDialog dialog(fields, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    CaseRecord merged = stored;
    const QStringList mine = dialog.keptMine();
    if (mine.contains(u"opened_on"_s))
        merged.openedOn = typed.openedOn;
    if (mine.contains(u"department"_s))
        merged.departmentId = typed.departmentId;
    if (mine.contains(u"responsible"_s))
        merged.responsibleId = typed.responsibleId;
    if (mine.contains(u"summary"_s))
        merged.summary = typed.summary;
    if (mine.contains(u"circumstances"_s))
        merged.circumstanceIds = typed.circumstanceIds;
    m_record = stored;
    setFormRecord(merged);
    return true;
}

void CaseCard::addNote()
{
    if (!m_record.id && !save())
        return;
    CaseNote note;
    note.date = m_noteDate->date();
    note.kind = m_noteKind->currentData().toString();
    note.text = m_noteText->text();
    if (!m_errors->run([&] { CaseRepository(m_db).addNote(m_record.id, note); }))
        return;
    m_noteText->clear();
    loadHistoryAndNotes();
}

void CaseCard::changeStatus()
{
    // Unsaved details would be lost on reload: save them first.
    if (hasUnsavedChanges() && !save())
        return;
    StatusChangeDialog dialog(m_db, m_record.id, this);
    if (dialog.exec() == QDialog::Accepted) {
        load(m_record.id);
        Q_EMIT saved(m_record.id);
    }
}

void CaseCard::setArchived(bool archived)
{
    try {
        CaseRepository cases(m_db);
        if (archived)
            cases.archive(m_record.id, m_record.version);
        else
            cases.restore(m_record.id, m_record.version);
    } catch (const Error &e) {
        m_errors->showMessage(e.userMessage());
        return;
    }
    load(m_record.id);
    Q_EMIT saved(m_record.id);
}

bool CaseCard::hasUnsavedChanges() const
{
    const CaseRecord typed = formRecord();
    if (!m_record.id)
        return typed.personId != m_initialPerson || !typed.summary.isEmpty();
    return !m_record.archived &&
           (typed.summary != m_record.summary || typed.openedOn != m_record.openedOn ||
            typed.departmentId != m_record.departmentId ||
            typed.responsibleId != m_record.responsibleId ||
            sorted(typed.circumstanceIds) != sorted(m_record.circumstanceIds));
}

void CaseCard::reject()
{
    if (hasUnsavedChanges() &&
        QMessageBox::question(this, windowTitle(), tr("Discard the changes you made to this card?"),
                              QMessageBox::Discard | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace opora::ui
