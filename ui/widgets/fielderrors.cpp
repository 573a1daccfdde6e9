#include "widgets/fielderrors.h"

#include <QLabel>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace opora::ui {

FieldErrors::FieldErrors(QLabel *summary)
    : QObject(summary)
    , m_summary(summary)
{
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(u"color: #b3261e; font-weight: 600;"_s);
    m_summary->setObjectName(u"fieldErrors"_s);
    m_summary->hide();
}

void FieldErrors::bind(const QString &field, QWidget *widget)
{
    m_widgets.insert(field, widget);
}

void FieldErrors::show(const ValidationError &error)
{
    clear();
    QStringList messages;
    for (const FieldError &f : error.fields()) {
        messages << f.message;
        QWidget *widget = m_widgets.value(f.field);
        if (!widget)
            continue;
        widget->setStyleSheet(u"border: 2px solid #b3261e; border-radius: 3px;"_s);
        widget->setToolTip(f.message);
        m_marked << widget;
        if (!m_first)
            m_first = widget;
    }
    showMessage(messages.join(u'\n'));
}

void FieldErrors::showMessage(const QString &message)
{
    m_summary->setText(message);
    m_summary->setVisible(!message.isEmpty());
}

void FieldErrors::clear()
{
    for (const auto &widget : std::as_const(m_marked)) {
        if (widget) {
            widget->setStyleSheet({});
            widget->setToolTip({});
        }
    }
    m_marked.clear();
    m_first = nullptr;
    m_summary->clear();
    m_summary->hide();
}

bool FieldErrors::run(const std::function<void()> &save)
{
    clear();
    try {
        save();
    } catch (const ValidationError &e) {
        show(e);
        return false;
    } catch (const Error &e) {
        showMessage(e.userMessage());
        return false;
    }
    return true;
}

} // namespace opora::ui
