#include "projects/projectspage.h"

#include "clock.h"
#include "db/database.h"
#include "i18n/language.h"
#include "projects/indicatorengine.h"
#include "projects/indicatortext.h"
#include "projects/projectrepository.h"
#include "widgets/refreshonshow.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

ProjectsPage::ProjectsPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_table(new QTableWidget(this))
    , m_count(new QLabel(this))
    , m_new(new QPushButton(this))
{
    m_refresher = new RefreshOnShow(this, [this] { refresh(); });
    m_table->setObjectName(u"projects"_s);
    m_table->setColumnCount(5);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        Q_EMIT openRequested(m_table->item(item->row(), 0)->data(Qt::UserRole).toLongLong());
    });
    m_new->setEnabled(!db.isReadOnly());
    connect(m_new, &QPushButton::clicked, this, &ProjectsPage::newRequested);

    auto *top = new QHBoxLayout;
    top->addStretch();
    top->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    retranslate();
}

void ProjectsPage::refresh()
{
    const QList<Project> projects = ProjectRepository(m_db).list();
    IndicatorEngine engine(m_db);
    m_table->setRowCount(int(projects.size()));
    for (int row = 0; row < projects.size(); ++row) {
        const Project &p = projects.at(row);
        int achieved = 0;
        int behind = 0;
        const QList<IndicatorResult> results = engine.evaluateProject(p.id, today());
        for (const IndicatorResult &r : results) {
            achieved += r.status == IndicatorStatus::Achieved;
            behind += r.status == IndicatorStatus::Behind;
        }
        auto *name = new QTableWidgetItem(p.name);
        name->setData(Qt::UserRole, p.id);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(p.funder));
        m_table->setItem(
            row, 2, new QTableWidgetItem(formatDate(p.startsOn) + u" – "_s + formatDate(p.endsOn)));
        m_table->setItem(row, 3, new QTableWidgetItem(projectStatusName(p.status)));
        auto *standing = new QTableWidgetItem(
            results.isEmpty()
                ? tr("no indicators")
                : tr("%1 of %2 achieved, %3 behind").arg(achieved).arg(results.size()).arg(behind));
        if (behind > 0)
            standing->setForeground(QColor(0x9b, 0x22, 0x26));
        m_table->setItem(row, 4, standing);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_count->setText(tr("%n project(s)", nullptr, int(projects.size())));
    if (m_table->rowCount() > 0 && !m_table->currentItem())
        m_table->setCurrentCell(0, 0);
}

void ProjectsPage::retranslate()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Project"), tr("Funder"), tr("Period"), tr("Status"), tr("Indicators today")});
    m_new->setText(tr("&New project…"));
    refreshWhenShown();
}

void ProjectsPage::refreshWhenShown()
{
    m_refresher->request();
}

void ProjectsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace opora::ui
