#pragma once

#include "register/caserecord.h"
#include "register/page.h"

#include <QCoreApplication>
#include <QSet>

namespace opora {

class Database;

struct CaseFilter
{
    QString text; // case number (full or partial) or words of the person's or family's name
    QString status;
    qint64 responsibleId = 0;
    qint64 departmentId = 0;
    qint64 categoryId = 0; // category of the case's person
    QDate openedFrom;
    QDate openedTo;
    bool withArchived = false;
};

struct CaseRow
{
    qint64 id = 0;
    QString number;
    QString subject; // the person's name or the family's name
    QString status;
    QDate openedOn;
    QDate closedOn;
    QString responsible;
    QString department;
    bool archived = false;
};

// Cases of the register. Numbers are given on creation inside the write transaction, so two
// windows creating cases at once never get the same number.
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(opora::CaseRepository)

public:
    explicit CaseRepository(Database &db);

    CaseRecord get(qint64 id) const;
    qint64 idForNumber(const QString &number) const; // 0 when there is none
    // Creates the case with status "new" and its first history entry; returns the id.
    qint64 create(const CaseRecord &c);
    // A case brought from another register (CSV): its number, when given, is kept (YYYY-NNNN,
    // not taken yet), and so is its status with the closing details; the status history
    // starts with the case's opening (and its closing, for a closed case).
    qint64 createImported(const CaseRecord &c);
    // The same for a whole file, in one transaction with one batch of audit entries: every
    // case or, when one is refused, none.
    QList<qint64> createImportedMany(const QList<CaseRecord> &cases);
    // Saves the case's details (not its status: see changeStatus).
    void update(const CaseRecord &c);
    // Moves the case to another status on `date` with a comment, recorded in the history.
    // Closing needs the reason and the outcome; re-opening clears them.
    void changeStatus(qint64 id, int version, const QString &status, const QDate &date,
                      const QString &comment, qint64 closureReasonId = 0,
                      const QString &outcome = {});
    void archive(qint64 id, int version);
    void restore(qint64 id, int version);

    QList<CaseStatusChange> history(qint64 id) const;
    qint64 addNote(qint64 caseId, const CaseNote &note);
    // Notes of many cases (the import of a file): all checked, then stored in one transaction
    // with one batch of audit entries.
    QList<qint64> addNotes(const QList<std::pair<qint64, CaseNote>> &notes);
    QList<CaseNote> notes(qint64 caseId) const;

    Page<CaseRow> list(const CaseFilter &filter, const PageRequest &request) const;
    static QStringList sortKeys(); // number, opened, status, subject, responsible

    static void validate(const CaseRecord &c);

private:
    void writeCircumstances(qint64 id, const QList<qint64> &ids);
    qint64 insert(const CaseRecord &c, const QString &number, int year, qint64 seq);
    qint64 insertRow(const CaseRecord &c, const QString &number, int year, qint64 seq);
    qint64 lastSeqOf(int year) const;
    QSet<QString> storedNumbers(const QStringList &numbers) const; // those already given
    void addHistory(qint64 id, const QString &from, const QString &to, const QDate &date,
                    const QString &comment);
    Database &m_db;
};

QStringList changedCaseFields(const CaseRecord &a, const CaseRecord &b);

} // namespace opora
