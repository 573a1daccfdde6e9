#pragma once

#include <QFrame>

class QLabel;

namespace opora::ui {

// A strip across the top of the window for something the user must keep in mind while working
// (a read-only database, a file on a network share). Hidden while it has no text.
class Banner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Warning, Danger };
    explicit Banner(Kind kind, QWidget *parent = nullptr);
    void setText(const QString &text);
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace opora::ui
