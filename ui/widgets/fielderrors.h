#pragma once

#include "error.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QLabel;
class QWidget;

namespace opora::ui {

// Shows a ValidationError at the fields of a form: each named field gets a red frame and a
// tooltip, and the messages are listed in a label above the buttons. What the user typed stays.
// It belongs to the summary label and goes with it.
class FieldErrors : public QObject
{
public:
    explicit FieldErrors(QLabel *summary);
    void bind(const QString &field, QWidget *widget);
    void show(const ValidationError &error);
    void showMessage(const QString &message);
    void clear();
    QWidget *firstInvalid() const { return m_first; }
    // Clears the marks, runs a save and shows what it refused: at the fields for a
    // ValidationError, as a message for any other Error. True when it went through.
    bool run(const std::function<void()> &save);

private:
    QLabel *m_summary;
    QHash<QString, QPointer<QWidget>> m_widgets;
    QList<QPointer<QWidget>> m_marked;
    QPointer<QWidget> m_first;
};

} // namespace opora::ui
