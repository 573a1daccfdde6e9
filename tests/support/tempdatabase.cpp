#include "tempdatabase.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace opora::test {

TempDatabase::TempDatabase(Profile profile)
    : m_path(m_dir.filePath(u"opora.sqlite"_s))
{
    REQUIRE(m_dir.isValid());
    m_db = Database::create(m_path, profile);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace opora::test
