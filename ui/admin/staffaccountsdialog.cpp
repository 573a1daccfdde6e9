#include "admin/staffaccountsdialog.h"

#include "access/accounts.h"
#include "access/userrepository.h"
#include "admin/staffaccountforms.h"
#include "db/database.h"
#include "error.h"
#include "register/staffrepository.h"
#include "widgets/fielderrors.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int ActiveRole = Qt::UserRole + 2;
constexpr int LockedRole = Qt::UserRole + 3;

QTableWidget *table(QWidget *parent, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    return t;
}

// Appends a row of cells; the first carries the id and the state, an inactive row is greyed.
void addRow(QTableWidget *t, qint64 id, const QStringList &cells, bool active, bool locked = false)
{
    const int r = t->rowCount();
    t->insertRow(r);
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setData(IdRole, id);
        item->setData(ActiveRole, active);
        item->setData(LockedRole, locked);
        if (!active)
            item->setForeground(t->palette().brush(QPalette::Disabled, QPalette::Text));
        t->setItem(r, c, item);
    }
}

// Selects the row of id, or keeps the row number.
void reselect(QTableWidget *t, qint64 id, int row)
{
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, 0)->data(IdRole).toLongLong() == id)
            row = r;
    if (t->rowCount() > 0)
        t->setCurrentCell(std::clamp(row, 0, t->rowCount() - 1), 0);
}

QPushButton *button(QWidget *parent, const QString &text, QHBoxLayout *row)
{
    auto *b = new QPushButton(text, parent);
    row->addWidget(b);
    return b;
}

} // namespace

StaffAccountsDialog::StaffAccountsDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_tabs(new QTabWidget(this))
    , m_staff(table(this, {tr("Name"), tr("Position"), tr("Phone"), tr("E-mail"), tr("State"),
                           tr("Department")}))
    , m_accounts(table(this, {tr("Name shown"), tr("User name"), tr("Role"), tr("Member of staff"),
                              tr("State")}))
    , m_error(new QLabel(this))
    , m_errors(new FieldErrors(m_error))
{
    setWindowTitle(tr("Staff and accounts"));
    m_staff->setObjectName(u"staffTable"_s);
    m_accounts->setObjectName(u"accountsTable"_s);
    auto *staffPage = new QWidget(this);
    auto *staffButtons = new QHBoxLayout;
    connect(button(this, tr("&Add…"), staffButtons), &QPushButton::clicked, this,
            [this] { editStaff(true); });
    m_editStaff = button(this, tr("&Edit…"), staffButtons);
    m_toggleStaff = button(this, tr("Deac&tivate"), staffButtons);
    staffButtons->addStretch();
    auto *staffLayout = new QVBoxLayout(staffPage);
    auto *staffHint = new QLabel(tr("Staff are responsible for cases, deliver services and "
                                    "organise events. Someone who leaves is deactivated: the "
                                    "records keep their name."),
                                 staffPage);
    staffHint->setWordWrap(true);
    staffLayout->addWidget(staffHint);
    staffLayout->addWidget(m_staff, 1);
    staffLayout->addLayout(staffButtons);

    auto *accountsPage = new QWidget(this);
    auto *accountButtons = new QHBoxLayout;
    connect(button(this, tr("A&dd…"), accountButtons), &QPushButton::clicked, this,
            [this] { editAccount(true); });
    m_editAccount = button(this, tr("Ed&it…"), accountButtons);
    m_password = button(this, tr("New &password…"), accountButtons);
    m_unlock = button(this, tr("&Unlock"), accountButtons);
    accountButtons->addStretch();
    auto *accountsLayout = new QVBoxLayout(accountsPage);
    auto *accountsHint =
        new QLabel(tr("Roles: an administrator manages accounts and reference lists; a head of "
                      "department and specialists keep the records; a manager sees reports "
                      "only; a trainer opens demo databases only. Nobody changes their own "
                      "role."),
                   accountsPage);
    accountsHint->setWordWrap(true);
    accountsLayout->addWidget(accountsHint);
    accountsLayout->addWidget(m_accounts, 1);
    accountsLayout->addLayout(accountButtons);

    m_tabs->addTab(staffPage, tr("&Staff"));
    m_tabs->addTab(accountsPage, tr("A&ccounts"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(close);

    connect(m_editStaff, &QPushButton::clicked, this, [this] { editStaff(false); });
    connect(m_staff, &QTableWidget::cellActivated, this, [this] { editStaff(false); });
    connect(m_toggleStaff, &QPushButton::clicked, this, &StaffAccountsDialog::toggleStaff);
    connect(m_editAccount, &QPushButton::clicked, this, [this] { editAccount(false); });
    connect(m_accounts, &QTableWidget::cellActivated, this, [this] { editAccount(false); });
    connect(m_password, &QPushButton::clicked, this, &StaffAccountsDialog::resetPassword);
    connect(m_unlock, &QPushButton::clicked, this, &StaffAccountsDialog::unlock);
    for (QTableWidget *t : {m_staff, m_accounts})
        connect(t, &QTableWidget::currentCellChanged, this, &StaffAccountsDialog::updateButtons);
    resize(900, 560);
    m_errors->run([this] {
        reloadStaff();
        reloadAccounts();
    });
}

void StaffAccountsDialog::showAccounts()
{
    m_tabs->setCurrentIndex(1);
}

qint64 StaffAccountsDialog::currentId(const QTableWidget *t) const
{
    const QTableWidgetItem *item = t->item(t->currentRow(), 0);
    return item ? item->data(IdRole).toLongLong() : 0;
}

void StaffAccountsDialog::reloadStaff()
{
    const int row = m_staff->currentRow();
    const qint64 id = currentId(m_staff);
    m_staff->setRowCount(0);
    for (const StaffMember &s : StaffRepository(m_db).list()) {
        const QString name =
            QStringList{s.surname, s.firstName, s.patronymic}.join(u' ').simplified();
        addRow(m_staff, s.id,
               {name, s.position, s.phone, s.email, s.active ? tr("works here") : tr("deactivated"),
                s.department},
               s.active);
    }
    reselect(m_staff, id, row);
    updateButtons();
}

void StaffAccountsDialog::reloadAccounts()
{
    const int row = m_accounts->currentRow();
    const qint64 id = currentId(m_accounts);
    m_accounts->setRowCount(0);
    for (const UserAccount &a : UserRepository(m_db).list()) {
        QString state = a.active ? tr("active") : tr("deactivated");
        if (a.locked)
            state = tr("locked after failed sign-ins");
        else if (!a.hasPassword)
            state = tr("no password yet");
        addRow(m_accounts, a.id,
               {a.displayName, a.login, Accounts::roleName(a.role), a.staffName, state}, a.active,
               a.locked);
    }
    reselect(m_accounts, id, row);
    updateButtons();
}

void StaffAccountsDialog::updateButtons()
{
    const bool writable = !m_db.isReadOnly();
    const qint64 staff = currentId(m_staff);
    m_editStaff->setEnabled(staff > 0);
    m_toggleStaff->setEnabled(writable && staff > 0);
    if (staff > 0) {
        const bool active = m_staff->item(m_staff->currentRow(), 0)->data(ActiveRole).toBool();
        m_toggleStaff->setText(active ? tr("Deac&tivate") : tr("Ac&tivate"));
    }
    const qint64 account = currentId(m_accounts);
    m_editAccount->setEnabled(account > 0);
    m_password->setEnabled(writable && account > 0);
    m_unlock->setEnabled(writable && account > 0 &&
                         m_accounts->item(m_accounts->currentRow(), 0)->data(LockedRole).toBool());
}

void StaffAccountsDialog::editStaff(bool create)
{
    StaffMember member;
    if (!create && !m_errors->run([&] { member = StaffRepository(m_db).get(currentId(m_staff)); }))
        return;
    StaffForm form(m_db, member, this);
    if (form.exec() == QDialog::Accepted) {
        m_errors->run([this] { reloadStaff(); });
        reselect(m_staff, form.savedId(), m_staff->currentRow());
    }
}

void StaffAccountsDialog::toggleStaff()
{
    m_errors->run([this] {
        StaffRepository staff(m_db);
        const StaffMember s = staff.get(currentId(m_staff));
        staff.setActive(s.id, s.version, !s.active);
    });
    m_errors->run([this] { reloadStaff(); });
}

void StaffAccountsDialog::editAccount(bool create)
{
    UserAccount account;
    if (!create &&
        !m_errors->run([&] { account = UserRepository(m_db).get(currentId(m_accounts)); }))
        return;
    AccountForm form(m_db, account, this);
    if (form.exec() == QDialog::Accepted) {
        m_errors->run([this] { reloadAccounts(); });
        reselect(m_accounts, form.savedId(), m_accounts->currentRow());
    }
}

void StaffAccountsDialog::resetPassword()
{
    const qint64 id = currentId(m_accounts);
    const QString name = m_accounts->item(m_accounts->currentRow(), 0)->text();
    PasswordForm form(m_db, id, name, this);
    if (form.exec() == QDialog::Accepted)
        m_errors->run([this] { reloadAccounts(); });
}

void StaffAccountsDialog::unlock()
{
    m_errors->run([this] { UserRepository(m_db).unlock(currentId(m_accounts)); });
    m_errors->run([this] { reloadAccounts(); });
}

} // namespace opora::ui
