#pragma once

#include "csv/csvtable.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace opora {

// One column a kind of file knows, e.g. {"surname", tr("Surname"), {"Фамилия", "Прізвище"}}.
struct CsvColumn
{
    QString key;          // stable name in code; also accepted as a heading
    QString title;        // translated name for messages; also accepted, so Opora's own exports
                          // in any interface language read back
    QStringList headings; // further accepted headings in English, Russian and Ukrainian
    bool required = false;
};

// Finds a kind of file's columns in a heading line. Headings match whatever their case, ё or е,
// spaces, underscores and punctuation ("Дата рождения", "дата_рождения", "ДАТА РОЖДЕНИЯ:" are
// one heading), so people can type them freely. Cells are then read by column key.
class CsvHeaderMapper
{
    Q_DECLARE_TR_FUNCTIONS(opora::CsvHeaderMapper)

public:
    CsvHeaderMapper(QList<CsvColumn> columns, const CsvRecord &header);

    bool hasColumn(const QString &key) const { return m_indexByKey.contains(key); }
    // The cell of the column in record, trimmed as read; empty when the file has no such column
    // or the record ends before it.
    QString value(const CsvRecord &record, const QString &key) const;

    QStringList unknownHeadings() const { return m_unknownHeadings; } // as written in the file
    QStringList missingColumns() const { return m_missingKeys; }      // keys of required ones

    // Plain-language problems: errors stop an import (a required column is missing, or two
    // columns mean the same), warnings do not (a column nobody knows is ignored).
    QStringList errors() const { return m_errors; }
    QStringList warnings() const;
    void throwIfInvalid() const; // CsvFormatError naming the heading line

    // Throws CsvFormatError when record has filled cells past the last heading: then a value
    // almost surely held the delimiter without quotes and every later cell moved one column.
    void checkRecord(const CsvRecord &record) const;

private:
    const CsvColumn *column(const QString &key) const;

    QList<CsvColumn> m_columns;
    int m_headerLine = 0;
    qsizetype m_headerWidth = 0;
    QHash<QString, qsizetype> m_indexByKey;
    QStringList m_unknownHeadings;
    QStringList m_missingKeys;
    QStringList m_errors;
};

} // namespace opora
