#include "exchange/exchangekinds.h"

#include "exchange/journalexchange.h"
#include "exchange/recordexchange.h"
#include "exchange/referenceexchange.h"
#include "exchange/registerexchange.h"
#include "exchange/volunteerexchange.h"

using namespace Qt::StringLiterals;

namespace opora {

const QList<ExchangeKind> &exchangeKinds()
{
    static const QList<ExchangeKind> kinds{
        {u"staff"_s, StaffExchange::import, StaffExchange::exportFile},
        {u"projects"_s, ProjectExchange::import, ProjectExchange::exportFile},
        {u"people"_s, PeopleExchange::import, PeopleExchange::exportFile},
        {u"households"_s, HouseholdExchange::import, HouseholdExchange::exportFile},
        {u"cases"_s, CaseExchange::import, CaseExchange::exportFile},
        {u"case-notes"_s, CaseNoteExchange::import, CaseNoteExchange::exportFile},
        {u"consents"_s, ConsentExchange::import, ConsentExchange::exportFile},
        {u"services"_s, ServiceExchange::import, ServiceExchange::exportFile},
        {u"events"_s, EventExchange::import, EventExchange::exportFile},
        {u"attendance"_s, AttendanceExchange::import, AttendanceExchange::exportFile},
        {u"volunteers"_s, VolunteerExchange::import, VolunteerExchange::exportFile},
        {u"mentoring"_s, MentoringExchange::import, MentoringExchange::exportFile},
        {u"volunteer-hours"_s, VolunteerHoursExchange::import, VolunteerHoursExchange::exportFile},
    };
    return kinds;
}

} // namespace opora
