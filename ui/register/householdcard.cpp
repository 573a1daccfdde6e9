#include "register/householdcard.h"

#include "error.h"
#include "register/personpicker.h"
#include "register/personrepository.h"
#include "register/registermodels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

HouseholdCard::HouseholdCard(Database &db, qint64 id, qint64 firstMember, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_name(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_members(new QTableWidget(this))
    , m_picker(new PersonPicker(db, this))
    , m_error(new QLabel(this))
{
    m_name->setObjectName(u"householdName"_s);
    m_members->setColumnCount(2);
    m_members->setHorizontalHeaderLabels({tr("Member"), tr("Relation")});
    m_members->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_members->verticalHeader()->hide();
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e; font-weight: 600;"_s);
    m_error->hide();

    auto *addButton = new QPushButton(tr("Add &member"), this);
    auto *removeButton = new QPushButton(tr("&Remove member"), this);
    connect(m_picker, &PersonPicker::personChosen, this, [this](qint64 personId) {
        addMemberRow({personId, u"child"_s, PersonRepository(m_db).get(personId).fullName()});
        m_picker->clear();
    });
    connect(addButton, &QPushButton::clicked, m_picker, qOverload<>(&QWidget::setFocus));
    connect(removeButton, &QPushButton::clicked, this,
            [this] { m_members->removeRow(m_members->currentRow()); });

    auto *form = new QFormLayout;
    form->addRow(tr("Family &name"), m_name);
    form->addRow(tr("A&ddress"), m_address);
    auto *addLine = new QHBoxLayout;
    addLine->addWidget(m_picker, 1);
    addLine->addWidget(addButton);
    addLine->addWidget(removeButton);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &HouseholdCard::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &HouseholdCard::save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_members, 1);
    layout->addLayout(addLine);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 480);

    load(id);
    if (!id && firstMember) {
        const PersonRecord p = PersonRepository(db).get(firstMember);
        m_name->setText(tr("%1 family").arg(p.surname));
        m_address->setText(p.address);
        addMemberRow({firstMember, p.sex == u"m"_s ? u"father"_s : u"mother"_s, p.fullName()});
    }
}

void HouseholdCard::load(qint64 id)
{
    m_record = id ? HouseholdRepository(m_db).get(id) : HouseholdRecord{};
    setWindowTitle(id ? m_record.name : tr("New family"));
    m_name->setText(m_record.name);
    m_address->setText(m_record.address);
    m_members->setRowCount(0);
    for (const HouseholdMember &m : m_record.members)
        addMemberRow(m);
}

void HouseholdCard::addMemberRow(const HouseholdMember &member)
{
    const int row = m_members->rowCount();
    m_members->insertRow(row);
    auto *name = new QTableWidgetItem(member.name);
    name->setData(Qt::UserRole, member.personId);
    name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_members->setItem(row, 0, name);
    auto *relation = new QComboBox(m_members);
    for (const QString &r : householdRelations())
        relation->addItem(relationName(r), r);
    relation->setCurrentIndex(std::max(0, relation->findData(member.relation)));
    m_members->setCellWidget(row, 1, relation);
}

HouseholdRecord HouseholdCard::formRecord() const
{
    HouseholdRecord h = m_record;
    h.name = m_name->text();
    h.address = m_address->text();
    h.members.clear();
    for (int row = 0; row < m_members->rowCount(); ++row) {
        const auto *relation = qobject_cast<QComboBox *>(m_members->cellWidget(row, 1));
        h.members.append({m_members->item(row, 0)->data(Qt::UserRole).toLongLong(),
                          relation->currentData().toString(), m_members->item(row, 0)->text()});
    }
    return h;
}

bool HouseholdCard::save()
{
    HouseholdRecord typed = formRecord();
    try {
        HouseholdRepository households(m_db);
        if (typed.id)
            households.update(typed);
        else
            typed.id = households.create(typed);
    } catch (const Error &e) {
        m_error->setText(e.userMessage());
        m_error->show();
        return false;
    }
    m_error->hide();
    load(typed.id);
    Q_EMIT saved(typed.id);
    return true;
}

} // namespace opora::ui
