#pragma once

#include "register/caserecord.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace opora {
class Database;
class ConflictError;
} // namespace opora

namespace opora::ui {

class CasePlanView;

class FieldErrors;
class PersonPicker;

// The card of a case: who it is about, dates, department and responsible specialist,
// circumstances, summary; the status with its history; dated notes.
class CaseCard : public QDialog
{
    Q_OBJECT

public:
    // caseId 0 opens a new case, for personId when given.
    CaseCard(Database &db, qint64 caseId, qint64 personId = 0, QWidget *parent = nullptr);
    ~CaseCard() override;

    qint64 caseId() const { return m_record.id; }
    bool save();
    CaseRecord formRecord() const;
    bool hasUnsavedChanges() const;

Q_SIGNALS:
    void saved(qint64 id);

public Q_SLOTS:
    void reject() override;

private:
    void build();
    void load(qint64 id);
    void setFormRecord(const CaseRecord &c);
    void fillResponsible(qint64 departmentId, qint64 current);
    void loadHistoryAndNotes();
    void addNote();
    void changeStatus();
    void setArchived(bool archived);
    bool resolveConflict(const ConflictError &conflict);
    Database &m_db;
    CaseRecord m_record;
    qint64 m_initialPerson;
    QLabel *m_title;
    QFormLayout *m_form;
    QLabel *m_subjectLabel;
    PersonPicker *m_person;
    QCheckBox *m_wholeFamily;
    QDateEdit *m_opened;
    QComboBox *m_department;
    QComboBox *m_responsible;
    QListWidget *m_circumstances;
    QPlainTextEdit *m_summary;
    QLabel *m_status;
    QPushButton *m_changeStatus;
    QTreeWidget *m_history;
    QTreeWidget *m_notes;
    QDateEdit *m_noteDate;
    QComboBox *m_noteKind;
    QLineEdit *m_noteText;
    QPushButton *m_addNote;
    QLabel *m_errorsLabel;
    QLabel *m_archivedBanner;
    QPushButton *m_print = nullptr;
    CasePlanView *m_plan = nullptr;
    QPushButton *m_archive;
    FieldErrors *m_errors;
};

} // namespace opora::ui
