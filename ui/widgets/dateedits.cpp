#include "widgets/dateedits.h"

#include "i18n/language.h"

#include <QDateEdit>

namespace opora::ui {

namespace {
const QDate NoDate(1900, 1, 1);
}

QDateEdit *dateEdit(QWidget *parent, const QDate &date)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(dateFormat());
    if (date.isValid())
        edit->setDate(date);
    return edit;
}

QDateEdit *optionalDateEdit(const QString &emptyText, QWidget *parent)
{
    QDateEdit *edit = dateEdit(parent);
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(emptyText);
    edit->setDate(NoDate);
    return edit;
}

QDate optionalDate(const QDateEdit *edit)
{
    return edit->date() == NoDate ? QDate() : edit->date();
}

void setOptionalDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : NoDate);
}

} // namespace opora::ui
