#include "projects/overviewpage.h"

#include "charts/charts.h"
#include "clock.h"
#include "demo/demogenerator.h"
#include "i18n/language.h"
#include "services/servicenames.h"
#include "stats/centreoverview.h"
#include "widgets/refreshonshow.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

OverviewPage::OverviewPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_upcomingTitle(new QLabel(this))
    , m_demo(new QPushButton(this))
    , m_cases(new charts::ChartView(nullptr, this))
    , m_services(new charts::ChartView(nullptr, this))
    , m_categories(new charts::ChartView(nullptr, this))
    , m_upcoming(new QTableWidget(this))
{
    // Trainers open the fictional demo from here; inside a demo, File → Reset demo starts over.
    m_demo->setObjectName(u"openDemo"_s);
    m_demo->setVisible(!demo::isDemoDatabase(db));
    connect(m_demo, &QPushButton::clicked, this, &OverviewPage::openDemoRequested);
    auto *tiles = new QHBoxLayout;
    for (int i = 0; i < 3; ++i) {
        QLabel *t = tile(u"tile%1"_s.arg(i));
        m_tiles << t;
        tiles->addWidget(t);
    }
    m_upcoming->setObjectName(u"upcoming"_s);
    m_upcoming->setColumnCount(3);
    m_upcoming->verticalHeader()->hide();
    m_upcoming->horizontalHeader()->hide();
    m_upcoming->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_upcoming->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_upcoming->setShowGrid(false);
    m_upcoming->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(m_upcoming, &QTableWidget::cellActivated, this, [this](int row) {
        Q_EMIT eventRequested(m_upcoming->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    QFont heading = m_upcomingTitle->font();
    heading.setBold(true);
    m_upcomingTitle->setFont(heading);
    auto *upcoming = new QVBoxLayout;
    auto *upcomingTop = new QHBoxLayout;
    upcomingTop->addWidget(m_upcomingTitle, 1);
    upcomingTop->addWidget(m_demo);
    upcoming->addLayout(upcomingTop);
    upcoming->addWidget(m_upcoming, 1);

    // Services by department gets the widest place: twelve months and a column of names.
    auto *top = new QHBoxLayout;
    top->addWidget(m_cases, 1);
    top->addWidget(m_categories, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_services, 5);
    bottom->addLayout(upcoming, 2);
    auto *grid = new QVBoxLayout;
    grid->addLayout(top, 1);
    grid->addLayout(bottom, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tiles);
    layout->addLayout(grid, 1);
    m_refresher = new RefreshOnShow(this, [this] { refresh(); });
}

void OverviewPage::refreshWhenShown()
{
    m_refresher->request();
}

QLabel *OverviewPage::tile(const QString &name)
{
    auto *label = new QLabel(this);
    label->setObjectName(name);
    label->setAlignment(Qt::AlignCenter);
    label->setTextFormat(Qt::RichText);
    label->setStyleSheet(u"QLabel { background: palette(base); border: 1px solid palette(mid); "
                         "padding: 8px; }"_s);
    return label;
}

void OverviewPage::refresh()
{
    const CentreOverview o = centreOverview(m_db, today());
    const QLocale locale;
    const QStringList names{tr("active cases"), tr("services this month"),
                            tr("events held this month")};
    const QList<qint64> values{o.activeCases, o.servicesThisMonth, o.eventsThisMonth};
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tiles.at(i)->setText(
            u"<span style='font-size:22pt; font-weight:700; color:#1f4e79'>%1</span><br>%2"_s.arg(
                locale.toString(values.at(i)), names.at(i).toHtmlEscaped()));

    const QStringList months = charts::monthLabels(o.months);
    charts::Series opened{tr("opened"), {}};
    charts::Series closed{tr("closed"), {}};
    for (const MonthCases &m : o.casesByMonth) {
        opened.values << double(m.opened);
        closed.values << double(m.closed);
    }
    m_cases->replaceChart(
        charts::bars(tr("Cases opened and closed per month"), months, {opened, closed}));

    QList<charts::Series> departments;
    for (int d = 0; d < o.departments.size(); ++d) {
        charts::Series s{o.departments.at(d), {}};
        for (qint64 n : o.servicesByDepartment.at(d))
            s.values << double(n);
        departments << s;
    }
    m_services->replaceChart(
        charts::bars(tr("Services per month by department"), months, departments, true));

    QStringList categories;
    QList<double> counts;
    for (const auto &[name, n] : o.activeCasesByCategory) {
        categories << name;
        counts << double(n);
    }
    m_categories->replaceChart(
        charts::horizontalBars(tr("Active cases by category"), categories, counts));

    m_upcomingTitle->setText(tr("Events ahead"));
    m_demo->setText(tr("Open the demo (fictional data)…"));
    m_upcoming->setRowCount(int(o.upcoming.size()));
    for (int i = 0; i < o.upcoming.size(); ++i) {
        const UpcomingEvent &e = o.upcoming.at(i);
        auto *date = new QTableWidgetItem(formatDate(e.date) + u"  "_s + e.startsAt);
        date->setData(Qt::UserRole, e.id);
        m_upcoming->setItem(i, 0, date);
        m_upcoming->setItem(i, 1, new QTableWidgetItem(eventTypeName(e.type)));
        m_upcoming->setItem(i, 2, new QTableWidgetItem(e.title));
    }
    m_upcoming->resizeColumnsToContents();
    m_upcoming->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refreshWhenShown();
    QWidget::changeEvent(event);
}

} // namespace opora::ui
