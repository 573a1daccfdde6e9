#include "events/eventcard.h"

#include "clock.h"
#include "documents/casedocuments.h"
#include "documents/documentactions.h"
#include "error.h"
#include "i18n/language.h"
#include "register/personpicker.h"
#include "register/personrepository.h"
#include "services/servicenames.h"
#include "widgets/fielderrors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

EventCard::EventCard(Database &db, qint64 id, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_type(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_date(new QDateEdit(today(), this))
    , m_starts(new QLineEdit(this))
    , m_ends(new QLineEdit(this))
    , m_place(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_repeat(new QSpinBox(this))
    , m_repeatLabel(new QLabel(tr("&Weekly, times"), this))
    , m_roster(new QTableWidget(this))
    , m_picker(new PersonPicker(db, this))
    , m_totals(new QLabel(this))
    , m_errorsLabel(new QLabel(this))
    , m_errors(new FieldErrors(m_errorsLabel))
{
    m_title->setObjectName(u"eventTitle"_s);
    m_totals->setObjectName(u"eventTotals"_s);
    m_totals->setStyleSheet(u"font-weight: 600;"_s);
    for (const QString &t : eventTypes())
        m_type->addItem(eventTypeName(t), t);
    for (const QString &s : eventStatuses())
        m_status->addItem(eventStatusName(s), s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateFormat());
    for (QLineEdit *time : {m_starts, m_ends}) {
        time->setInputMask(u"99:99;_"_s);
        time->setMaximumWidth(70);
    }
    m_repeat->setRange(1, 104);
    m_repeat->setToolTip(tr("Create a course: the same event every week"));
    m_repeatLabel->setBuddy(m_repeat);

    auto *times = new QHBoxLayout;
    times->addWidget(m_starts);
    times->addWidget(new QLabel(u"—"_s, this));
    times->addWidget(m_ends);
    times->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind"), m_type);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Date"), m_date);
    auto *timeLabel = new QLabel(tr("T&ime"), this);
    timeLabel->setBuddy(m_starts);
    form->addRow(timeLabel, times);
    form->addRow(tr("&Place"), m_place);
    form->addRow(tr("&Status"), m_status);
    form->addRow(m_repeatLabel, m_repeat);

    m_roster->setColumnCount(2);
    m_roster->setHorizontalHeaderLabels({tr("Participant"), tr("Attendance")});
    m_roster->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_roster->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Fixed);
    m_roster->setColumnWidth(1, 210);
    m_roster->verticalHeader()->hide();
    connect(m_picker, &PersonPicker::personChosen, this, &EventCard::addParticipant);
    auto *remove = new QPushButton(tr("&Remove"), this);
    connect(remove, &QPushButton::clicked, this, [this] {
        m_roster->removeRow(m_roster->currentRow());
        updateTotals();
    });
    auto *rosterBox = new QGroupBox(tr("Participants from the register"), this);
    auto *rosterLayout = new QVBoxLayout(rosterBox);
    rosterLayout->addWidget(m_roster, 1);
    auto *addLine = new QHBoxLayout;
    addLine->addWidget(m_picker, 1);
    addLine->addWidget(remove);
    rosterLayout->addLayout(addLine);

    auto *headsBox = new QGroupBox(tr("Others who came (headcount)"), this);
    auto *grid = new QGridLayout(headsBox);
    int i = 0;
    for (const QString &a : audienceGroups()) {
        auto *spin = new QSpinBox(this);
        spin->setRange(0, 100000);
        spin->setObjectName(u"heads_"_s + a);
        connect(spin, &QSpinBox::valueChanged, this, &EventCard::updateTotals);
        m_heads.insert(a, spin);
        grid->addWidget(new QLabel(audienceName(a), this), i / 2, (i % 2) * 2);
        grid->addWidget(spin, i / 2, (i % 2) * 2 + 1);
        ++i;
    }

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(headsBox);
    left->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(rosterBox, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto *sheet = buttons->addButton(tr("Sign-in &sheet…"), QDialogButtonBox::ActionRole);
    sheet->setObjectName(u"signInSheet"_s);
    sheet->setToolTip(tr("A list to sign at the door: the registered participants and blank "
                         "rows. Save the event first."));
    auto *sheetMenu = new QMenu(sheet);
    addDocumentActions(
        m_db, sheetMenu,
        {tr("Sign-in sheet"), [this](PagedDocument &d) { attendanceSheet(m_db, m_record.id, d); },
         [this] { return tr("Sign-in sheet %1.pdf").arg(formatDate(m_record.date)); }, u"event"_s,
         [this] { return m_record.id; }, u"attendance"_s});
    sheet->setMenu(sheetMenu);
    connect(sheetMenu, &QMenu::aboutToShow, this, [this, sheetMenu] {
        for (QAction *action : sheetMenu->actions())
            action->setEnabled(m_record.id > 0);
    });
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &EventCard::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &EventCard::save);
    m_errors->bind(u"title"_s, m_title);
    m_errors->bind(u"date"_s, m_date);
    m_errors->bind(u"time"_s, m_starts);
    m_errors->bind(u"status"_s, m_status);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_errorsLabel);
    layout->addWidget(buttons);
    resize(1000, 600);
    load(id);
}

EventCard::~EventCard() = default;

void EventCard::load(qint64 id)
{
    EventRepository events(m_db);
    m_record = id ? events.get(id) : EventRecord{};
    if (!id)
        m_record.date = today();
    setWindowTitle(id ? m_record.title : tr("New event"));
    m_type->setCurrentIndex(std::max(0, m_type->findData(m_record.type)));
    m_title->setText(m_record.title);
    m_date->setDate(m_record.date);
    m_starts->setText(m_record.startsAt);
    m_ends->setText(m_record.endsAt);
    m_place->setText(m_record.place);
    m_status->setCurrentIndex(std::max(0, m_status->findData(m_record.status)));
    m_repeat->setVisible(!id);
    m_repeatLabel->setVisible(!id);
    m_roster->setRowCount(0);
    const QMap<QString, int> heads = id ? events.headcounts(id) : QMap<QString, int>{};
    for (auto it = m_heads.constBegin(); it != m_heads.constEnd(); ++it)
        it.value()->setValue(heads.value(it.key()));
    if (id) {
        for (const Participant &p : events.participants(id)) {
            addParticipant(p.personId);
            auto *mark =
                qobject_cast<QComboBox *>(m_roster->cellWidget(m_roster->rowCount() - 1, 1));
            mark->setCurrentIndex(std::max(0, mark->findData(p.attendance)));
        }
    }
    updateTotals();
}

void EventCard::addParticipant(qint64 personId)
{
    for (int row = 0; row < m_roster->rowCount(); ++row)
        if (m_roster->item(row, 0)->data(Qt::UserRole).toLongLong() == personId)
            return; // already on the roster: a person is counted once
    const int row = m_roster->rowCount();
    m_roster->insertRow(row);
    auto *name = new QTableWidgetItem(PersonRepository(m_db).get(personId).fullName());
    name->setData(Qt::UserRole, personId);
    name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_roster->setItem(row, 0, name);
    auto *mark = new QComboBox(m_roster);
    for (const QString &m : attendanceMarks())
        mark->addItem(attendanceName(m), m);
    connect(mark, &QComboBox::currentIndexChanged, this, &EventCard::updateTotals);
    m_roster->setCellWidget(row, 1, mark);
    m_picker->clear();
    updateTotals();
}

void EventCard::updateTotals()
{
    int present = 0;
    for (int row = 0; row < m_roster->rowCount(); ++row) {
        const auto *mark = qobject_cast<QComboBox *>(m_roster->cellWidget(row, 1));
        if (mark && mark->currentData().toString() == u"present"_s)
            ++present;
    }
    int heads = 0;
    for (const QSpinBox *spin : std::as_const(m_heads))
        heads += spin->value();
    m_totals->setText(tr("Came: %1 (from the register: %2, headcount: %3)")
                          .arg(present + heads)
                          .arg(present)
                          .arg(heads));
}

QString EventCard::totalsText() const
{
    return m_totals->text();
}

bool EventCard::save()
{
    m_errors->clear();
    EventRecord e = m_record;
    e.type = m_type->currentData().toString();
    e.title = m_title->text();
    e.date = m_date->date();
    const auto time = [](const QLineEdit *edit) {
        const QString t = edit->text();
        return t == u":"_s ? QString() : t;
    };
    e.startsAt = time(m_starts);
    e.endsAt = time(m_ends);
    e.place = m_place->text();
    e.status = m_status->currentData().toString();
    QMap<QString, int> heads;
    for (auto it = m_heads.constBegin(); it != m_heads.constEnd(); ++it)
        heads.insert(it.key(), it.value()->value());
    EventRepository events(m_db);
    try {
        QList<qint64> ids;
        if (e.id) {
            events.update(e);
            ids << e.id;
        } else if (m_repeat->value() > 1) {
            ids = events.createSeries(e, m_repeat->value(), 7);
        } else {
            ids << events.create(e);
        }
        // The roster and headcounts belong to the first (or only) event.
        const qint64 id = ids.first();
        m_record = events.get(id); // a failure below must not create the event twice
        QList<Participant> roster;
        for (int row = 0; row < m_roster->rowCount(); ++row) {
            const auto *mark = qobject_cast<QComboBox *>(m_roster->cellWidget(row, 1));
            roster.append({m_roster->item(row, 0)->data(Qt::UserRole).toLongLong(),
                           {},
                           mark->currentData().toString()});
        }
        events.saveAttendance(id, roster, heads);
        load(id);
    } catch (const ValidationError &error) {
        m_errors->show(error);
        return false;
    } catch (const Error &error) {
        m_errors->showMessage(error.userMessage());
        return false;
    }
    Q_EMIT saved();
    return true;
}

} // namespace opora::ui
