#pragma once

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace opora {
class Database;
}

namespace opora::ui {

// The search field of the toolbar: type-ahead over people and cases (core's RegisterSearch).
// Arrow keys and Enter choose a result; the window opens its card.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(Database &db, QWidget *parent = nullptr);
    // Runs the search now (the field waits for a pause in typing otherwise).
    void searchNow();
    int resultCount() const;

Q_SIGNALS:
    void personChosen(qint64 id);
    void caseChosen(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    Database &m_db;
    QStandardItemModel *m_results;
    QCompleter *m_completer;
    QTimer *m_delay;
};

} // namespace opora::ui
