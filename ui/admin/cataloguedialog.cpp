#include "admin/cataloguedialog.h"

#include "admin/catalogueitemform.h"
#include "db/database.h"
#include "error.h"
#include "services/servicecatalogue.h"
#include "services/servicenames.h"
#include "widgets/fielderrors.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int ActiveRole = Qt::UserRole + 2;
constexpr int InUseRole = Qt::UserRole + 3;
} // namespace

CatalogueDialog::CatalogueDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_table(new QTableWidget(0, 6, this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_toggle(new QPushButton(tr("Deac&tivate"), this))
    , m_remove(new QPushButton(tr("&Delete"), this))
    , m_error(new QLabel(this))
    , m_errors(new FieldErrors(m_error))
{
    setWindowTitle(tr("Service catalogue"));
    m_table->setHorizontalHeaderLabels(
        {tr("Code"), tr("Name"), tr("Type"), tr("Unit"), tr("Forms"), tr("State")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    auto *hint = new QLabel(tr("The services staff record and plan. A service that records use "
                               "is deactivated instead of deleted: it stays on them but is no "
                               "longer offered, and keeps its code."),
                            this);
    hint->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add…"), this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, m_edit, m_toggle, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(close);

    connect(add, &QPushButton::clicked, this, [this] { edit(true); });
    connect(m_edit, &QPushButton::clicked, this, [this] { edit(false); });
    connect(m_table, &QTableWidget::cellActivated, this, [this] { edit(false); });
    connect(m_toggle, &QPushButton::clicked, this, &CatalogueDialog::toggleActive);
    connect(m_remove, &QPushButton::clicked, this, &CatalogueDialog::removeItem);
    connect(m_table, &QTableWidget::currentCellChanged, this, &CatalogueDialog::updateButtons);
    for (QPushButton *b : {add, m_toggle, m_remove})
        b->setVisible(!db.isReadOnly());
    resize(1100, 620);
    m_errors->run([this] { reload(); });
}

qint64 CatalogueDialog::currentId() const
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    return item ? item->data(IdRole).toLongLong() : 0;
}

void CatalogueDialog::reload()
{
    const int row = m_table->currentRow();
    m_table->setRowCount(0);
    for (const CatalogueItem &c : ServiceCatalogue(m_db).items()) {
        QStringList forms;
        for (const QString &f : c.item.forms)
            forms << serviceFormName(f);
        QString state = c.item.active ? tr("offered") : tr("deactivated");
        if (c.item.active && !c.inUse)
            state = tr("offered, not used yet");
        const QStringList cells{c.item.code,
                                c.item.name,
                                serviceTypeName(c.item.type),
                                serviceUnitName(c.item.unit),
                                forms.join(u", "_s),
                                state};
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        for (int col = 0; col < cells.size(); ++col) {
            auto *cell = new QTableWidgetItem(cells.at(col));
            cell->setData(IdRole, c.item.id);
            cell->setData(ActiveRole, c.item.active);
            cell->setData(InUseRole, c.inUse);
            if (col == 1)
                cell->setToolTip(c.item.name);
            if (!c.item.active)
                cell->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_table->setItem(r, col, cell);
        }
    }
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(std::clamp(row, 0, m_table->rowCount() - 1), 0);
    updateButtons();
}

void CatalogueDialog::updateButtons()
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    m_edit->setEnabled(item);
    m_toggle->setEnabled(item);
    m_remove->setEnabled(item && !item->data(InUseRole).toBool());
    if (item)
        m_toggle->setText(item->data(ActiveRole).toBool() ? tr("Deac&tivate") : tr("Ac&tivate"));
}

void CatalogueDialog::edit(bool create)
{
    CatalogueItem item;
    item.item.unit = u"service"_s;
    if (!create && !m_errors->run([&] { item = ServiceCatalogue(m_db).get(currentId()); }))
        return;
    CatalogueItemForm form(m_db, item, this);
    if (form.exec() != QDialog::Accepted)
        return;
    m_errors->run([this] { reload(); });
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->data(IdRole).toLongLong() == form.savedId())
            m_table->setCurrentCell(r, 0);
}

void CatalogueDialog::toggleActive()
{
    m_errors->run([this] {
        ServiceCatalogue catalogue(m_db);
        const CatalogueItem c = catalogue.get(currentId());
        catalogue.setActive(c.item.id, c.version, !c.item.active);
    });
    m_errors->run([this] { reload(); });
}

void CatalogueDialog::removeItem()
{
    if (m_errors->run([this] { ServiceCatalogue(m_db).remove(currentId()); }))
        m_errors->run([this] { reload(); });
}

} // namespace opora::ui
