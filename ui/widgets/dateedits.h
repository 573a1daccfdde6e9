#pragma once

#include <QDate>

class QDateEdit;
class QString;
class QWidget;

namespace opora::ui {

// A date box in the user's date format with a calendar.
QDateEdit *dateEdit(QWidget *parent, const QDate &date = {});
// A date box that may stay empty: its lowest value reads emptyText and means no date.
QDateEdit *optionalDateEdit(const QString &emptyText, QWidget *parent);
QDate optionalDate(const QDateEdit *edit); // invalid when left empty
void setOptionalDate(QDateEdit *edit, const QDate &date);

} // namespace opora::ui
