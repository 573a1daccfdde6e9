#include "projects/projectteam.h"

#include "db/database.h"
#include "error.h"
#include "projects/projectrepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {
enum Column { Name, Position, Role };
}

ProjectTeam::ProjectTeam(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_table(new QTableWidget(0, 3, this))
    , m_error(new QLabel(this))
    , m_save(new QPushButton(tr("&Save the team"), this))
{
    m_table->setObjectName(u"team"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Staff member"), tr("Position"), tr("Role in the project")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(Role, QHeaderView::Stretch);
    m_table->setEditTriggers(db.isReadOnly() ? QAbstractItemView::NoEditTriggers
                                             : QAbstractItemView::AllEditTriggers);
    auto *hint = new QLabel(tr("Tick who works in the project (Space) and write their role in it "
                               "(type in the last column)."),
                            this);
    hint->setWordWrap(true);
    m_error->setStyleSheet(u"color: #9b2226;"_s);
    m_error->setWordWrap(true);
    m_save->setEnabled(!db.isReadOnly());
    connect(m_save, &QPushButton::clicked, this, &ProjectTeam::save);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void ProjectTeam::setProject(qint64 projectId)
{
    m_projectId = projectId;
    m_error->clear();
    const QList<TeamMember> staff =
        projectId ? ProjectRepository(m_db).teamCandidates(projectId) : QList<TeamMember>{};
    m_table->setRowCount(int(staff.size()));
    for (int row = 0; row < staff.size(); ++row) {
        const TeamMember &m = staff.at(row);
        auto *name = new QTableWidgetItem(m.name);
        name->setData(Qt::UserRole, m.staffId);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable |
                       (m_db.isReadOnly() ? Qt::NoItemFlags : Qt::ItemIsUserCheckable));
        name->setCheckState(m.inTeam ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, Name, name);
        auto *position = new QTableWidgetItem(m.position);
        position->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, Position, position);
        m_table->setItem(row, Role, new QTableWidgetItem(m.role));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Role, QHeaderView::Stretch);
    m_save->setEnabled(projectId && !m_db.isReadOnly());
}

int ProjectTeam::rows() const
{
    return m_table->rowCount();
}

void ProjectTeam::setMember(qint64 staffId, bool inTeam, const QString &role)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Name)->data(Qt::UserRole).toLongLong() == staffId) {
            m_table->item(row, Name)->setCheckState(inTeam ? Qt::Checked : Qt::Unchecked);
            m_table->item(row, Role)->setText(role);
        }
}

bool ProjectTeam::save()
{
    QList<TeamMember> team;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Name)->checkState() == Qt::Checked)
            team.append({m_table->item(row, Name)->data(Qt::UserRole).toLongLong(),
                         m_table->item(row, Role)->text().trimmed(),
                         {},
                         {},
                         true});
    try {
        ProjectRepository(m_db).setTeam(m_projectId, team);
    } catch (const Error &e) {
        m_error->setText(e.userMessage());
        return false;
    }
    setProject(m_projectId);
    Q_EMIT saved();
    return true;
}

} // namespace opora::ui
