#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <exception>

namespace opora {

// The one error type of Opora. userMessage() is translated plain language that can be shown
// in a dialog or on the command line; detail() is for the log and never reaches a dialog.
class Error : public std::exception
{
public:
    enum class Kind {
        Database,    // SQLite reported a failure
        NotSqlite,   // the file is not a database at all
        Foreign,     // a database of another program
        Newer,       // a database of a newer Opora
        Damaged,     // the integrity check failed
        ReadOnly,    // the database cannot be written
        Busy,        // another process holds the write lock too long
        NotFound,    // the record does not exist (any more)
        Validation,  // the input is incomplete or wrong
        Conflict,    // somebody else saved the record first
        Permission,  // the current user may not do this
        Io,          // a file could not be read or written
        Usage,       // a wrong argument on the command line
    };

    Error(Kind kind, QString userMessage, QString detail = {});

    Kind kind() const { return m_kind; }
    const QString &userMessage() const { return m_userMessage; }
    const QString &detail() const { return m_detail; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    Kind m_kind;
    QString m_userMessage;
    QString m_detail;
    QByteArray m_what;
};

struct FieldError
{
    QString field;    // the field's key, e.g. "birth_date"
    QString message;  // translated, e.g. "The birth date is in the future."
};

// Thrown by save operations when the input is not valid; carries one message per field.
class ValidationError : public Error
{
public:
    explicit ValidationError(QList<FieldError> fields);
    const QList<FieldError> &fields() const { return m_fields; }
    bool hasField(const QString &field) const;

private:
    QList<FieldError> m_fields;
};

// Collects field errors while a record is checked; throws them together.
class Validator
{
public:
    void require(bool condition, const QString &field, const QString &message);
    bool ok() const { return m_fields.isEmpty(); }
    void throwIfInvalid() const;

private:
    QList<FieldError> m_fields;
};

// Thrown when a record was changed by someone else after it was read. The record as now
// stored comes with it, so the user can see what changed and choose.
class ConflictError : public Error
{
    Q_DECLARE_TR_FUNCTIONS(opora::ConflictError)

public:
    ConflictError(QString entity, qint64 id, QStringList changedFields);
    const QString &entity() const { return m_entity; }
    qint64 id() const { return m_id; }
    const QStringList &changedFields() const { return m_changedFields; }

private:
    QString m_entity;
    qint64 m_id;
    QStringList m_changedFields;
};

} // namespace opora
