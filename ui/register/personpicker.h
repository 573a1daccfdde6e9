#pragma once

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace opora {
class Database;
}

namespace opora::ui {

// A line where the user types a few letters of a name (or a phone) and picks a person of the
// register from the suggestions with the arrow keys and Enter.
class PersonPicker : public QLineEdit
{
    Q_OBJECT

public:
    explicit PersonPicker(Database &db, QWidget *parent = nullptr);
    qint64 personId() const { return m_personId; }
    void setPerson(qint64 id, const QString &name);

Q_SIGNALS:
    void personChosen(qint64 id);

private:
    void suggest(const QString &text);
    Database &m_db;
    QStandardItemModel *m_suggestions;
    QCompleter *m_completer;
    qint64 m_personId = 0;
};

} // namespace opora::ui
