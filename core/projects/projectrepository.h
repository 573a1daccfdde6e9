#pragma once

#include "projects/project.h"

#include <QCoreApplication>
#include <QList>

namespace opora {

class Database;

// Projects, their target group, team and indicators with plans and hand-entered values.
// Every change is audited; projects and indicators are archived, never deleted.
class ProjectRepository
{
    Q_DECLARE_TR_FUNCTIONS(opora::ProjectRepository)

public:
    explicit ProjectRepository(Database &db);

    QList<Project> list(bool includeArchived = false) const;
    Project get(qint64 id) const;
    qint64 create(const Project &project);
    void update(const Project &project);
    void archive(qint64 id, int version);
    void validate(const Project &project) const;

    // Replaces the team; each member is a staff member, listed once.
    void setTeam(qint64 projectId, const QList<TeamMember> &team);
    QList<TeamMember> team(qint64 projectId) const; // by name
    // The active staff and the team's members (also those no longer active), by name.
    QList<TeamMember> teamCandidates(qint64 projectId) const;

    qint64 enrol(const Enrolment &enrolment);
    // Changes the dates of an enrolment (its version is checked).
    void updateEnrolment(const Enrolment &enrolment);
    // Takes an enrolment made in error out of the target group; it stays in the file.
    void archiveEnrolment(qint64 id, int version);
    QList<Enrolment> enrolments(qint64 projectId) const;
    void validate(const Enrolment &enrolment) const;

    QList<Indicator> indicators(qint64 projectId) const;
    Indicator indicator(qint64 id) const;
    qint64 createIndicator(const Indicator &indicator);
    void updateIndicator(const Indicator &indicator);
    void archiveIndicator(qint64 id, int version);
    void validate(const Indicator &indicator) const;

    // Creates or updates the indicator together with its plan by quarter or month (an empty
    // list leaves only the total), in one transaction; returns the indicator's id.
    qint64 saveIndicator(const Indicator &indicator, const QList<PlanPeriod> &periods);
    // Replaces the indicator's plan by quarter or month; an empty list leaves only the total.
    // The parts lie within the project's period, do not overlap and add up to the total.
    void setPlanPeriods(qint64 indicatorId, const QList<PlanPeriod> &periods);
    QList<PlanPeriod> planPeriods(qint64 indicatorId) const;

    qint64 addValue(qint64 indicatorId, const IndicatorValue &value);
    QList<IndicatorValue> values(qint64 indicatorId) const;

private:
    Database &m_db;
};

} // namespace opora
