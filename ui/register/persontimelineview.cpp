#include "register/persontimelineview.h"

#include "i18n/language.h"
#include "register/registermodels.h"
#include "services/servicenames.h"

#include <QEvent>
#include <QHeaderView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace opora::ui {

PersonTimelineView::PersonTimelineView(Database &db, QWidget *parent)
    : QTableWidget(0, 4, parent)
    , m_db(db)
{
    setObjectName(u"personTimeline"_s);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    connect(this, &QTableWidget::cellActivated, this, [this](int row, int) { open(row); });
    fill();
}

void PersonTimelineView::load(qint64 personId)
{
    m_entries = personId > 0 ? personTimeline(m_db, personId) : QList<TimelineEntry>{};
    fill();
}

void PersonTimelineView::fill()
{
    setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("What"), tr("Details")});
    setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const TimelineEntry &e = m_entries.at(row);
        QString kind;
        QString what = e.title;
        QString details;
        switch (e.kind) {
        case TimelineEntry::Kind::Service:
            kind = tr("service");
            details = QStringList{serviceFormName(e.code), e.detail}.join(u" · "_s);
            break;
        case TimelineEntry::Kind::Event:
            kind = tr("event");
            details = eventTypeName(e.detail) + u" · "_s + attendanceName(e.code);
            break;
        case TimelineEntry::Kind::CaseStatus:
            kind = tr("case status");
            what = tr("Case %1").arg(e.title);
            details = e.detail.isEmpty()
                          ? caseStatusName(e.code)
                          : u"%1 → %2"_s.arg(caseStatusName(e.detail), caseStatusName(e.code));
            break;
        }
        const QStringList cells{formatDate(e.date), kind, what, details};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setToolTip(cells.at(column));
            setItem(row, column, cell);
        }
        if (e.kind == TimelineEntry::Kind::Event && e.code != u"present"_s)
            for (int column = 0; column < cells.size(); ++column)
                item(row, column)->setForeground(palette().placeholderText());
    }
    resizeColumnsToContents();
    // Long service names give way to the details; the whole text is in the tooltip.
    setColumnWidth(2, std::min(columnWidth(2), 380));
}

void PersonTimelineView::open(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    const TimelineEntry &e = m_entries.at(row);
    if (e.eventId > 0)
        Q_EMIT eventRequested(e.eventId);
    else if (e.caseId > 0)
        Q_EMIT caseRequested(e.caseId);
}

void PersonTimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QTableWidget::changeEvent(event);
}

} // namespace opora::ui
