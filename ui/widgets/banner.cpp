#include "widgets/banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace opora::ui {

Banner::Banner(Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    const bool danger = kind == Kind::Danger;
    // Dark text on a light tint: readable in both light and dark desktop themes and in print.
    setStyleSheet(danger ? u"opora--ui--Banner { background: #fde7e9; border: 1px solid #c42b1c; }"
                           u" QLabel { color: #5c0f0a; }"_s
                         : u"opora--ui--Banner { background: #fff4ce; border: 1px solid #9d5d00; }"
                           u" QLabel { color: #3b2300; }"_s);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(
        style()
            ->standardIcon(danger ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning)
            .pixmap(size, size));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

void Banner::setText(const QString &text)
{
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

QString Banner::text() const
{
    return m_text->text();
}

} // namespace opora::ui
