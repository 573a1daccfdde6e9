#pragma once

#include <QDialog>

class QButtonGroup;

namespace opora::ui {

// One field of a record in conflict: its label, the value now stored (saved by someone else)
// and the value the user typed.
struct ConflictField
{
    QString key;
    QString label;
    QString stored;
    QString mine;
};

// Someone saved the record after the user opened it. The dialog lists, field by field, the
// value now stored and the value typed; the user chooses per field (or all of one side). The
// card then saves the chosen mix on top of the stored version. Cancel keeps the form as typed.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const QList<ConflictField> &fields, QWidget *parent = nullptr);
    // The keys of the fields where the user keeps what they typed.
    QStringList keptMine() const;

private:
    QList<ConflictField> m_fields;
    QList<QButtonGroup *> m_choices;
};

} // namespace opora::ui
