#pragma once

class QDialog;
class QFormLayout;
class QLabel;

namespace opora::ui {

// Lays out a small form dialog: the form, the line of refusals (FieldErrors' label) and
// Save/Cancel; Save is off when the database is read-only.
void layOutFormDialog(QDialog *dialog, QFormLayout *form, QLabel *errors, bool readOnly);

} // namespace opora::ui
