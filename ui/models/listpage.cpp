#include "models/listpage.h"

#include "access/permissions.h"
#include "audit/auditlog.h"
#include "csv/csvwriter.h"
#include "error.h"
#include "models/pagedtablemodel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

ListPage::ListPage(Database &db, PagedTableModel *model, const QString &kind, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_kind(kind)
    , m_model(model)
    , m_filterBar(new QHBoxLayout)
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_export(new QPushButton(this))
{
    model->setParent(this);
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->idAt(index.row()))
            Q_EMIT openRequested(id);
    });

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_export);
    connect(m_export, &QPushButton::clicked, this, &ListPage::chooseFileAndExport);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_filterBar);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(model, &PagedTableModel::totalChanged, this, &ListPage::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_view->setColumnWidth(c, std::min(m_view->columnWidth(c) + 16, 260));
    });
    m_view->resizeColumnsToContents();
    updateCount();
}

qint64 ListPage::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->idAt(index.row()) : 0;
}

void ListPage::updateCount()
{
    m_count->setText(tr("%n record(s)", nullptr, static_cast<int>(m_model->total())));
    m_export->setText(tr("Export CSV…"));
}

void ListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateCount();
    QWidget::changeEvent(event);
}

bool ListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (const qint64 id = currentId()) {
                Q_EMIT openRequested(id);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ListPage::exportCsv(const QString &path)
{
    requirePermission(m_db, Permission::ExportNamed);
    while (m_model->canFetchMore({}))
        m_model->fetchMore({});
    CsvWriter writer;
    QStringList header;
    for (int c = 0; c < m_model->columnCount(); ++c)
        header << m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    writer.addRow(header);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_model->columnCount(); ++c)
            cells << m_model->index(r, c).data().toString();
        writer.addRow(cells);
    }
    writer.saveFile(path);
    recordDocument(m_db, AuditAction::Export, m_kind, 0,
                   {u"list"_s, QString::number(m_model->rowCount())});
}

void ListPage::chooseFileAndExport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"),
                                                      folder + u"/"_s + windowTitle() + u".csv"_s,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        exportCsv(path);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Export CSV"), e.userMessage());
    }
}

} // namespace opora::ui
