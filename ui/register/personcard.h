#pragma once

#include "register/person.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace opora {
class ConflictError;
class Database;
} // namespace opora

namespace opora::ui {

class FieldErrors;
class PersonTimelineView;

// The card of a person: details, categories, families and cases, and their history (services,
// events, case statuses); save, archive and restore.
// A failed save keeps everything typed; a conflict offers the choice field by field.
class PersonCard : public QDialog
{
    Q_OBJECT

public:
    // id 0 opens an empty card for a new person.
    PersonCard(Database &db, qint64 id, QWidget *parent = nullptr);
    ~PersonCard() override;

    qint64 personId() const { return m_record.id; }
    // Saves the form; returns false (with the reason shown in the card) when it could not.
    bool save();
    PersonRecord formRecord() const;
    void setFormRecord(const PersonRecord &record);

Q_SIGNALS:
    void saved(qint64 id);
    void openCaseRequested(qint64 caseId);
    void openEventRequested(qint64 eventId);
    void newCaseRequested(qint64 personId);

public Q_SLOTS:
    void reject() override;

private:
    void build();
    class QMenu *personalDataMenu();
    void load(qint64 id);
    void loadRelations();
    void openHousehold(qint64 householdId);
    void setArchived(bool archived);
    bool resolveConflict(const ConflictError &conflict);
    Database &m_db;
    PersonRecord m_record; // as last read or saved
    QLineEdit *m_surname;
    QLineEdit *m_firstName;
    QLineEdit *m_patronymic;
    QDateEdit *m_birthDate;
    QComboBox *m_sex;
    QLineEdit *m_phone;
    QLineEdit *m_address;
    QLineEdit *m_document;
    QPlainTextEdit *m_notes;
    QListWidget *m_categories;
    QListWidget *m_relations;
    QListWidget *m_consents;
    QPushButton *m_family;
    QPushButton *m_giveConsent;
    QPushButton *m_withdrawConsent;
    QLabel *m_title;
    QLabel *m_errorsLabel;
    QLabel *m_archivedBanner;
    QPushButton *m_archive;
    QPushButton *m_personalData;
    QPushButton *m_newCase;
    FieldErrors *m_errors;
    QTabWidget *m_tabs;
    PersonTimelineView *m_timeline;
};

} // namespace opora::ui
