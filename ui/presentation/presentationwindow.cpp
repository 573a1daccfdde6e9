#include "presentation/presentationwindow.h"

#include "charts/charts.h"
#include "i18n/language.h"
#include "projects/indicatortext.h"
#include "projects/projectdashboard.h"
#include "projects/projectrepository.h"
#include "projects/projectstats.h"
#include "services/servicenames.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {

constexpr int TitlePt = 34;
constexpr int TextPt = 22;
const QString Ink = u"#111111"_s;
const QString Accent = u"#1f4e79"_s;

QLabel *label(const QString &text, int points, bool bold, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setPointSize(points);
    f.setBold(bold);
    l->setFont(f);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}

constexpr int IndicatorsPerSlide = 6;

} // namespace

PresentationWindow::PresentationWindow(Database &db, qint64 projectId, const QDate &asOf,
                                       QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_slides(new QStackedWidget(this))
    , m_counter(new QLabel(this))
    , m_footer(new QLabel(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(u"presentation"_s);
    setStyleSheet(
        u"#presentation, #presentation QWidget { background: white; color: %1; }"_s.arg(Ink));
    const Project project = ProjectRepository(db).get(projectId);
    setWindowTitle(project.name);
    const QList<IndicatorResult> results = IndicatorEngine(db).evaluateProject(projectId, asOf);

    // 1. The title.
    QList<QPair<QString, QString>> title{
        {QString(), project.funder},
        {tr("Period"), formatDate(project.startsOn) + u" – "_s + formatDate(project.endsOn)},
        {tr("Figures as of"), formatDate(asOf)}};
    if (!project.agreementNo.isEmpty())
        title.insert(1, {tr("Agreement"), project.agreementNo});
    addSlide(project.name, textSlide(title));
    // 2. The passport.
    QList<QPair<QString, QString>> passport;
    if (!project.goal.isEmpty())
        passport.append({tr("Goal"), project.goal});
    if (!project.tasks.isEmpty())
        passport.append({tr("Tasks"), project.tasks});
    if (!project.targetGroups.isEmpty())
        passport.append({tr("Target groups"), project.targetGroups});
    if (!project.partners.isEmpty())
        passport.append({tr("Partners"), project.partners});
    if (!passport.isEmpty())
        addSlide(tr("About the project"), textSlide(passport));
    // 3. The indicators, a few per slide so they can be read from the back of the room.
    for (int from = 0; from < results.size(); from += IndicatorsPerSlide)
        addSlide(results.size() > IndicatorsPerSlide
                     ? tr("Indicators: plan and fact (%1 of %2)")
                           .arg(from / IndicatorsPerSlide + 1)
                           .arg((results.size() + IndicatorsPerSlide - 1) / IndicatorsPerSlide)
                     : tr("Indicators: plan and fact"),
                 indicatorSlide(results, from, IndicatorsPerSlide));
    // 4. The charts.
    addSlide(tr("Fact as percent of plan"), chartSlide(ProjectDashboard::planFactChart(results)));
    for (const IndicatorResult &r : results)
        if (r.plan && aggregateOf(r.indicator.method) == Aggregate::Sum &&
            r.status != IndicatorStatus::NotPlanned &&
            r.indicator.method != IndicatorMethod::Manual) {
            addSlide(tr("Over the months"),
                     chartSlide(ProjectDashboard::trajectoryChart(db, r.indicator, asOf)));
            break;
        }
    const ProjectStats stats(db, projectId, asOf);
    addSlide(tr("Services by type"),
             chartSlide(ProjectDashboard::servicesChart(stats.servicesByType())));
    addSlide(tr("Attendance by group"),
             chartSlide(ProjectDashboard::attendanceChart(stats.attendanceByAudience())));
    addSlide(tr("Activity per month"),
             chartSlide(ProjectDashboard::activityChart(stats.activityByMonth())));
    // 5. The events.
    addSlide(tr("Events"), eventsSlide(stats));

    QFont small = m_counter->font();
    small.setPointSize(14);
    m_counter->setFont(small);
    m_footer->setFont(small);
    m_footer->setText(project.name + u"  ·  "_s + tr("← → PageUp PageDown: slides · Esc: leave"));
    m_footer->setStyleSheet(u"color: #555555;"_s);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_footer, 1);
    bottom->addWidget(m_counter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 20);
    layout->addWidget(m_slides, 1);
    layout->addLayout(bottom);
    setFocusPolicy(Qt::StrongFocus);
    showSlide(0);
}

void PresentationWindow::addSlide(const QString &title, QWidget *content)
{
    auto *slide = new QWidget(m_slides);
    auto *heading = label(title, TitlePt, true, slide);
    heading->setObjectName(u"slideTitle"_s);
    heading->setStyleSheet(u"color: %1;"_s.arg(Accent));
    auto *layout = new QVBoxLayout(slide);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(24);
    layout->addWidget(heading);
    content->setParent(slide);
    layout->addWidget(content, 1);
    m_slides->addWidget(slide);
}

QWidget *PresentationWindow::textSlide(const QList<QPair<QString, QString>> &sections)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(18);
    for (const auto &[heading, text] : sections) {
        if (!heading.isEmpty()) {
            auto *h = label(heading, TextPt - 4, true, page);
            h->setStyleSheet(u"color: #555555;"_s);
            layout->addWidget(h);
        }
        layout->addWidget(label(text, TextPt, false, page));
    }
    layout->addStretch();
    return page;
}

QWidget *PresentationWindow::indicatorSlide(const QList<IndicatorResult> &results, int from,
                                            int count)
{
    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    grid->setHorizontalSpacing(36);
    grid->setVerticalSpacing(14);
    const QStringList headings{tr("Indicator"), tr("Plan"), tr("Fact"), tr("%")};
    for (int c = 0; c < headings.size(); ++c) {
        auto *h = label(headings.at(c), TextPt - 6, true, page);
        h->setStyleSheet(u"color: #555555;"_s);
        if (c > 0)
            h->setAlignment(Qt::AlignRight);
        grid->addWidget(h, 0, c);
    }
    for (int i = from; i < std::min<qsizetype>(from + count, results.size()); ++i) {
        const IndicatorResult &r = results.at(i);
        const int row = i - from + 1;
        QString wording = r.indicator.wording;
        if (!r.indicator.unit.isEmpty())
            wording += u", "_s + r.indicator.unit;
        grid->addWidget(label(wording, TextPt - 2, false, page), row, 0);
        auto *plan = label(r.plan ? formatNumber(*r.plan) : u"—"_s, TextPt, false, page);
        auto *fact = label(formatNumber(r.fact), TextPt, true, page);
        auto *percent = label(r.percent ? formatNumber(std::round(*r.percent)) + u" %"_s : u"—"_s,
                              TextPt, true, page);
        percent->setStyleSheet(u"color: %1;"_s.arg(indicatorStatusColour(r.status).name()));
        for (QLabel *number : {plan, fact, percent}) {
            number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            number->setWordWrap(false);
        }
        grid->addWidget(plan, row, 1);
        grid->addWidget(fact, row, 2);
        grid->addWidget(percent, row, 3);
    }
    grid->setColumnStretch(0, 1);
    grid->setRowStretch(count + 1, 1);
    return page;
}

QWidget *PresentationWindow::chartSlide(QChart *chart)
{
    chart->setTitle(QString()); // the slide's title says it, larger
    charts::setSize(chart, charts::Size::Projector);
    // Room for the larger labels of horizontal bars.
    return new charts::ChartView(chart);
}

QWidget *PresentationWindow::eventsSlide(const ProjectStats &stats)
{
    qint64 heldTotal = 0;
    QList<QPair<QString, QString>> lines;
    QStringList kinds;
    for (const auto &[type, n] : stats.eventsByType()) {
        heldTotal += n;
        kinds << u"%1 — %2"_s.arg(eventTypeName(type), QLocale().toString(n));
    }
    qint64 people = 0;
    for (const auto &[audience, n] : stats.attendanceByAudience())
        people += n;
    lines.append({tr("Events held"), QLocale().toString(heldTotal)});
    if (!kinds.isEmpty())
        lines.append({tr("By kind"), kinds.join(u"\n"_s)});
    lines.append({tr("Participants (visits and headcounts)"), QLocale().toString(people)});
    return textSlide(lines);
}

int PresentationWindow::slideCount() const
{
    return m_slides->count();
}

int PresentationWindow::currentSlide() const
{
    return m_slides->currentIndex();
}

void PresentationWindow::showSlide(int index)
{
    index = std::clamp(index, 0, m_slides->count() - 1);
    m_slides->setCurrentIndex(index);
    m_counter->setText(u"%1 / %2"_s.arg(index + 1).arg(m_slides->count()));
}

QStringList PresentationWindow::allTexts() const
{
    QStringList texts{windowTitle(), m_footer->text()};
    for (const QLabel *l : findChildren<QLabel *>())
        texts << l->text();
    for (const QChartView *view : findChildren<QChartView *>()) {
        texts << view->chart()->title();
        for (QAbstractSeries *series : view->chart()->series()) {
            texts << series->name();
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
                for (QBarSet *set : bars->barSets())
                    texts << set->label();
        }
        for (QAbstractAxis *axis : view->chart()->axes())
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                texts << categories->categories();
    }
    return texts;
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        showSlide(currentSlide() + 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        showSlide(currentSlide() - 1);
        break;
    case Qt::Key_Home:
        showSlide(0);
        break;
    case Qt::Key_End:
        showSlide(slideCount() - 1);
        break;
    case Qt::Key_Escape:
        close();
        break;
    case Qt::Key_F11:
        setWindowState(windowState() ^ Qt::WindowFullScreen);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::wheelEvent(QWheelEvent *event)
{
    // One slide per notch of the wheel (120 units), however finely a touchpad reports it.
    m_wheel += event->angleDelta().y();
    while (m_wheel <= -120) {
        showSlide(currentSlide() + 1);
        m_wheel += 120;
    }
    while (m_wheel >= 120) {
        showSlide(currentSlide() - 1);
        m_wheel -= 120;
    }
    event->accept();
}

void PresentationWindow::mousePressEvent(QMouseEvent *event)
{
    showSlide(currentSlide() + (event->button() == Qt::RightButton ? -1 : 1));
}

} // namespace opora::ui
