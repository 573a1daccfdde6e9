#include "error.h"

namespace opora {

Error::Error(Kind kind, QString userMessage, QString detail)
    : m_kind(kind)
    , m_userMessage(std::move(userMessage))
    , m_detail(std::move(detail))
    , m_what((m_detail.isEmpty() ? m_userMessage : m_detail).toUtf8())
{
}

static QString joinMessages(const QList<FieldError> &fields)
{
    QStringList messages;
    for (const FieldError &f : fields)
        messages << f.message;
    return messages.join(u'\n');
}

ValidationError::ValidationError(QList<FieldError> fields)
    : Error(Kind::Validation, joinMessages(fields))
    , m_fields(std::move(fields))
{
}

bool ValidationError::hasField(const QString &field) const
{
    return std::any_of(m_fields.cbegin(), m_fields.cend(),
                       [&](const FieldError &f) { return f.field == field; });
}

void Validator::require(bool condition, const QString &field, const QString &message)
{
    if (!condition)
        m_fields.append({field, message});
}

void Validator::throwIfInvalid() const
{
    if (!m_fields.isEmpty())
        throw ValidationError(m_fields);
}

ConflictError::ConflictError(QString entity, qint64 id, QStringList changedFields)
    : Error(Kind::Conflict,
            tr("Someone else changed this record after you opened it. Review their changes "
               "before saving yours."),
            QStringLiteral("version conflict on %1 %2").arg(entity).arg(id))
    , m_entity(std::move(entity))
    , m_id(id)
    , m_changedFields(std::move(changedFields))
{
}

} // namespace opora
