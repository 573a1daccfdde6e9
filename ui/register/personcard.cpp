#include "register/personcard.h"

#include "access/permissions.h"
#include "clock.h"
#include "db/database.h"
#include "db/query.h"
#include "documents/documentactions.h"
#include "documents/htmlparts.h"
#include "documents/pageddocument.h"
#include "documents/personaldatadocument.h"
#include "error.h"
#include "i18n/language.h"
#include "register/consentdialog.h"
#include "register/householdcard.h"
#include "register/householdrepository.h"
#include "register/lookups.h"
#include "register/personaldata.h"
#include "register/personrepository.h"
#include "register/persontimelineview.h"
#include "register/referencerepository.h"
#include "register/registermodels.h"
#include "widgets/conflictdialog.h"
#include "widgets/fielderrors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {
const QDate Unknown(1900, 1, 1);
constexpr int CaseIdRole = Qt::UserRole + 1;
constexpr int HouseholdIdRole = Qt::UserRole + 2;
constexpr int ConsentIdRole = Qt::UserRole + 3;
constexpr int ConsentVersionRole = Qt::UserRole + 4;
} // namespace

PersonCard::PersonCard(Database &db, qint64 id, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    build();
    load(id);
}

PersonCard::~PersonCard() = default;

void PersonCard::build()
{
    m_surname = new QLineEdit(this);
    m_firstName = new QLineEdit(this);
    m_patronymic = new QLineEdit(this);
    m_birthDate = new QDateEdit(this);
    m_birthDate->setCalendarPopup(true);
    m_surname->setObjectName(u"surname"_s);
    m_firstName->setObjectName(u"firstName"_s);
    m_patronymic->setObjectName(u"patronymic"_s);
    m_birthDate->setObjectName(u"birthDate"_s);
    m_birthDate->setMinimumDate(Unknown);
    m_birthDate->setSpecialValueText(tr("not known"));
    m_birthDate->setDisplayFormat(dateFormat());
    m_sex = new QComboBox(this);
    m_sex->addItem(tr("not stated"), QString());
    m_sex->addItem(tr("female"), u"f"_s);
    m_sex->addItem(tr("male"), u"m"_s);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(u"phone"_s);
    m_address = new QLineEdit(this);
    m_document = new QLineEdit(this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    m_categories = new QListWidget(this);
    m_categories->setWordWrap(true);
    for (const Choice &c : refChoices(m_db, u"category"_s)) {
        auto *item = new QListWidgetItem(c.name, m_categories);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_relations = new QListWidget(this);
    connect(m_relations, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const qint64 caseId = item->data(CaseIdRole).toLongLong())
            Q_EMIT openCaseRequested(caseId);
        if (const qint64 householdId = item->data(HouseholdIdRole).toLongLong())
            openHousehold(householdId);
    });
    m_consents = new QListWidget(this);
    m_consents->setObjectName(u"consents"_s);
    m_consents->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Surname"), m_surname);
    form->addRow(tr("&First name"), m_firstName);
    form->addRow(tr("&Patronymic"), m_patronymic);
    form->addRow(tr("&Born on"), m_birthDate);
    form->addRow(tr("Se&x"), m_sex);
    form->addRow(tr("P&hone"), m_phone);
    form->addRow(tr("A&ddress"), m_address);
    form->addRow(tr("Identity &document"), m_document);
    form->addRow(tr("&Notes"), m_notes);

    auto *side = new QVBoxLayout;
    auto *categoriesLabel = new QLabel(tr("&Categories"), this);
    categoriesLabel->setBuddy(m_categories);
    side->addWidget(categoriesLabel);
    side->addWidget(m_categories, 2);
    auto *relationsLabel = new QLabel(tr("Families and cases"), this);
    side->addWidget(relationsLabel);
    side->addWidget(m_relations, 1);
    m_family = new QPushButton(tr("&Family…"), this);
    m_family->setToolTip(tr("Open the person's family, or create one with them in it"));
    connect(m_family, &QPushButton::clicked, this, [this] {
        if (!m_record.id && !save())
            return;
        const QList<qint64> households = HouseholdRepository(m_db).householdsOf(m_record.id);
        openHousehold(households.isEmpty() ? 0 : households.constFirst());
    });
    side->addWidget(m_family);
    auto *consentsLabel = new QLabel(tr("Consents to the processing of personal data"), this);
    consentsLabel->setWordWrap(true);
    side->addWidget(consentsLabel);
    side->addWidget(m_consents, 1);
    auto *consentButtons = new QHBoxLayout;
    m_giveConsent = new QPushButton(tr("Record c&onsent…"), this);
    m_withdrawConsent = new QPushButton(tr("&Withdraw"), this);
    consentButtons->addWidget(m_giveConsent);
    consentButtons->addWidget(m_withdrawConsent);
    side->addLayout(consentButtons);
    connect(m_giveConsent, &QPushButton::clicked, this, [this] {
        if (!m_record.id && !save())
            return;
        QString signer = m_record.fullName();
        if (m_record.birthDate.isValid() && m_record.birthDate.addYears(18) > today())
            signer.clear(); // a minor: the legal representative signs
        ConsentDialog dialog(m_db, m_record.id, signer, this);
        if (dialog.exec() == QDialog::Accepted)
            loadRelations();
    });
    connect(m_withdrawConsent, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_consents->currentItem();
        if (!item || !item->data(ConsentIdRole).toLongLong())
            return;
        try {
            ConsentRepository(m_db).withdraw(item->data(ConsentIdRole).toLongLong(),
                                             item->data(ConsentVersionRole).toInt(), today());
        } catch (const Error &e) {
            m_errors->showMessage(e.userMessage());
            return;
        }
        loadRelations();
    });

    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addLayout(side, 2);

    m_archivedBanner =
        new QLabel(tr("This person is archived. Restore them to make changes."), this);
    m_archivedBanner->setStyleSheet(u"background: #fff4ce; padding: 6px;"_s);
    m_errorsLabel = new QLabel(this);
    m_errors = new FieldErrors(m_errorsLabel);
    m_errors->bind(u"surname"_s, m_surname);
    m_errors->bind(u"first_name"_s, m_firstName);
    m_errors->bind(u"birth_date"_s, m_birthDate);
    m_errors->bind(u"sex"_s, m_sex);
    m_errors->bind(u"phone"_s, m_phone);

    auto *buttons = new QDialogButtonBox(this);
    auto *saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    saveButton->setObjectName(u"save"_s);
    saveButton->setToolTip(tr("Save (Ctrl+S)"));
    m_newCase = buttons->addButton(tr("New &case…"), QDialogButtonBox::ActionRole);
    m_archive = buttons->addButton(tr("&Archive"), QDialogButtonBox::ActionRole);
    m_archive->setObjectName(u"archive"_s);
    m_personalData = buttons->addButton(tr("P&ersonal data…"), QDialogButtonBox::ActionRole);
    m_personalData->setToolTip(tr("Everything held about this person, for their own request: "
                                  "JSON or PDF, nothing about the rest of the family"));
    m_personalData->setMenu(personalDataMenu());
    buttons->addButton(QDialogButtonBox::Close);
    connect(saveButton, &QPushButton::clicked, this, &PersonCard::save);
    connect(m_newCase, &QPushButton::clicked, this, [this] {
        if (m_record.id || save())
            Q_EMIT newCaseRequested(m_record.id);
    });
    connect(m_archive, &QPushButton::clicked, this, [this] { setArchived(!m_record.archived); });
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonCard::reject);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &PersonCard::save);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_archivedBanner);
    // The details and the person's history, each on its own tab.
    auto *details = new QWidget(this);
    details->setLayout(columns);
    columns->setContentsMargins(6, 6, 6, 6);
    m_timeline = new PersonTimelineView(m_db, this);
    connect(m_timeline, &PersonTimelineView::caseRequested, this, &PersonCard::openCaseRequested);
    connect(m_timeline, &PersonTimelineView::eventRequested, this, &PersonCard::openEventRequested);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(details, tr("Detai&ls"));
    m_tabs->addTab(m_timeline, tr("His&tory"));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_errorsLabel);
    layout->addWidget(buttons);
    resize(920, 660);
}

void PersonCard::load(qint64 id)
{
    m_record = id ? PersonRepository(m_db).get(id) : PersonRecord{};
    setFormRecord(m_record);
    const bool existing = m_record.id != 0;
    setWindowTitle(existing ? m_record.fullName() : tr("New person"));
    m_title->setText(windowTitle());
    m_archivedBanner->setVisible(m_record.archived);
    m_archive->setVisible(existing);
    m_archive->setText(m_record.archived ? tr("&Restore") : tr("&Archive"));
    m_newCase->setEnabled(!m_record.archived);
    m_personalData->setVisible(
        existing && (m_db.actorId() <= 0 || roleMay(actorRole(m_db), Permission::ExportNamed)));
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_surname, m_firstName, m_patronymic, m_birthDate, m_sex,
                                          m_phone, m_address, m_document, m_notes, m_categories})
        w->setEnabled(!m_record.archived && !m_db.isReadOnly());
    loadRelations();
}

QMenu *PersonCard::personalDataMenu()
{
    auto *menu = new QMenu(this);
    menu->addAction(tr("Save as &JSON…"), this, [this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Personal data as JSON"),
            QDir(folder).filePath(tr("personal-data-%1.json").arg(m_record.id)),
            tr("JSON files (*.json)"));
        if (path.isEmpty())
            return;
        try {
            PersonalData::writeJson(m_db, m_record.id, path);
        } catch (const Error &e) {
            QMessageBox::warning(this, tr("Personal data as JSON"), e.userMessage());
        }
    });
    DocumentSpec spec;
    spec.title = tr("Personal data as PDF");
    spec.make = [this](PagedDocument &document) {
        PersonalDataDocument::make(PersonalData::collect(m_db, m_record.id), html::centreName(m_db),
                                   document);
    };
    spec.fileName = [this] {
        return tr("personal-data-%1.pdf").arg(m_record.id);
    };
    spec.entity = u"person"_s;
    spec.id = [this] {
        return m_record.id;
    };
    spec.what = u"personal_data_pdf"_s;
    addDocumentActions(m_db, menu, spec);
    return menu;
}

void PersonCard::openHousehold(qint64 householdId)
{
    HouseholdCard card(m_db, householdId, householdId ? 0 : m_record.id, this);
    connect(&card, &HouseholdCard::saved, this, [this] { loadRelations(); });
    card.exec();
}

void PersonCard::loadRelations()
{
    m_relations->clear();
    m_consents->clear();
    m_timeline->load(m_record.id);
    m_tabs->setTabEnabled(1, m_record.id != 0);
    if (!m_record.id)
        return;
    for (const ConsentRecord &c : ConsentRepository(m_db).forPerson(m_record.id)) {
        QString text = tr("Given %1 by %2: %3").arg(formatDate(c.givenOn), c.signedBy, c.scope);
        if (c.withdrawnOn.isValid())
            text += u" — "_s + tr("withdrawn %1").arg(formatDate(c.withdrawnOn));
        auto *item = new QListWidgetItem(text, m_consents);
        if (!c.withdrawnOn.isValid()) {
            item->setData(ConsentIdRole, c.id);
            item->setData(ConsentVersionRole, c.version);
        }
    }
    for (qint64 householdId : HouseholdRepository(m_db).householdsOf(m_record.id)) {
        const HouseholdRecord h = HouseholdRepository(m_db).get(householdId);
        QString relation;
        for (const HouseholdMember &m : h.members)
            if (m.personId == m_record.id)
                relation = relationName(m.relation);
        new QListWidgetItem(tr("%1 (%2, %n member(s))", nullptr, static_cast<int>(h.members.size()))
                                .arg(h.name, relation.toLower()),
                            m_relations);
    }
    Query q(m_db, u"SELECT id, number, status FROM case_file WHERE (person_id = :p OR "
                  "household_id IN (SELECT household_id FROM household_member WHERE person_id "
                  "= :p)) AND archived_at IS NULL ORDER BY opened_on DESC"_s);
    q.bind(u":p"_s, m_record.id).exec();
    while (q.next()) {
        auto *item = new QListWidgetItem(
            tr("Case %1 — %2").arg(q.text(1), caseStatusName(q.text(2))), m_relations);
        item->setData(CaseIdRole, q.integer(0));
    }
}

PersonRecord PersonCard::formRecord() const
{
    PersonRecord p = m_record;
    p.surname = m_surname->text().trimmed();
    p.firstName = m_firstName->text().trimmed();
    p.patronymic = m_patronymic->text().trimmed();
    p.birthDate = m_birthDate->date() > Unknown ? m_birthDate->date() : QDate();
    p.sex = m_sex->currentData().toString();
    p.phone = m_phone->text().trimmed();
    p.address = m_address->text().trimmed();
    p.document = m_document->text().trimmed();
    p.notes = m_notes->toPlainText();
    p.categoryIds.clear();
    for (int i = 0; i < m_categories->count(); ++i)
        if (m_categories->item(i)->checkState() == Qt::Checked)
            p.categoryIds << m_categories->item(i)->data(Qt::UserRole).toLongLong();
    return p;
}

void PersonCard::setFormRecord(const PersonRecord &p)
{
    m_surname->setText(p.surname);
    m_firstName->setText(p.firstName);
    m_patronymic->setText(p.patronymic);
    m_birthDate->setDate(p.birthDate.isValid() ? p.birthDate : Unknown);
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(p.sex)));
    m_phone->setText(p.phone);
    m_address->setText(p.address);
    m_document->setText(p.document);
    m_notes->setPlainText(p.notes);
    for (int i = 0; i < m_categories->count(); ++i) {
        QListWidgetItem *item = m_categories->item(i);
        item->setCheckState(p.categoryIds.contains(item->data(Qt::UserRole).toLongLong())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
}

bool PersonCard::save()
{
    m_errors->clear();
    PersonRecord typed = formRecord();
    PersonRepository people(m_db);
    try {
        try {
            if (typed.id)
                people.update(typed);
            else
                typed.id = people.create(typed);
        } catch (const ConflictError &conflict) {
            if (!resolveConflict(conflict))
                return false;
            return save();
        }
    } catch (const ValidationError &e) {
        m_errors->show(e);
        if (m_errors->firstInvalid())
            m_errors->firstInvalid()->setFocus();
        return false;
    } catch (const Error &e) {
        m_errors->showMessage(e.userMessage());
        return false;
    }
    load(typed.id);
    Q_EMIT saved(typed.id);
    return true;
}

bool PersonCard::resolveConflict(const ConflictError &conflict)
{
    const PersonRecord stored = PersonRepository(m_db).get(m_record.id);
    const PersonRecord typed = formRecord();
    const auto text = [this](const PersonRecord &p, const QString &key) -> QString {
        if (key == u"surname"_s)
            return p.surname;
        if (key == u"first_name"_s)
            return p.firstName;
        if (key == u"patronymic"_s)
            return p.patronymic;
        if (key == u"birth_date"_s)
            return formatDate(p.birthDate);
        if (key == u"sex"_s)
            return m_sex->itemText(std::max(0, m_sex->findData(p.sex)));
        if (key == u"phone"_s)
            return p.phone;
        if (key == u"address"_s)
            return p.address;
        if (key == u"document"_s)
            return p.document;
        if (key == u"notes"_s)
            return p.notes;
        QStringList names;
        for (qint64 id : p.categoryIds)
            names << refName(m_db, id);
        return names.join(u", "_s);
    };
    const QHash<QString, QString> labels{{u"surname"_s, tr("Surname")},
                                         {u"first_name"_s, tr("First name")},
                                         {u"patronymic"_s, tr("Patronymic")},
                                         {u"birth_date"_s, tr("Born on")},
                                         {u"sex"_s, tr("Sex")},
                                         {u"phone"_s, tr("Phone")},
                                         {u"address"_s, tr("Address")},
                                         {u"document"_s, tr("Identity document")},
                                         {u"notes"_s, tr("Notes")},
                                         {u"categories"_s, tr("Categories")}};
    QList<ConflictField> fields;
    for (const QString &key : conflict.changedFields())
        fields.append({key, labels.value(key, key), text(stored, key), text(typed, key)});
    ConflictDialog dialog(fields, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // Start from what is stored and put back the fields the user keeps.
    PersonRecord merged = stored;
    const QStringList mine = dialog.keptMine();
    const auto keep = [&](const char *key, auto member) {
        if (mine.contains(QString::fromLatin1(key)))
            merged.*member = typed.*member;
    };
    keep("surname", &PersonRecord::surname);
    keep("first_name", &PersonRecord::firstName);
    keep("patronymic", &PersonRecord::patronymic);
    keep("birth_date", &PersonRecord::birthDate);
    keep("sex", &PersonRecord::sex);
    keep("phone", &PersonRecord::phone);
    keep("address", &PersonRecord::address);
    keep("document", &PersonRecord::document);
    keep("notes", &PersonRecord::notes);
    keep("categories", &PersonRecord::categoryIds);
    // Fields not listed are the same in both: stored and typed agree on them.
    m_record = stored;
    setFormRecord(merged);
    return true;
}

void PersonCard::setArchived(bool archived)
{
    try {
        PersonRepository people(m_db);
        if (archived)
            people.archive(m_record.id, m_record.version);
        else
            people.restore(m_record.id, m_record.version);
    } catch (const Error &e) {
        m_errors->showMessage(e.userMessage());
        return;
    }
    load(m_record.id);
    Q_EMIT saved(m_record.id);
}

void PersonCard::reject()
{
    const PersonRecord typed = formRecord();
    if (!m_record.archived && !changedPersonFields(typed, m_record).isEmpty()) {
        const auto answer = QMessageBox::question(
            this, windowTitle(), tr("Discard the changes you made to this card?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace opora::ui
