#include "projects/project.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace opora {

namespace {
const std::array<std::pair<IndicatorMethod, const char *>, 11> Keys{{
    {IndicatorMethod::Enrolled, "enrolled"},
    {IndicatorMethod::PeopleServed, "people_served"},
    {IndicatorMethod::FamiliesServed, "families_served"},
    {IndicatorMethod::Services, "services"},
    {IndicatorMethod::EventsHeld, "events_held"},
    {IndicatorMethod::Participants, "participants"},
    {IndicatorMethod::SpecialistsTrained, "specialists_trained"},
    {IndicatorMethod::Volunteers, "volunteers"},
    {IndicatorMethod::ImprovedShare, "improved_share"},
    {IndicatorMethod::SupportLength, "support_length"},
    {IndicatorMethod::Manual, "manual"},
}};
} // namespace

QString methodKey(IndicatorMethod method)
{
    for (const auto &[m, key] : Keys)
        if (m == method)
            return QString::fromLatin1(key);
    return {};
}

std::optional<IndicatorMethod> methodFromKey(const QString &key)
{
    for (const auto &[m, k] : Keys)
        if (key == QLatin1String(k))
            return m;
    return std::nullopt;
}

QList<IndicatorMethod> allMethods()
{
    QList<IndicatorMethod> methods;
    for (const auto &entry : Keys)
        methods << entry.first;
    return methods;
}

} // namespace opora
