#include "projects/projectwindow.h"

#include "clock.h"
#include "db/database.h"
#include "documents/roundtabledialog.h"
#include "error.h"
#include "events/eventcard.h"
#include "i18n/language.h"
#include "presentation/presentationwindow.h"
#include "projects/drilldowndialog.h"
#include "projects/indicatordialog.h"
#include "projects/indicatortext.h"
#include "projects/projectactivity.h"
#include "projects/projectdashboard.h"
#include "projects/projectpassport.h"
#include "projects/projectrepository.h"
#include "projects/projectteam.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ProjectWindow::ProjectWindow(Database &db, qint64 projectId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_projectId(projectId)
    , m_title(new QLabel(this))
    , m_asOf(new QDateEdit(today(), this))
    , m_tabs(new QTabWidget(this))
    , m_table(new QTableWidget(this))
    , m_how(new QLabel(this))
    , m_records(new QPushButton(tr("&Records behind the fact…"), this))
    , m_add(new QPushButton(tr("&Add indicator…"), this))
    , m_edit(new QPushButton(tr("&Change…"), this))
    , m_value(new QPushButton(tr("Enter a &value…"), this))
    , m_dashboard(new ProjectDashboard(db, projectId, this))
    , m_passport(new ProjectPassport(db, this))
    , m_activity(new ProjectActivity(db, this))
    , m_team(new ProjectTeam(db, this))
{
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_title->setObjectName(u"projectTitle"_s);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_asOf->setObjectName(u"asOf"_s);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(dateFormat());
    connect(m_asOf, &QDateEdit::dateChanged, this, &ProjectWindow::refresh);

    m_table->setObjectName(u"indicators"_s);
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Indicator"), tr("Unit"), tr("Plan"),
                                        tr("Expected by date"), tr("Fact"), tr("% of plan"),
                                        tr("Status")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_how->setObjectName(u"howCounted"_s);
    m_how->setWordWrap(true);
    m_how->setMinimumHeight(m_how->fontMetrics().lineSpacing() * 3);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        const IndicatorResult *r = current();
        m_how->setText(r ? tr("How it is counted: %1").arg(describeIndicator(m_db, r->indicator))
                         : QString());
        m_records->setEnabled(r);
        m_edit->setEnabled(r && !m_db.isReadOnly());
        m_value->setEnabled(r && r->indicator.method == IndicatorMethod::Manual &&
                            !m_db.isReadOnly());
    });
    connect(m_table, &QTableWidget::cellActivated, this, &ProjectWindow::showRecords);
    connect(m_records, &QPushButton::clicked, this, &ProjectWindow::showRecords);
    connect(m_add, &QPushButton::clicked, this, &ProjectWindow::addIndicator);
    connect(m_edit, &QPushButton::clicked, this, &ProjectWindow::editIndicator);
    connect(m_value, &QPushButton::clicked, this, &ProjectWindow::enterValue);
    m_add->setEnabled(!db.isReadOnly());

    auto *indicators = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_records);
    buttons->addStretch();
    buttons->addWidget(m_value);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_add);
    auto *indicatorsLayout = new QVBoxLayout(indicators);
    indicatorsLayout->addWidget(m_table, 1);
    indicatorsLayout->addWidget(m_how);
    indicatorsLayout->addLayout(buttons);

    auto *dashboard = new QScrollArea(this);
    dashboard->setWidget(m_dashboard);
    dashboard->setWidgetResizable(true);
    dashboard->setFrameShape(QFrame::NoFrame);

    auto *passport = new QWidget(this);
    auto *save = new QPushButton(tr("&Save the passport"), passport);
    save->setObjectName(u"savePassport"_s);
    save->setEnabled(!db.isReadOnly());
    connect(save, &QPushButton::clicked, this, &ProjectWindow::savePassport);
    auto *passportLayout = new QVBoxLayout(passport);
    auto *passportScroll = new QScrollArea(passport);
    passportScroll->setWidget(m_passport);
    passportScroll->setWidgetResizable(true);
    passportScroll->setFrameShape(QFrame::NoFrame);
    passportLayout->addWidget(passportScroll, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(save);
    passportLayout->addLayout(saveRow);

    m_tabs->addTab(indicators, tr("&Indicators"));
    m_tabs->addTab(dashboard, tr("&Dashboard"));
    m_tabs->addTab(passport, tr("&Passport"));
    m_tabs->addTab(m_activity, tr("Target &group and activities"));
    m_tabs->addTab(m_team, tr("Tea&m"));

    auto *present = new QPushButton(tr("Presen&tation"), this);
    present->setObjectName(u"present"_s);
    present->setShortcut(QKeySequence(Qt::Key_F5));
    present->setToolTip(tr("Full screen for a round table (F5); Esc leaves"));
    present->setEnabled(projectId);
    connect(present, &QPushButton::clicked, this, [this] {
        auto *show = new PresentationWindow(m_db, m_projectId, m_asOf->date());
        show->showFullScreen();
    });
    connect(this, &ProjectWindow::saved, present, [present] { present->setEnabled(true); });
    auto *document = new QPushButton(tr("Round-table &document…"), this);
    document->setObjectName(u"document"_s);
    document->setEnabled(projectId);
    connect(document, &QPushButton::clicked, this, [this] {
        RoundTableDialog dialog(m_db, m_projectId, m_asOf->date(), this);
        dialog.exec();
    });
    connect(this, &ProjectWindow::saved, document, [document] { document->setEnabled(true); });
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(document);
    header->addWidget(present);
    header->addWidget(new QLabel(tr("As of"), this));
    header->addWidget(m_asOf);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(close);

    if (projectId)
        m_passport->setProject(ProjectRepository(db).get(projectId));
    else
        m_tabs->setCurrentIndex(2);
    enableProjectTabs();
    connect(m_activity, &ProjectActivity::changed, this, &ProjectWindow::refresh);
    connect(m_activity, &ProjectActivity::eventRequested, this, [this](qint64 id) {
        auto *card = new EventCard(m_db, id, this);
        card->setAttribute(Qt::WA_DeleteOnClose);
        card->show();
    });
    resize(1180, 720);
    refresh();
}

void ProjectWindow::setAsOf(const QDate &date)
{
    m_asOf->setDate(date);
}

void ProjectWindow::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

const IndicatorResult *ProjectWindow::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_results.size() ? &m_results.at(row) : nullptr;
}

void ProjectWindow::refresh()
{
    if (!m_projectId) {
        m_title->setText(tr("New project"));
        setWindowTitle(tr("New project"));
        return;
    }
    const Project project = ProjectRepository(m_db).get(m_projectId);
    m_title->setText(project.name);
    setWindowTitle(project.name);
    const int row = std::max(0, m_table->currentRow());
    m_results = IndicatorEngine(m_db).evaluateProject(m_projectId, m_asOf->date());
    m_table->setRowCount(int(m_results.size()));
    for (int i = 0; i < m_results.size(); ++i) {
        const IndicatorResult &r = m_results.at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(r.indicator.wording));
        m_table->setItem(i, 1, new QTableWidgetItem(r.indicator.unit));
        m_table->setItem(i, 2, numberItem(r.plan ? formatNumber(*r.plan) : u"—"_s));
        m_table->setItem(i, 3, numberItem(r.expected ? formatNumber(*r.expected) : u"—"_s));
        auto *fact = numberItem(formatNumber(r.fact));
        QFont bold = fact->font();
        bold.setBold(true);
        fact->setFont(bold);
        m_table->setItem(i, 4, fact);
        m_table->setItem(i, 5, numberItem(r.percent ? formatNumber(*r.percent) + u" %"_s : u"—"_s));
        auto *status = new QTableWidgetItem(indicatorStatusName(r.status));
        status->setForeground(indicatorStatusColour(r.status));
        status->setFont(bold);
        m_table->setItem(i, 6, status);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    if (!m_results.isEmpty())
        m_table->setCurrentCell(std::min(row, int(m_results.size()) - 1), 0);
    else
        m_how->setText(tr("No indicators yet: add the ones in the grant agreement, in the "
                          "funder's words."));
    m_dashboard->show(m_results, m_asOf->date());
}

void ProjectWindow::savePassport()
{
    const qint64 id = m_passport->save();
    if (!id)
        return;
    m_projectId = id;
    m_dashboard->setProjectId(id);
    enableProjectTabs();
    refresh();
    Q_EMIT saved(id);
}

void ProjectWindow::enableProjectTabs()
{
    // Everything but the passport needs a saved project.
    for (int tab : {0, 1, 3, 4})
        m_tabs->setTabEnabled(tab, m_projectId);
    m_activity->setProject(m_projectId);
    m_team->setProject(m_projectId);
}

void ProjectWindow::addIndicator()
{
    IndicatorDialog dialog(m_db, m_projectId, 0, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void ProjectWindow::editIndicator()
{
    if (const IndicatorResult *r = current()) {
        IndicatorDialog dialog(m_db, m_projectId, r->indicator.id, this);
        if (dialog.exec() == QDialog::Accepted)
            refresh();
    }
}

void ProjectWindow::enterValue()
{
    const IndicatorResult *r = current();
    if (!r)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Enter a value"));
    auto *date = new QDateEdit(m_asOf->date(), &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(dateFormat());
    auto *value = new QDoubleSpinBox(&dialog);
    value->setRange(-1e9, 1e9);
    value->setDecimals(1);
    auto *comment = new QLineEdit(&dialog);
    auto *error = new QLabel(&dialog);
    error->setStyleSheet(u"color: #9b2226;"_s);
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(r->indicator.wording, &dialog));
    form->addRow(tr("Date"), date);
    form->addRow(tr("Value to add"), value);
    form->addRow(tr("Comment (what was counted)"), comment);
    form->addRow(error);
    form->addRow(buttons);
    const qint64 indicatorId = r->indicator.id;
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        try {
            ProjectRepository(m_db).addValue(
                indicatorId, {0, date->date(), value->value(), comment->text().trimmed()});
            dialog.accept();
        } catch (const Error &e) {
            error->setText(e.userMessage());
        }
    });
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void ProjectWindow::showRecords()
{
    if (const IndicatorResult *r = current()) {
        try {
            DrillDownDialog dialog(m_db, r->indicator, m_asOf->date(), this);
            dialog.exec();
        } catch (const Error &e) {
            QMessageBox::warning(this, windowTitle(), e.userMessage());
        }
    }
}

} // namespace opora::ui
