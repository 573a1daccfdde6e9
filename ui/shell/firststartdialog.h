#pragma once

#include "db/database.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace opora::ui {

// Shown when Opora starts and there is no database yet: the language (default: the system's)
// and what to do — try the demo, create the centre's database with its region profile, or
// open an existing file.
class FirstStartDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, Demo, Create, Open };

    explicit FirstStartDialog(QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }
    Profile profile() const;
    QString language() const;

Q_SIGNALS:
    void languageChosen(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    Choice m_choice = Choice::None;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QRadioButton *m_ru;
    QRadioButton *m_ua;
    QPushButton *m_demo;
    QPushButton *m_create;
    QPushButton *m_open;
    QLabel *m_profileLabel;
};

} // namespace opora::ui
