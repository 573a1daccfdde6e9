#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace opora {
class Database;
}

namespace opora::ui {

// The project's team: the centre's staff, those in the team ticked, each with their role in
// the project. Saved as a whole; a refused save keeps the ticks and roles typed.
class ProjectTeam : public QWidget
{
    Q_OBJECT

public:
    ProjectTeam(Database &db, QWidget *parent = nullptr);
    void setProject(qint64 projectId);
    int rows() const;
    // Ticks (or unticks) the staff member and sets their role, as the user does.
    void setMember(qint64 staffId, bool inTeam, const QString &role = {});
    bool save();

Q_SIGNALS:
    void saved();

private:
    Database &m_db;
    qint64 m_projectId = 0;
    QTableWidget *m_table;
    QLabel *m_error;
    QPushButton *m_save;
};

} // namespace opora::ui
