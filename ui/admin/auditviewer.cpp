#include "admin/auditviewer.h"

#include "clock.h"
#include "i18n/language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

QString auditActionName(const QString &action)
{
    static const QHash<QString, const char *> names{
        {u"create"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "created")},
        {u"update"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "changed")},
        {u"archive"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "archived")},
        {u"restore"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "restored")},
        {u"delete"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "deleted")},
        {u"export"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "exported")},
        {u"print"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "printed")},
        {u"open"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "opened")},
        {u"login"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "signed in")},
        {u"login_failed"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "failed sign-in")},
        {u"password"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "password set")}};
    const auto it = names.constFind(action);
    return it == names.cend() ? action : AuditViewer::tr(*it);
}

QString auditEntityName(const QString &entity)
{
    static const QHash<QString, const char *> names{
        {u"person"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "person")},
        {u"household"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "family")},
        {u"case_file"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "case")},
        {u"case"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "case")},
        {u"case_note"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "case note")},
        {u"consent"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "consent")},
        {u"service_record"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "service")},
        {u"plan_line"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "plan line")},
        {u"event"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "event")},
        {u"volunteer"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "volunteer")},
        {u"mentorship"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "mentoring")},
        {u"volunteer_hours"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "volunteer hours")},
        {u"project"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "project")},
        {u"indicator"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "indicator")},
        {u"users"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "account")},
        {u"settings"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "settings")},
        {u"ref_item"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "reference list")},
        {u"centre"_s, QT_TRANSLATE_NOOP("opora::ui::AuditViewer", "centre report")}};
    const auto it = names.constFind(entity);
    return it == names.cend() ? entity : AuditViewer::tr(*it);
}

AuditModel::AuditModel(Database &db, QObject *parent)
    : RecordListModel(
          [&db](const auto &filter, const PageRequest &request) {
              return AuditQuery(db).entries(filter, request);
          },
          AuditFilter{}, parent)
{
    reset();
}

QList<PagedColumn> AuditModel::columns() const
{
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    return {{AuditViewer::tr("When"), {}},       {AuditViewer::tr("Who"), {}},
            {AuditViewer::tr("Did"), {}},        {AuditViewer::tr("Record"), {}},
            {AuditViewer::tr("No."), {}, right}, {AuditViewer::tr("Fields"), {}}};
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= loadedRows())
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(columns().at(index.column()).alignment);
    if (role != Qt::DisplayRole)
        return {};
    const AuditEntry &e = rowAt(index.row());
    switch (index.column()) {
    case 0: {
        // Stored in UTC, shown in the PC's own time.
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs).toLocalTime();
        return QString(formatDate(at.date()) + u' ' + at.time().toString(u"HH:mm:ss"_s));
    }
    case 1:
        return e.user;
    case 2:
        return auditActionName(e.action);
    case 3:
        return auditEntityName(e.entity);
    case 4:
        return e.entityId > 0 ? QVariant(e.entityId) : QVariant();
    case 5:
        return e.fields;
    }
    return {};
}

AuditViewer::AuditViewer(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_model(new AuditModel(db, this))
    , m_user(new QComboBox(this))
    , m_entity(new QComboBox(this))
    , m_entityId(new QSpinBox(this))
    , m_period(new QCheckBox(tr("From"), this))
    , m_from(new QDateEdit(today().addMonths(-1), this))
    , m_to(new QDateEdit(today(), this))
    , m_total(new QLabel(this))
{
    setWindowTitle(tr("Audit trail"));
    m_user->addItem(tr("anyone"), 0);
    for (const AuditUser &u : AuditQuery(db).users())
        m_user->addItem(u.name, u.id);
    m_entity->addItem(tr("any record"), QString());
    for (const QString &kind : AuditQuery(db).entities())
        m_entity->addItem(auditEntityName(kind), kind);
    m_entityId->setRange(0, 999999999);
    m_entityId->setSpecialValueText(tr("any number"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(dateFormat());
        d->setEnabled(false);
    }
    connect(m_period, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_period, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QComboBox *box : {m_user, m_entity})
        connect(box, &QComboBox::currentIndexChanged, this, &AuditViewer::apply);
    connect(m_entityId, &QSpinBox::valueChanged, this, &AuditViewer::apply);
    connect(m_period, &QCheckBox::toggled, this, &AuditViewer::apply);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditViewer::apply);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditViewer::apply);
    connect(m_model, &AuditModel::totalChanged, this,
            [this](qint64 total) { m_total->setText(tr("%n entry(s)", nullptr, int(total))); });

    auto *view = new QTableView(this);
    view->setObjectName(u"auditTrail"_s);
    view->setModel(m_model);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_user);
    filters->addWidget(m_entity);
    filters->addWidget(m_entityId);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(u"–"_s, this));
    filters->addWidget(m_to);
    filters->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *note = new QLabel(tr("The trail names fields, never their values. Its entries cannot "
                               "be changed or removed; opora-cli audit verify checks that "
                               "nobody did so outside Opora."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(view, 1);
    layout->addWidget(m_total);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(1000, 620);
    apply();
    view->resizeColumnsToContents();
}

void AuditViewer::setFilter(const AuditFilter &filter)
{
    m_model->setFilter(filter);
}

void AuditViewer::apply()
{
    AuditFilter f;
    f.userId = m_user->currentData().toLongLong();
    f.entity = m_entity->currentData().toString();
    f.entityId = m_entityId->value();
    if (m_period->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    m_model->setFilter(f);
}

} // namespace opora::ui
