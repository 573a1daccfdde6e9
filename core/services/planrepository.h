#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace opora {

class Database;

// A line of a case's individual plan (ИППСУ / індивідуальний план): a service planned with its
// volume, frequency and term, and how much of it the journal shows delivered so far.
struct PlanLine
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 itemId = 0;
    QString itemName;  // read only
    QString unit;      // read only: service, hour, session
    double volume = 1; // in the item's unit
    QString frequency = QStringLiteral("as_needed"); // once, daily, weekly, monthly, as_needed
    QDate startsOn;
    QDate endsOn;
    QString note;
    double delivered = 0; // read only: quantity recorded for the case within the term
    bool overdue = false; // read only: the term is over and the volume not delivered
    int version = 0;
};

QStringList planFrequencies();

class PlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(opora::PlanRepository)

public:
    explicit PlanRepository(Database &db);
    // The case's live plan lines, with progress as of `today`.
    QList<PlanLine> lines(qint64 caseId, const QDate &today) const;
    qint64 add(const PlanLine &line);
    void update(const PlanLine &line);
    void archive(qint64 id, int version);
    void validate(const PlanLine &line) const;

private:
    Database &m_db;
};

} // namespace opora
