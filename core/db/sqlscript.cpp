#include "db/sqlscript.h"

#include <QDir>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace opora {

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u"--"_s))
            continue;
        if (current.isEmpty())
            inTrigger = trimmed.startsWith(u"CREATE TRIGGER"_s, Qt::CaseInsensitive);
        current += line + u'\n';
        const bool ends = inTrigger ? trimmed.compare(u"END;"_s, Qt::CaseInsensitive) == 0
                                    : trimmed.endsWith(u';');
        if (ends) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

QList<Migration> embeddedMigrations()
{
    static const QRegularExpression pattern(u"^(\\d{4})_.*\\.sql$"_s);
    QList<Migration> migrations;
    const QString folder = u":/opora/migrations"_s;
    const QStringList names = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            migrations.append({match.captured(1).toInt(), folder + u'/' + name});
    }
    return migrations;
}

} // namespace opora
